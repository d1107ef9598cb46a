import type { Command } from 'commander';
import path from 'node:path';
import { resolveRoot, rootOption, runs } from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';

type SetExit = (code: number) => void;

/** `export espd`: a resolved spec's exclusion grounds and selection criteria as an ESPD Request. */
export function addEspdExport(group: Command, io: CliIO, setExit: SetExit): void {
  const cmd = group
    .command('espd')
    .description(
      "write a resolved spec's exclusion grounds and selection criteria as an ESPD Request (ESPD-EDM 4.1.0) to import into an ESPD service",
    )
    .argument('<spec>', 'a spec id')
    .requiredOption('--out <file>', 'the .xml file to write');
  rootOption(cmd).action(
    runs(io, setExit, async (spec: string, opts: { root: string; out: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { exportEspd } = await import('../../interchange/espd/export-espd.js');
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const progress = progressReporter(io);
      const outcome = await exportEspd({
        root,
        spec,
        out: path.resolve(io.cwd, opts.out),
        sourceDateEpoch: parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']),
        progress,
      }).finally(() => progress.done());
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'export');
      const { file, criteria, notInEspd, toComplete } = outcome.value;
      const shown = path.relative(io.cwd, file) || file;
      return {
        exit: EXIT.ok,
        diagnostics: outcome.diagnostics,
        notes: [
          ...(notInEspd.length > 0
            ? [`not in the ESPD (the notice and the tender documents state them): ${notInEspd.join(', ')}`]
            : []),
          ...(toComplete.length > 0
            ? [`${shown}: complete these in your ESPD service before publishing:`, ...toComplete.map((t) => `  ${t}`)]
            : []),
        ],
        report: `${shown}: ESPD Request for ${spec}, ${criteria.length} criteria, ${toComplete.length} values to complete\n`,
      };
    }),
  );
}
