import { Option } from 'commander';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { emitReport } from '../emit-report.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerCoverage: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('coverage')
      .description(
        'which requirements support each scenario of tenderkit.yaml, by domain and obligation; gaps where no mandatory requirement does',
      )
      .argument('[spec]', 'one spec id (default: every spec, in chain order)')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (spec: string | undefined, opts: { root: string; format: 'md' | 'json'; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { runCoverage } = await import('../../features/coverage/run-coverage.js');
    const result = await runCoverage({ root, format: opts.format, ...(spec !== undefined ? { spec } : {}) });
    await emitReport(io, setExit, result, opts.out);
  });
};
