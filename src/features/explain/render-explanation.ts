import { formatValue } from '../../document/format-value.js';
import type { Explanation, ExplainedField } from './explain.js';

/** `explain --format json` */
export function renderExplanationJson(e: Explanation): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}

/** `explain` as text: the effective value of each field, the spec that set it, and why. */
export function renderExplanationText(e: Explanation): string {
  const chain = e.chain.join(' > ');
  if (e.status === 'absent')
    return `${e.requirement} is not part of ${e.spec} (${chain}): no spec of the chain selects or adds it.\n`;
  const out: string[] = [`${e.requirement} ${e.title}`, `in ${e.spec} (${chain})`, ''];
  if (e.status === 'removed') {
    out.push(`removed by ${e.removedBy.spec}${e.removedBy.justification ? `: ${e.removedBy.justification}` : ''}`);
  } else {
    out.push(
      `selected by ${e.selectedBy.spec}${e.selectedBy.justification ? `: ${e.selectedBy.justification}` : ''}`,
      '',
    );
    const width = Math.max(...e.fields.map((f) => f.field.length)) + 2;
    for (const f of e.fields) {
      if (f.field === 'statement') continue;
      out.push(`  ${f.field.padEnd(width)}${value(f)}`);
      out.push(`  ${''.padEnd(width)}${origin(f)}`);
    }
    const statement = e.fields.find((f) => f.field === 'statement')!;
    out.push('', `  statement: ${origin(statement)}`);
    out.push(...wrap(e.text, 76).map((l) => `    ${l}`));
  }
  if (e.history.length > 0) {
    out.push('', 'deviations of the chain:');
    for (const h of e.history) {
      const what = h.action === 'set' ? `set ${h.fields.join('; ')}` : h.action;
      out.push(`  ${h.spec}: ${what}${h.justification ? ` (${h.justification})` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function show(v: ExplainedField['value'], unit: string | undefined): string {
  if (Array.isArray(v)) return v.join(', ');
  return `${formatValue(v, undefined)}${unit ? ` ${unit}` : ''}`;
}

function value(f: ExplainedField): string {
  const now = show(f.value, f.unit);
  return f.catalogue === undefined ? now : `${now} (catalogue: ${show(f.catalogue, f.unit)})`;
}

function origin(f: ExplainedField): string {
  const fixed = f.fixedBy ? `; fixed by ${f.fixedBy} for every centre` : '';
  return `set by ${f.spec}${f.justification ? `: ${f.justification}` : ''}${fixed}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}
