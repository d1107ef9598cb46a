import { Option } from 'commander';
import path from 'node:path';
import { listOption, rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerMatrix: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('matrix')
      .description('harmonisation matrix: every requirement against every spec')
      .addOption(new Option('--format <format>', 'md, json or html (a heat map in one page)').choices(['md', 'json', 'html']).default('md'))
      .option('--spec <ids>', 'only these specs and their chains (comma-separated)', listOption)
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (opts: { root: string; format: 'md' | 'json' | 'html'; spec?: string[]; out?: string }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { runMatrix } = await import('../../matrix/run-matrix.js');
    const result = await runMatrix({ root, format: opts.format, ...(opts.spec ? { specs: opts.spec } : {}) });
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
