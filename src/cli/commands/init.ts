import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rootOption, runs, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';

export const registerInit: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('init')
    .description('create a new workspace with a minimal valid catalogue and one spec, ready to build')
    .argument('[dir]', 'the folder to create, empty or absent (default: --root)');
  rootOption(cmd, 'the folder to create when DIR is not given').action(
    runs(io, setExit, async (given: string | undefined, opts: { root: string }) => {
      if (given !== undefined && opts.root !== '.' && path.resolve(io.cwd, given) !== path.resolve(io.cwd, opts.root))
        throw new UsageError(`init names one folder: give ${given} or --root ${opts.root}, not both`);
      const dir = given ?? opts.root;
      const root = path.resolve(io.cwd, dir);
      const existing = await readdir(root).catch(() => [] as string[]);
      if (existing.length > 0)
        throw new UsageError(`${dir} is not empty; init writes a new workspace into an empty folder`);
      const { initialWorkspaceFiles } = await import('../../features/scaffold/init-workspace.js');
      for (const [file, content] of Object.entries(initialWorkspaceFiles())) {
        const target = path.join(root, file);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content, { flag: 'wx' });
      }
      return {
        exit: EXIT.ok,
        report: `created a workspace in ${dir}\nnext: npx tenderkit validate --root ${dir} && npx tenderkit build --root ${dir}\n`,
      };
    }),
  );
};
