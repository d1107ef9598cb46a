import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand, outFileOption } from '../command.js';
import { reportResult } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerImpact: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('impact')
    .description(
      'what a change to a requirement would touch: the specs that select it (with their values), the deviations on it, award criteria, translations, scenarios',
    )
    .argument('<requirement>', 'requirement id');
  formatOption(cmd, ['text', 'json']);
  outFileOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (requirement: string, opts: { root: string; format: 'text' | 'json'; out?: string }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { runImpact } = await import('../../features/impact/run-impact.js');
      return reportResult(await runImpact({ root, requirement, format: opts.format }), opts.out);
    }),
  );
};
