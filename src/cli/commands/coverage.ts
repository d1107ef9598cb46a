import { Option } from 'commander';
import path from 'node:path';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerCoverage: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('coverage')
      .description('which requirements support each scenario of tenderkit.yaml, by domain and obligation; gaps where no mandatory requirement does')
      .argument('[spec]', 'one spec id (default: every spec, in chain order)')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (spec: string | undefined, opts: { root: string; format: 'md' | 'json'; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { runCoverage } = await import('../../coverage/run-coverage.js');
    const result = await runCoverage({ root, format: opts.format, ...(spec !== undefined ? { spec } : {}) });
    if (result.kind === 'usage') throw new UsageError(result.message);
    if (result.kind === 'invalid') {
      printDiagnostics(io, result.diagnostics);
      setExit(EXIT.inputErrors);
      return;
    }
    if (opts.out) {
      const { writeFileAtomically } = await import('../../output/write-atomic.js');
      const target = path.resolve(io.cwd, opts.out);
      await writeFileAtomically(target, result.output);
      if (io.isTTY) io.stderr(`wrote ${path.relative(io.cwd, target)}\n`);
    } else {
      io.stdout(result.output);
    }
    setExit(EXIT.ok);
  });
};
