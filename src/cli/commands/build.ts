import path from 'node:path';
import { listOption, positiveInteger, rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerBuild: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('build')
      .description('validate, then write the tender pack of each named spec (all specs when none is named)')
      .argument('[spec...]', 'spec ids')
      .option('--out <dir>', 'the folder that receives one pack folder per spec (default: <root>/out)')
      .option('--format <formats>', 'comma-separated formats (default: all default formats)', listOption)
      .option('--force', 'rebuild packs whose inputs did not change')
      .option(
        '--jobs <n>',
        'threads building specs at once, the main one included (default: one per core, when it pays and memory allows)',
        positiveInteger,
      ),
  ).action(
    async (
      specs: string[],
      opts: { root: string; out?: string; format?: string[]; force?: boolean; jobs?: number },
    ) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { buildPacks } = await import('../../features/build/build-packs.js');
      const { parseSourceDateEpoch } = await import('../../lib/build-date.js');
      const sourceDateEpoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
      const outDir = opts.out ? path.resolve(io.cwd, opts.out) : path.join(root, 'out');
      const result = await buildPacks({
        root,
        specs,
        outDir,
        ...(opts.format ? { formats: opts.format } : {}),
        ...(opts.force ? { force: true } : {}),
        ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
        ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
        ...(io.isTTY
          ? { onProgress: (spec: string, i: number, n: number) => io.stderr(`[${i + 1}/${n}] ${spec}\n`) }
          : {}),
      });
      if (result.kind === 'usage') throw new UsageError(result.message);
      printDiagnostics(io, result.diagnostics);
      if (result.kind === 'invalid') {
        io.stderr('nothing was written: fix the errors above and build again\n');
        setExit(EXIT.inputErrors);
        return;
      }
      for (const pack of result.packs) {
        const where = `${path.relative(io.cwd, pack.dir) || '.'}/`;
        io.stdout(pack.upToDate ? `${where}: up to date\n` : `${where}: ${pack.files.join(', ')}\n`);
      }
      setExit(EXIT.ok);
    },
  );
};
