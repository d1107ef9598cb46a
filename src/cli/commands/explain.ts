import { Option } from 'commander';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerExplain: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('explain')
      .description(
        'the effective requirement in a spec and which spec of its chain set each field, with justifications',
      )
      .argument('<spec>', 'spec id')
      .argument('<requirement>', 'requirement id')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (spec: string, requirement: string, opts: { root: string; format: 'text' | 'json' }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { runExplain } = await import('../../features/explain/run-explain.js');
    const result = await runExplain({ root, spec, requirement, format: opts.format });
    if (result.kind === 'usage') throw new UsageError(result.message);
    if (result.kind === 'invalid') {
      printDiagnostics(io, result.diagnostics);
      setExit(EXIT.inputErrors);
      return;
    }
    io.stdout(result.output);
    setExit(EXIT.ok);
  });
};
