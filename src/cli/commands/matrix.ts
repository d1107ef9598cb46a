import { Option } from 'commander';
import { listOption, rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { emitReport } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerMatrix: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('matrix')
      .description('harmonisation matrix: every requirement against every spec')
      .addOption(
        new Option('--format <format>', 'md, json or html (a heat map in one page)')
          .choices(['md', 'json', 'html'])
          .default('md'),
      )
      .option('--spec <ids>', 'only these specs and their chains (comma-separated)', listOption)
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (opts: { root: string; format: 'md' | 'json' | 'html'; spec?: string[]; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { cachedReport } = await import('../../load/cache/report-cache.js');
    const request = { command: 'matrix', format: opts.format, specs: opts.spec };
    const result = await cachedReport(root, request, async () =>
      (await import('../../features/matrix/run-matrix.js')).runMatrix({
        root,
        format: opts.format,
        ...(opts.spec ? { specs: opts.spec } : {}),
      }),
    );
    await emitReport(io, setExit, result, opts.out);
  });
};
