import { Option } from 'commander';
import { hasErrors } from '../../lib/diagnostics.js';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerTranslations: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('translations')
      .description('per language and spec: how many requirements are translated, which are missing or stale')
      .option('--lang <tag>', 'only this language (default: every language of a spec or a translation)')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md')),
  ).action(async (opts: { root: string; lang?: string; format: 'md' | 'json' }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { canonicalTag } = await import('../../lib/language-tag.js');
    const lang = opts.lang === undefined ? undefined : canonicalTag(opts.lang);
    if (opts.lang !== undefined && lang === undefined)
      throw new UsageError(`--lang "${opts.lang}" is not a BCP 47 language tag (such as fr, de, nl-BE)`);
    const { loadWorkspace } = await import('../../check/load-workspace.js');
    const { translationsReport, formatTranslationsReport } = await import(
      '../../features/translations/translations-report.js'
    );
    const workspace = await loadWorkspace(root);
    const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
    const report = translationsReport(workspace, lang);
    io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTranslationsReport(report));
    printDiagnostics(io, errors);
    setExit(hasErrors(errors) ? EXIT.inputErrors : EXIT.ok);
  });
};
