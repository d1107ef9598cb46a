import { Option } from 'commander';
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../io.js';

export const registerRules: RegisterCommand = (program, io, setExit) => {
  program
    .command('rules')
    .description(
      'list every lint rule with its default severity and what it checks (configure them under `rules:` in tenderkit.yaml)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { format: 'text' | 'json' }) => {
      const { RULES } = await import('../../check/registry.js');
      const rules = RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));
      if (opts.format === 'json') {
        io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
      } else {
        const idWidth = Math.max(...rules.map((r) => r.id.length));
        const severityWidth = Math.max(...rules.map((r) => r.severity.length));
        for (const r of rules)
          io.stdout(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.description}\n`);
      }
      setExit(EXIT.ok);
    });
};
