import path from 'node:path';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerSite: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('site')
      .description('write a static site of the catalogue and its specs: search, heat map, deviations (works from disk)')
      .option('--out <dir>', 'the site folder, replaced as a whole (default: <root>/out/site)'),
  ).action(async (opts: { root: string; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { runSite } = await import('../../features/site/run-site.js');
    const outDir = opts.out ? path.resolve(io.cwd, opts.out) : path.join(root, 'out', 'site');
    const result = await runSite({ root, outDir });
    if (result.kind === 'usage') throw new UsageError(result.message);
    printDiagnostics(io, result.diagnostics);
    if (result.kind === 'invalid') {
      io.stderr('nothing was written: fix the errors above and build the site again\n');
      setExit(EXIT.inputErrors);
      return;
    }
    io.stdout(
      `${path.relative(io.cwd, result.dir) || '.'}/: ${result.pages} pages, ${result.files} files; open index.html\n`,
    );
    setExit(EXIT.ok);
  });
};
