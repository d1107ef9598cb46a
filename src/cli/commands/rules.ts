import { formatOption, resolveRoot, rootOption, runs, type RegisterCommand } from '../command.js';
import { json } from '../finish.js';
import { EXIT } from '../io.js';
import { workspaceExists } from '../workspace-guard.js';

export const registerRules: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('rules')
    .description(
      'list every lint rule with its default severity and what it checks (configure them under `rules:` in tenderkit.yaml)',
    );
  formatOption(cmd, ['text', 'json']);
  rootOption(cmd, 'the workspace folder (accepted like everywhere; the list of rules does not depend on it)').action(
    runs(io, setExit, async (opts: { root: string; format: 'text' | 'json' }) => {
      await workspaceExists(resolveRoot(io, opts.root));
      const { RULES } = await import('../../check/registry.js');
      const rules = RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description, url: r.url }));
      if (opts.format === 'json') return { exit: EXIT.ok, report: json({ rules }) };
      const idWidth = Math.max(...rules.map((r) => r.id.length));
      const severityWidth = Math.max(...rules.map((r) => r.severity.length));
      const lines = rules.map(
        (r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.description}\n`,
      );
      return { exit: EXIT.ok, report: lines.join('') };
    }),
  );
};
