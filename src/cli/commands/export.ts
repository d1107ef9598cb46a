import path from 'node:path';
import { outFileOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { invalid, type CommandResult } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';
import { addEformsExport } from './eforms.js';
import { addEspdExport } from './espd.js';
import { addXliffExport } from './xliff.js';
import type { ExportOutcome } from '../../interchange/export-outcome.js';

export const registerExport: RegisterCommand = (program, io, setExit) => {
  const group = program
    .command('export')
    .description(
      'the catalogue or a resolved spec for other tools: ReqIF 1.2, JSON, XLIFF 2.0, an eForms notice or an ESPD Request',
    );

  const reqif = group
    .command('reqif')
    .description(
      'write the catalogue (or one resolved spec) as ReqIF 1.2: .reqif, or .reqifz (zipped) by the file name',
    )
    .argument('[spec]', 'a spec id (default: the whole catalogue)')
    .requiredOption('--out <file>', 'the .reqif or .reqifz file to write');
  rootOption(reqif).action(
    runs(io, setExit, async (spec: string | undefined, opts: { root: string; out: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { exportReqif } = await import('../../interchange/reqif/export-reqif.js');
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const progress = progressReporter(io);
      const outcome = await exportReqif({
        root,
        spec,
        out: path.resolve(io.cwd, opts.out),
        sourceDateEpoch: parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']),
        progress,
      }).finally(() => progress.done());
      return exportResult(
        outcome,
        ({ file, requirements }) => `${path.relative(io.cwd, file) || file}: ${requirements} requirements\n`,
      );
    }),
  );

  const json = group
    .command('json')
    .description('print (or write) the catalogue or one resolved spec as JSON, with provenance for a spec')
    .argument('[spec]', 'a spec id (default: the whole catalogue)');
  outFileOption(json);
  rootOption(json).action(
    runs(io, setExit, async (spec: string | undefined, opts: { root: string; out?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { runExportJson } = await import('../../interchange/json/export-json.js');
      const outcome = runExportJson(root, spec);
      return { ...exportResult(outcome, (text) => text), ...(opts.out ? { out: opts.out } : {}) };
    }),
  );

  addXliffExport(group, io, setExit);
  addEformsExport(group, io, setExit);
  addEspdExport(group, io, setExit);
};

/** An export's outcome as a command result: its diagnostics, then the report `describe` makes of its value. */
function exportResult<T>(outcome: ExportOutcome<T>, describe: (value: T) => string): CommandResult {
  if (outcome.kind === 'usage') throw new UsageError(outcome.message);
  if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'export');
  return { exit: EXIT.ok, diagnostics: outcome.diagnostics, report: describe(outcome.value) };
}
