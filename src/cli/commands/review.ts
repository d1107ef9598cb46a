import { dryRunOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { reportResult } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerReview: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('review')
    .description(
      "records that a person checked the deviations of a spec against their parent as it is now: writes each one's reviewed: stamp into the spec file",
    )
    .argument('<spec>', 'the spec whose deviations were checked')
    .option('--requirement <id>', 'only the deviations on this requirement');
  dryRunOption(cmd);
  rootOption(cmd).action(
    runs(io, setExit, async (spec: string, opts: { root: string; requirement?: string; dryRun: boolean }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { runReview } = await import('../../features/review/run-review.js');
      return reportResult(
        await runReview({
          root,
          spec,
          dryRun: opts.dryRun,
          ...(opts.requirement !== undefined ? { requirement: opts.requirement } : {}),
        }),
        undefined,
      );
    }),
  );
};
