import path from 'node:path';
import {
  listOption,
  outDir,
  outDirOption,
  positiveInteger,
  resolveRoot,
  rootOption,
  runs,
  type RegisterCommand,
} from '../command.js';
import { invalid } from '../finish.js';
import { EXIT, UsageError } from '../io.js';
import { progressReporter } from '../progress.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerBuild: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('build')
    .description('validate, then write the tender pack of each named spec (all specs when none is named)')
    .argument('[spec...]', 'spec ids');
  outDirOption(cmd, 'the folder that receives one pack folder per spec (default: <root>/out)');
  cmd
    .option('--format <formats>', 'comma-separated document formats (default: all default formats)', listOption)
    .option('--force', 'rebuild packs whose inputs did not change')
    .option(
      '--jobs <n>',
      'threads building specs at once, the main one included (default: one per core, when it pays and memory allows)',
      positiveInteger,
    );
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        specs: string[],
        opts: { root: string; out?: string; outDir?: string; format?: string[]; force?: boolean; jobs?: number },
      ) => {
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { buildPacks } = await import('../../features/build/build-packs.js');
        const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
        const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
        const progress = progressReporter(io);
        const result = await buildPacks({
          root,
          specs,
          outDir: outDir(io, opts) ?? path.join(root, 'out'),
          cache: io.cache === true,
          ...(opts.format ? { formats: opts.format } : {}),
          ...(opts.force ? { force: true } : {}),
          ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
          ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
          onProgress: (spec: string, i: number, n: number) => progress.step(i + 1, n, spec),
        }).finally(() => progress.done());
        if (result.kind === 'usage') throw new UsageError(result.message);
        if (result.kind === 'invalid') return invalid(result.diagnostics, 'build');
        const lines = result.packs.map((pack) => {
          const where = `${path.relative(io.cwd, pack.dir) || '.'}/`;
          return pack.upToDate ? `${where}: up to date\n` : `${where}: ${pack.files.join(', ')}\n`;
        });
        return { exit: EXIT.ok, diagnostics: result.diagnostics, report: lines.join('') };
      },
    ),
  );
};
