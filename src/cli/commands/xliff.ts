import type { Command } from 'commander';
import path from 'node:path';
import { dryRunOption, formatOption, resolveRoot, rootOption, runs } from '../command.js';
import { invalid, json } from '../finish.js';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';

type SetExit = (code: number) => void;

/** `export xliff`: the source texts (and existing translations) for translation tools. */
export function addXliffExport(group: Command, io: CliIO, setExit: SetExit): void {
  const cmd = group
    .command('xliff')
    .description(
      'write the requirement texts as XLIFF 2.0 for translation tools, with the existing translations as targets',
    )
    .argument('[spec]', "only this spec's requirements (default: the whole catalogue)")
    .requiredOption('--lang <tag>', 'the language to translate into (BCP 47: fr, de, nl-BE)')
    .requiredOption('--out <file>', 'the .xlf file to write')
    .option('--untranslated', 'only requirements without a current translation (missing or stale)', false);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (spec: string | undefined, opts: { root: string; lang: string; out: string; untranslated: boolean }) => {
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { exportXliffFile } = await import('../../interchange/xliff/export-xliff-file.js');
        const progress = progressReporter(io);
        const outcome = await exportXliffFile({
          root,
          spec,
          lang: opts.lang,
          out: path.resolve(io.cwd, opts.out),
          untranslated: opts.untranslated,
          progress,
        }).finally(() => progress.done());
        if (outcome.kind === 'usage') throw new UsageError(outcome.message);
        if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'export');
        return {
          exit: EXIT.ok,
          diagnostics: outcome.diagnostics,
          report: `${path.relative(io.cwd, outcome.file) || outcome.file}: ${outcome.files} requirements to translate into ${outcome.lang}\n`,
        };
      },
    ),
  );
}

/** `import xliff`: writes or updates the translation files that a translated XLIFF completes. */
export function addXliffImport(group: Command, io: CliIO, setExit: SetExit): void {
  const cmd = group
    .command('xliff')
    .description(
      'write or update translation files (requirements/<domain>/<ID>.<lang>.md) from a translated XLIFF 2.0 file',
    )
    .argument('<file>', 'the XLIFF file');
  dryRunOption(cmd);
  formatOption(cmd, ['text', 'json'], 'report format');
  rootOption(cmd).action(
    runs(io, setExit, async (file: string, opts: { root: string; dryRun: boolean; format: 'text' | 'json' }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { importXliff } = await import('../../interchange/xliff/import-xliff.js');
      const absolute = path.resolve(io.cwd, file);
      const progress = progressReporter(io);
      const outcome = await importXliff({ root, file: absolute, dryRun: opts.dryRun, progress }).finally(() =>
        progress.done(),
      );
      const shown = path.relative(io.cwd, absolute) || file;
      if (outcome.kind === 'usage') throw new UsageError(outcome.message);
      if (outcome.kind === 'invalid') return invalid(outcome.diagnostics, 'import');
      const { plan } = outcome;
      if (opts.format === 'json') {
        const files = plan.files.map(({ id, path: p, change }) => ({ id, path: p, change }));
        return {
          exit: EXIT.ok,
          diagnostics: outcome.diagnostics,
          report: json({ lang: plan.lang, dryRun: opts.dryRun, files, skipped: plan.skipped }),
        };
      }
      const verb = opts.dryRun ? 'would write' : 'wrote';
      const lines: string[] = [];
      for (const f of plan.files)
        if (f.change !== 'unchanged') lines.push(`${f.path}: ${f.change === 'new' ? 'new' : 'updated'}\n`);
      for (const s of plan.skipped) lines.push(`${s.id}: skipped: ${s.reason}\n`);
      const changed = plan.files.filter((f) => f.change !== 'unchanged').length;
      lines.push(
        `${shown}: ${verb} ${changed} ${plan.lang} translation${changed === 1 ? '' : 's'}, ${plan.files.length - changed} unchanged, ${plan.skipped.length} skipped\n`,
      );
      return { exit: EXIT.ok, diagnostics: outcome.diagnostics, report: lines.join('') };
    }),
  );
}
