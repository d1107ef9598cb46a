import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand, outFileOption } from '../command.js';
import { reportResult } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerExplain: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('explain')
    .description('the effective requirement in a spec and which spec of its chain set each field, with justifications')
    .argument('<spec>', 'spec id')
    .argument('<requirement>', 'requirement id');
  formatOption(cmd, ['text', 'json']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(
      io,
      setExit,
      async (spec: string, requirement: string, opts: { root: string; format: 'text' | 'json'; out?: string }) => {
        const root = resolveRoot(io, opts.root);
        await workspaceExists(root);
        const { runExplain } = await import('../../features/explain/run-explain.js');
        return reportResult(await runExplain({ root, spec, requirement, format: opts.format }), opts.out);
      },
    ),
  );
};
