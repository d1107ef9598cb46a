import { formatOption, outFileOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

type ChangesFormat = 'text' | 'md' | 'json' | 'html' | 'docx';

export const registerChanges: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('changes')
    .description(
      'what changed in the workspace between two git revisions: requirements, specs and their deviations, stale translations, deviations to review',
    )
    .argument('<range>', 'FROM..TO or FROM: tags, branches or commits; TO is the working tree when left out');
  formatOption(
    cmd,
    ['text', 'md', 'json', 'html', 'docx'],
    'text, md (a changelog), json, html (one page) or docx (Word redline of the root spec, needs --out)',
  );
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (range: string, opts: { root: string; format: ChangesFormat; out?: string }) => {
      if (opts.format === 'docx' && !opts.out)
        throw new UsageError('--format docx writes a Word file: name it with --out FILE');
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const { runChanges } = await import('../../features/changes/run-changes.js');
      const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
      const outcome = await runChanges({
        root,
        range,
        format: opts.format,
        cache: io.cache === true,
        ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
      });
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      if (outcome.kind === 'invalid') return invalid(outcome.diagnostics);
      return {
        exit: EXIT.ok,
        report: outcome.output,
        notes: outcome.notes.map((n) => `note: ${n}`),
        ...(opts.out ? { out: opts.out } : {}),
      };
    }),
  );
};
