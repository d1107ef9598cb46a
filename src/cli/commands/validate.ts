import { Option } from 'commander';
import { hasErrors, sortDiagnostics, summarise } from '../../lib/diagnostics.js';
import { rootOption, resolveRoot, type RegisterCommand } from '../command.js';
import { EXIT } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerValidate: RegisterCommand = (program, io, setExit) => {
  rootOption(
    program
      .command('validate')
      .description('check the whole workspace: YAML, schemas, cross-references and lint rules; every problem at once')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (opts: { root: string; format: 'text' | 'json' }) => {
    const root = resolveRoot(io, opts.root);
    await workspaceExists(root);
    const { loadWorkspace } = await import('../../check/load-workspace.js');
    const { diagnostics } = await loadWorkspace(root);
    if (opts.format === 'json') {
      io.stdout(
        `${JSON.stringify({ diagnostics: sortDiagnostics(diagnostics), summary: summarise(diagnostics) }, null, 2)}\n`,
      );
    } else {
      printDiagnostics(io, diagnostics);
      if (!hasErrors(diagnostics)) io.stdout(`${root}: the workspace is valid\n`);
    }
    setExit(hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok);
  });
};
