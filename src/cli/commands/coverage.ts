import { formatOption, outFileOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { reportResult } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerCoverage: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('coverage')
    .description(
      'which requirements support each scenario of tenderkit.yaml, by domain and obligation; gaps where no mandatory requirement does',
    )
    .argument('[spec]', 'one spec id (default: every spec, in chain order)');
  formatOption(cmd, ['md', 'json']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (spec: string | undefined, opts: { root: string; format: 'md' | 'json'; out?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { runCoverage } = await import('../../features/coverage/run-coverage.js');
      const result = await runCoverage({ root, format: opts.format, ...(spec !== undefined ? { spec } : {}) });
      return reportResult(result, opts.out);
    }),
  );
};
