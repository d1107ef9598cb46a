import { DIAGNOSTIC_IDS } from './diagnostic-ids.js';
import type { RegisteredRule } from './registry.js';
import { RULES_DOC } from './rule-url.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table of the diagnostic ids that are not lint rules, as in docs/rules.md. */
export function diagnosticIdsTable(): string {
  const rows = DIAGNOSTIC_IDS.map(
    (g) =>
      `| ${g.ids.map((id) => `\`${id}\``).join(', ')} | ${g.severity.join(', ')} | ${g.by ? `${cell(g.by)}: ` : ''}${cell(g.checks)} |`,
  );
  return ['| id | severity | reports |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The table of the lint rules, in the registry's order, each row the anchor of the rule's url. */
export function lintRulesTable(rules: readonly RegisteredRule[]): string {
  const rows = rules.map((r) => `| <a id="${r.id}"></a>\`${r.id}\` | ${r.severity} | ${cell(r.description)} |`);
  return ['| rule | default | checks |', '| --- | --- | --- |', ...rows].join('\n');
}

/** docs/rules.md with its two generated tables (between their `<!-- generated: ... -->` markers) made anew. */
export function rulesReference(doc: string, rules: readonly RegisteredRule[]): string {
  const tables: Record<string, string> = {
    'diagnostic-ids': diagnosticIdsTable(),
    'lint-rules': lintRulesTable(rules),
  };
  let out = doc;
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- generated: ${name} (npm run build && node scripts/rules-doc.mjs) -->`;
    const end = `<!-- end: ${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${RULES_DOC} has no ${start} ... ${end}`);
    out = `${out.slice(0, from + start.length)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}
