import path from 'node:path';
import {
  formatOption,
  outDir,
  outDirOption,
  outFileOption,
  resolveRoot,
  rootOption,
  runs,
  type RegisterCommand,
} from '../command.js';
import { invalid, json } from '../finish.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

/** The findings of `acceptance report --format sarif`, one rule per reason a requirement blocks acceptance. */
const ACCEPTANCE_RULES = [
  { id: 'acceptance-failed', description: 'a mandatory requirement failed a test case', severity: 'error' },
  {
    id: 'acceptance-not-run',
    description: 'a mandatory requirement has a test case without a result',
    severity: 'error',
  },
  { id: 'acceptance-outdated', description: 'a requirement changed since the acceptance plan', severity: 'error' },
] as const;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A file named on the command line: absolute, and as messages show it (relative to the working folder). */
function named(io: CliIO, file: string): { file: string; displayName: string } {
  const absolute = path.resolve(io.cwd, file);
  return { file: absolute, displayName: path.relative(io.cwd, absolute) || file };
}

/**
 * `acceptance plan` writes the test plan, the results workbook and plan.json; `acceptance report` exits 0 when it
 * made the report, accepted or not (the decision is in the report, and a CI gates on its JUnit or SARIF form), and
 * 1 when an input has errors.
 */
export const registerAcceptance: RegisterCommand = (program, io, setExit) => {
  const group = program
    .command('acceptance')
    .description('acceptance of the delivered system: the test plan after award, and the acceptance report');

  const plan = group
    .command('plan')
    .description(
      'write the acceptance test plan (Word, in each language of the spec), the results workbook and plan.json: one test case per requirement and phase',
    )
    .argument('<spec>', 'the spec the contract was awarded under')
    .option(
      '--bid <file>',
      "the winner's returned response form (.xlsx): the plan quotes what the contractor committed to",
    );
  outDirOption(plan, 'the folder to write the plan into (new, or holding an unchanged earlier plan)');
  rootOption(plan).action(
    runs(io, setExit, async (spec: string, opts: { root: string; outDir?: string; out?: string; bid?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const dir = outDir(io, opts);
      if (dir === undefined) throw new UsageError('name the folder to write the plan into with --out-dir DIR');
      const { runAcceptancePlan } = await import('../../features/acceptance/run-plan.js');
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
      const outcome = await runAcceptancePlan({
        root,
        spec,
        outDir: dir,
        outDirName: path.relative(io.cwd, dir) || '.',
        ...(opts.bid !== undefined ? { bid: named(io, opts.bid) } : {}),
        ...(io.cache !== undefined ? { cache: io.cache } : {}),
        ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
      });
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'run acceptance plan');
      const shown = path.relative(io.cwd, dir) || '.';
      return {
        exit: EXIT.ok,
        report: `${shown}: ${outcome.plan.cases.length} test cases for ${outcome.plan.requirements.length} requirements in ${outcome.plan.phases.join(', ')} (${outcome.files.join(', ')})\n`,
      };
    }),
  );

  const report = group
    .command('report')
    .description(
      'what passed, failed, was not run, is covered by a concession or is outdated since the plan; whether the system can be accepted',
    )
    .argument('<spec>', 'the spec of the plan')
    .requiredOption('--plan <dir>', 'the folder acceptance plan wrote')
    .option('--results <file>', 'a filled-in results workbook (.xlsx); repeat for several', collect, [])
    .option('--junit <file>', "a test runner's JUnit XML report; repeat for several", collect, []);
  formatOption(report, ['text', 'md', 'json', 'docx', 'junit', 'sarif']);
  outFileOption(report, 'write to this file instead of standard output (needed for docx)');
  rootOption(report).action(
    runs(
      io,
      setExit,
      async (
        spec: string,
        opts: {
          root: string;
          plan: string;
          results: string[];
          junit: string[];
          format: 'text' | 'md' | 'json' | 'docx' | 'junit' | 'sarif';
          out?: string;
        },
      ) => {
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        if (opts.format === 'docx' && opts.out === undefined)
          throw new UsageError('--format docx writes a Word file: name it with --out FILE');
        const { runAcceptanceReport } = await import('../../features/acceptance/run-report.js');
        const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
        const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
        const outcome = await runAcceptanceReport({
          root,
          spec,
          plan: { dir: path.resolve(io.cwd, opts.plan), displayName: opts.plan },
          results: opts.results.map((f) => named(io, f)),
          junit: opts.junit.map((f) => named(io, f)),
          format: opts.format,
          ...(io.cache !== undefined ? { cache: io.cache } : {}),
          ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
        });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'run acceptance report');
        let output = outcome.output;
        if (opts.format === 'sarif') {
          const [{ sarifLog }, { TOOL_NAME, TOOL_VERSION }] = await Promise.all([
            import('../../interchange/sarif/sarif-log.js'),
            import('../../lib/version.js'),
          ]);
          output = json(sarifLog(outcome.findings, ACCEPTANCE_RULES, { name: TOOL_NAME, version: TOOL_VERSION }));
        }
        return { exit: EXIT.ok, report: output, ...(opts.out ? { out: opts.out } : {}) };
      },
    ),
  );
};
