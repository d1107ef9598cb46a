import type { Command } from 'commander';
import path from 'node:path';
import { resolveRoot, rootOption, runs } from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';

type SetExit = (code: number) => void;

/** `export eforms`: a resolved spec as a draft eForms contract notice for the buyer's eSender. */
export function addEformsExport(group: Command, io: CliIO, setExit: SetExit): void {
  const cmd = group
    .command('eforms')
    .description(
      'write a resolved spec as a draft eForms contract notice (subtype 16 under Directive 2014/24/EU, 18 under 2009/81/EC), or a change notice, to import into an eSender',
    )
    .argument('<spec>', 'a spec id')
    .requiredOption('--out <file>', 'the .xml file to write')
    .option('--change-from <rev>', 'write a change notice of the notice published from this git revision')
    .option(
      '--award <evaluation.json>',
      'write the contract award notice (subtype 29, or 31) from evaluate --format json',
    )
    .option('--award-date <date>', 'the date of the award decision (BT-1451), YYYY-MM-DD, with --award');
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        spec: string,
        opts: { root: string; out: string; changeFrom?: string; award?: string; awardDate?: string },
      ) => {
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { exportEforms } = await import('../../interchange/eforms/export-eforms.js');
        const progress = progressReporter(io);
        const outcome = await exportEforms({
          root,
          spec,
          out: path.resolve(io.cwd, opts.out),
          ...(opts.changeFrom !== undefined ? { changeFrom: opts.changeFrom } : {}),
          ...(opts.award !== undefined ? { award: path.resolve(io.cwd, opts.award) } : {}),
          ...(opts.awardDate !== undefined ? { awardDate: opts.awardDate } : {}),
          progress,
        }).finally(() => progress.done());
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'export');
        const { file, subtype, toComplete, changed, winner } = outcome.value;
        const what = changed
          ? `change notice of the notice from ${opts.changeFrom} (eForms subtype ${subtype}, sections changed: ${changed.join(', ') || 'none'})`
          : winner !== undefined
            ? `contract award notice (eForms subtype ${subtype}, awarded to ${winner})`
            : `contract notice (eForms subtype ${subtype})`;
        const shown = path.relative(io.cwd, file) || file;
        return {
          exit: EXIT.ok,
          diagnostics: outcome.diagnostics,
          notes: [
            `${shown}: a draft notice; complete these mandatory fields in the eSender before publishing:`,
            ...toComplete.map((f) => `  ${f.bt} ${f.name} (${f.id})`),
            'and those that become mandatory with your answers (the comment at the top of the file names the usual ones)',
          ],
          report: `${shown}: ${what} for ${spec}, ${toComplete.length} mandatory fields to complete\n`,
        };
      },
    ),
  );
}
