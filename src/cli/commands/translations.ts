import { hasErrors } from '../../lib/diagnostics.js';
import { formatOption, outFileOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerTranslations: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('translations')
    .description('per language and spec: how many requirements are translated, which are missing or stale')
    .option('--lang <tag>', 'only this language (default: every language of a spec or a translation)');
  formatOption(cmd, ['md', 'json']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; lang?: string; format: 'md' | 'json'; out?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { canonicalTag } = await import('../../lib/language-tag.js');
      const lang = opts.lang === undefined ? undefined : canonicalTag(opts.lang);
      if (opts.lang !== undefined && lang === undefined)
        throw new UsageError(`--lang "${opts.lang}" is not a BCP 47 language tag (such as fr, de, nl-BE)`);
      const [{ loadWorkspace }, { RESOLVE_AND_CHECK }] = await Promise.all([
        import('../../load/load-workspace.js'),
        import('../../check/pipeline-steps.js'),
      ]);
      const { translationsReport, formatTranslationsReport } = await import(
        '../../features/translations/translations-report.js'
      );
      const workspace = await loadWorkspace(root, { cache: io.cache === true }, RESOLVE_AND_CHECK);
      const errors = workspace.diagnostics.filter((d) => d.severity === 'error');
      const report = translationsReport(workspace, lang);
      return {
        exit: hasErrors(errors) ? EXIT.inputErrors : EXIT.ok,
        diagnostics: errors,
        report: opts.format === 'json' ? json(report) : formatTranslationsReport(report),
        ...(opts.out ? { out: opts.out } : {}),
      };
    }),
  );
};
