import {
  formatOption,
  listOption,
  outFileOption,
  resolveRoot,
  rootOption,
  runs,
  type RegisterCommand,
} from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

/**
 * `evaluate init` writes the score workbooks; `evaluate` reads the returned forms and the workbooks and reports.
 * Exit 1 with the file and cell for an input the evaluation cannot take, and nothing is written then.
 */
export const registerEvaluate: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('evaluate')
    .description(
      'evaluate the tenders: admissibility, scores, price by formula and life-cycle cost, ranking, the evaluation report (Art. 84) and letters (Art. 55)',
    )
    .argument('<spec>', 'the spec the tenders answer')
    // not commander's required options: they would be asked of `evaluate init` too
    .option('--bids <dir>', 'the returned response forms, one per tender, named <bidder>.xlsx (required)')
    .option('--scores <dir>', "the evaluators' score workbooks and consensus.xlsx (required)")
    .option('--letters <dir>', 'also write one letter per tenderer (Word and Markdown) into this folder')
    .option(
      '--out-dir <dir>',
      'also write the evaluation folder: the report in JSON, Markdown and Word, the letters, a manifest for verify',
    );
  formatOption(cmd, ['text', 'md', 'json', 'docx']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        spec: string,
        opts: {
          root: string;
          bids: string;
          scores: string;
          format: 'text' | 'md' | 'json' | 'docx';
          out?: string;
          letters?: string;
          outDir?: string;
        },
      ) => {
        if (!opts.bids || !opts.scores) throw new UsageError('evaluate needs --bids DIR and --scores DIR');
        if (opts.format === 'docx' && !opts.out)
          throw new UsageError('--format docx writes a Word file: name it with --out FILE');
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { runEvaluate } = await import('../../features/evaluate/run-evaluate.js');
        const outcome = await runEvaluate({
          root,
          cwd: io.cwd,
          spec,
          bids: opts.bids,
          scores: opts.scores,
          format: opts.format,
          letters: opts.letters,
          outDir: opts.outDir,
          sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
        });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'run evaluate');
        return {
          exit: EXIT.ok,
          diagnostics: outcome.diagnostics,
          ...(outcome.output !== undefined ? { report: outcome.output } : {}),
          ...(opts.out ? { out: opts.out } : {}),
        };
      },
    ),
  );
  const init = cmd
    .command('init')
    .description('write one score workbook per evaluator (and the consensus workbook) for the tenders of a folder')
    .argument('<spec>', 'the spec the tenders answer')
    .option('--bids <dir>', 'the returned response forms, one per tender, named <bidder>.xlsx (required)')
    .option('--evaluators <names>', 'the evaluators, separated by commas: anna,bert,chris (required)', listOption)
    .option('--out-dir <dir>', 'the folder for the workbooks (required)');
  rootOption(init).action(
    runs(
      io,
      setExit,
      async (spec: string, own: { root: string; bids?: string; evaluators?: string[]; outDir?: string }) => {
        // options written after `init` may be parsed by `evaluate`, which has the same ones
        const given = Object.entries(own).filter(([, v]) => v !== undefined);
        const opts = { ...(cmd.opts() as typeof own), ...Object.fromEntries(given) } as typeof own;
        if (!opts.bids || !opts.evaluators?.length || !opts.outDir)
          throw new UsageError('evaluate init needs --bids DIR, --evaluators NAMES and --out-dir DIR');
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { runEvaluateInit } = await import('../../features/evaluate/run-evaluate.js');
        const outcome = await runEvaluateInit({
          root,
          cwd: io.cwd,
          spec,
          bids: opts.bids,
          evaluators: opts.evaluators,
          outDir: opts.outDir,
          sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
        });
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'run evaluate init');
        return { exit: EXIT.ok, diagnostics: outcome.diagnostics, notes: outcome.written.map((f) => `wrote ${f}`) };
      },
    ),
  );
};
