import {
  formatOption,
  listOption,
  outFileOption,
  resolveRoot,
  rootOption,
  runs,
  type RegisterCommand,
} from '../command.js';
import { reportResult } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerMatrix: RegisterCommand = (program, io, setExit) => {
  const cmd = program.command('matrix').description('harmonisation matrix: every requirement against every spec');
  formatOption(cmd, ['md', 'json', 'html'], 'md, json or html (a heat map in one page)');
  cmd.option('--spec <ids>', 'only these specs and their chains (comma-separated)', listOption);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; format: 'md' | 'json' | 'html'; spec?: string[]; out?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { memoisedReport } = await import('../../load/cache/report-memo.js');
      const request = { command: 'matrix', format: opts.format, specs: opts.spec };
      const cache = io.cache === true;
      const result = await memoisedReport(cache, root, request, async () =>
        (await import('../../features/matrix/run-matrix.js')).runMatrix({
          root,
          format: opts.format,
          cache,
          ...(opts.spec ? { specs: opts.spec } : {}),
        }),
      );
      return reportResult(result, opts.out);
    }),
  );
};
