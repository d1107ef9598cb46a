import { hasErrors, sortDiagnostics, summarise } from '../../lib/diagnostics.js';
import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerValidate: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('validate')
    .description('check the whole workspace: YAML, schemas, cross-references and lint rules; every problem at once');
  formatOption(cmd, ['text', 'json']);
  rootOption(cmd).action(
    runs(io, setExit, async (opts: { root: string; format: 'text' | 'json' }) => {
      const root = resolveRoot(io, opts.root);
      await workspaceExists(root);
      const { loadWorkspace } = await import('../../check/load-workspace.js');
      const { diagnostics } = await loadWorkspace(root);
      const exit = hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok;
      if (opts.format === 'json')
        return { exit, report: json({ diagnostics: sortDiagnostics(diagnostics), summary: summarise(diagnostics) }) };
      return { exit, diagnostics, ...(exit === EXIT.ok ? { report: `${root}: the workspace is valid\n` } : {}) };
    }),
  );
};
