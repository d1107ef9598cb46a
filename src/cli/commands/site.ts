import path from 'node:path';
import { outDir, outDirOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerSite: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('site')
    .description('write a static site of the catalogue and its specs: search, heat map, deviations (works from disk)');
  outDirOption(cmd, 'the site folder, replaced as a whole (default: <root>/out/site)');
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; out?: string; outDir?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { runSite } = await import('../../features/site/run-site.js');
      const progress = progressReporter(io);
      const result = await runSite({
        root,
        outDir: outDir(io, opts) ?? path.join(root, 'out', 'site'),
        cache: io.cache === true,
        progress,
      }).finally(() => progress.done());
      if (result.kind === 'usage') throw new UsageError(result.message);
      if (result.kind === 'invalid') return invalid(result.diagnostics, 'build the site');
      return {
        exit: EXIT.ok,
        diagnostics: result.diagnostics,
        report: `${path.relative(io.cwd, result.dir) || '.'}/: ${result.pages} pages, ${result.files} files; open index.html\n`,
      };
    }),
  );
};
