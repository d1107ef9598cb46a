import { Option } from 'commander';
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
  const cmd = program
    .command('matrix')
    .description('harmonisation matrix: every requirement against every spec')
    .argument('[spec...]', 'only these specs and their chains (default: every spec)');
  formatOption(cmd, ['md', 'json', 'html'], 'md, json or html (a heat map in one page)');
  // the older spelling, a comma-separated list
  cmd.addOption(
    new Option('--spec <ids>', 'the same as the spec arguments (the older spelling)').argParser(listOption).hideHelp(),
  );
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (
        named: string[],
        options: { root: string; format: 'md' | 'json' | 'html'; spec?: string[]; out?: string },
      ) => {
        const specs = [...named, ...(options.spec ?? [])];
        const opts = { ...options, ...(specs.length ? { spec: specs } : { spec: undefined }) };
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
      },
    ),
  );
};
