import path from 'node:path';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';
import { addXliffExport } from './xliff.js';
import type { ExportOutcome } from '../../interchange/load-for-export.js';

export const registerExport: RegisterCommand = (program, io, setExit) => {
  const group = program
    .command('export')
    .description('the catalogue or a resolved spec for other tools: ReqIF 1.2 or JSON');

  rootOption(
    group
      .command('reqif')
      .description(
        'write the catalogue (or one resolved spec) as ReqIF 1.2: .reqif, or .reqifz (zipped) by the file name',
      )
      .argument('[spec]', 'a spec id (default: the whole catalogue)')
      .requiredOption('--out <file>', 'the .reqif or .reqifz file to write'),
  ).action(async (spec: string | undefined, opts: { root: string; out: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { exportReqif } = await import('../../interchange/reqif/export-reqif.js');
    const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
    const outcome = await exportReqif({
      root,
      spec,
      out: path.resolve(io.cwd, opts.out),
      sourceDateEpoch: parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']),
    });
    if (finish(io, setExit, outcome)) {
      io.stdout(
        `${path.relative(io.cwd, outcome.value.file) || outcome.value.file}: ${outcome.value.requirements} requirements\n`,
      );
    }
  });

  rootOption(
    group
      .command('json')
      .description('print (or write) the catalogue or one resolved spec as JSON, with provenance for a spec')
      .argument('[spec]', 'a spec id (default: the whole catalogue)')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (spec: string | undefined, opts: { root: string; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { loadForExport } = await import('../../interchange/load-for-export.js');
    const { exportJson } = await import('../../interchange/json/export-json.js');
    const loaded = await loadForExport(root, spec);
    const outcome: ExportOutcome<string> =
      loaded.kind === 'loaded'
        ? {
            kind: 'done',
            value: `${JSON.stringify(exportJson(loaded.workspace, spec), null, 2)}\n`,
            diagnostics: loaded.diagnostics,
          }
        : loaded;
    if (!finish(io, setExit, outcome)) return;
    if (opts.out) {
      const { writeFileAtomically } = await import('../../write/write-atomic.js');
      await writeFileAtomically(path.resolve(io.cwd, opts.out), outcome.value);
    } else {
      io.stdout(outcome.value);
    }
  });

  addXliffExport(group, io, setExit);
};

/** Prints the diagnostics and sets the exit code; true when the export succeeded. */
function finish<T>(
  io: CliIO,
  setExit: (code: number) => void,
  outcome: ExportOutcome<T>,
): outcome is Extract<ExportOutcome<T>, { kind: 'done' }> {
  if (outcome.kind === 'usage') throw new UsageError(outcome.message);
  printDiagnostics(io, outcome.diagnostics);
  if (outcome.kind === 'invalid') {
    io.stderr('nothing was written: fix the errors above and export again\n');
    setExit(EXIT.inputErrors);
    return false;
  }
  setExit(EXIT.ok);
  return true;
}
