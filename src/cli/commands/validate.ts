import { hasErrors } from '../../lib/diagnostics.js';
import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { EXIT } from '../io.js';
import { githubAnnotations } from '../github-annotations.js';
import { workspaceExists } from '../workspace-guard.js';
import path from 'node:path';
import type { CliIO } from '../io.js';

/** The workspace's folder from the repository root that GitHub checked out (GITHUB_WORKSPACE), for annotation paths. */
function githubPrefix(io: CliIO, root: string): string {
  const checkout = io.env['GITHUB_WORKSPACE'];
  if (!checkout) return '';
  const relative = path.relative(checkout, root);
  return relative.startsWith('..') ? '' : relative.split(path.sep).join('/');
}

export const registerValidate: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('validate')
    .description('check the whole workspace: YAML, schemas, cross-references and lint rules; every problem at once');
  formatOption(cmd, ['text', 'json', 'sarif']);
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; format: 'text' | 'json' | 'sarif' }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const [{ loadWorkspace }, { RESOLVE_AND_CHECK }] = await Promise.all([
        import('../../load/load-workspace.js'),
        import('../../check/pipeline-steps.js'),
      ]);
      const { translationWarnings } = await import('../../features/translations/translation-warnings.js');
      const workspace = await loadWorkspace(root, { cache: io.cache === true }, RESOLVE_AND_CHECK);
      // a spec in a language without current translations: one warning per spec and language
      const diagnostics = [...workspace.diagnostics, ...translationWarnings(workspace)];
      const exit = hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok;
      // JSON and SARIF: the diagnostics are the report, printed by the one printer
      if (opts.format !== 'text') return { exit, diagnostics, format: opts.format };
      // on GitHub Actions the text form also prints workflow commands, so problems appear on the pull request's lines
      const annotations =
        io.env['GITHUB_ACTIONS'] === 'true' ? githubAnnotations(diagnostics, githubPrefix(io, root)) : '';
      const valid = exit === EXIT.ok ? `${root}: the workspace is valid\n` : '';
      return { exit, diagnostics, ...(annotations || valid ? { report: annotations + valid } : {}) };
    }),
  );
};
