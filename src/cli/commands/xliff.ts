import type { Command } from 'commander';
import { Option } from 'commander';
import path from 'node:path';
import { rootOption, resolveRoot } from '../command.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

type SetExit = (code: number) => void;

/** `export xliff`: the source texts (and existing translations) for translation tools. */
export function addXliffExport(group: Command, io: CliIO, setExit: SetExit): void {
  rootOption(
    group
      .command('xliff')
      .description(
        'write the requirement texts as XLIFF 2.0 for translation tools, with the existing translations as targets',
      )
      .argument('[spec]', "only this spec's requirements (default: the whole catalogue)")
      .requiredOption('--lang <tag>', 'the language to translate into (BCP 47: fr, de, nl-BE)')
      .requiredOption('--out <file>', 'the .xlf file to write')
      .option('--untranslated', 'only requirements without a current translation (missing or stale)', false),
  ).action(
    async (spec: string | undefined, opts: { root: string; lang: string; out: string; untranslated: boolean }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { exportXliffFile } = await import('../../interchange/xliff/export-xliff-file.js');
      const outcome = await exportXliffFile({
        root,
        spec,
        lang: opts.lang,
        out: path.resolve(io.cwd, opts.out),
        untranslated: opts.untranslated,
      });
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      printDiagnostics(io, outcome.diagnostics);
      if (outcome.kind === 'invalid') {
        io.stderr('nothing was written: fix the errors above and export again\n');
        setExit(EXIT.inputErrors);
        return;
      }
      io.stdout(
        `${path.relative(io.cwd, outcome.file) || outcome.file}: ${outcome.files} requirements to translate into ${outcome.lang}\n`,
      );
      setExit(EXIT.ok);
    },
  );
}

/** `import xliff`: writes or updates the translation files that a translated XLIFF completes. */
export function addXliffImport(group: Command, io: CliIO, setExit: SetExit): void {
  rootOption(
    group
      .command('xliff')
      .description(
        'write or update translation files (requirements/<domain>/<ID>.<lang>.md) from a translated XLIFF 2.0 file',
      )
      .argument('<file>', 'the XLIFF file')
      .option('--dry-run', 'report what would be written, write nothing', false)
      .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text')),
  ).action(async (file: string, opts: { root: string; dryRun: boolean; format: 'text' | 'json' }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { importXliff } = await import('../../interchange/xliff/import-xliff.js');
    const absolute = path.resolve(io.cwd, file);
    const outcome = await importXliff({ root, file: absolute, dryRun: opts.dryRun });
    const shown = path.relative(io.cwd, absolute) || file;
    if (outcome.kind === 'refused') {
      io.stderr(`${shown}:1:1: error ${outcome.message} [xliff]\nnothing was written\n`);
      setExit(EXIT.inputErrors);
      return;
    }
    printDiagnostics(io, outcome.diagnostics);
    if (outcome.kind === 'invalid') {
      io.stderr('nothing was written: fix the errors above and import again\n');
      setExit(EXIT.inputErrors);
      return;
    }
    const { plan } = outcome;
    if (opts.format === 'json') {
      io.stdout(
        `${JSON.stringify({ lang: plan.lang, dryRun: opts.dryRun, files: plan.files.map(({ id, path: p, change }) => ({ id, path: p, change })), skipped: plan.skipped }, null, 2)}\n`,
      );
    } else {
      const verb = opts.dryRun ? 'would write' : 'wrote';
      for (const f of plan.files)
        if (f.change !== 'unchanged') io.stdout(`${f.path}: ${f.change === 'new' ? 'new' : 'updated'}\n`);
      for (const s of plan.skipped) io.stdout(`${s.id}: skipped: ${s.reason}\n`);
      const changed = plan.files.filter((f) => f.change !== 'unchanged').length;
      io.stdout(
        `${shown}: ${verb} ${changed} ${plan.lang} translation${changed === 1 ? '' : 's'}, ${plan.files.length - changed} unchanged, ${plan.skipped.length} skipped\n`,
      );
    }
    setExit(EXIT.ok);
  });
}
