import type { DiffEntry, SpecDiff } from './diff-specs.js';
import { CHANGE_LABEL, displayField, displayValue, percent } from './field-display.js';
import { segmentLines } from './segment-lines.js';
import { trackStatement } from './tracked-requirement.js';
import { hasChanges, type TrackedSegment } from './tracked-text.js';

/**
 * The deviation report an auditor reads (GFM): what the variant is, a summary table, then every change with its
 * fields, its word-level text diff (<del>deleted</del>, <ins>inserted</ins>) and the justification of the spec
 * that declared it.
 */
export function renderDiffMarkdown(diff: SpecDiff): string {
  const { baseline, variant, summary } = diff;
  const out: string[] = [];
  out.push(`# Deviations of ${inline(variant.spec.id)} from ${inline(baseline.spec.id)}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Variant | ${inline(`${variant.spec.id} \u2013 ${variant.spec.title}`)} |`);
  out.push(`| Chain | ${inline(variant.chain.map((s) => s.id).join(' > '))} |`);
  out.push(`| Baseline | ${inline(`${baseline.spec.id} \u2013 ${baseline.spec.title}`)} |`, '');

  out.push('## Summary', '');
  out.push('| Change | Requirements |', '| --- | ---: |');
  for (const kind of ['unchanged', 'stricter', 'looser', 'modified', 'added', 'removed'] as const) {
    out.push(`| ${CHANGE_LABEL[kind]} | ${summary[kind]} |`);
  }
  out.push(`| **Total** | **${summary.total}** |`, '');
  out.push(
    `Harmonisation: **${percent(summary.harmonisation)}** of the ${summary.total - summary.added} requirements of ${inline(baseline.spec.id)} are kept unchanged.`,
    '',
  );

  out.push('## Changes', '');
  if (diff.changes.length === 0) {
    out.push(`${inline(variant.spec.id)} does not depart from ${inline(baseline.spec.id)}.`, '');
    return out.join('\n');
  }
  out.push(
    "In the texts, <del>struck-through</del> words are the baseline's and <ins>underlined</ins> words the variant's.",
    '',
  );
  for (const entry of diff.entries) {
    if (entry.change) out.push(...changeSection(diff, entry));
  }
  return out.join('\n');
}

function changeSection(diff: SpecDiff, entry: DiffEntry): string[] {
  const change = entry.change!;
  const title = (entry.variant ?? entry.baseline)!.title;
  const out: string[] = [`### ${inline(entry.id)} ${inline(title)}`, ''];
  out.push(`**${CHANGE_LABEL[change.change]}**, declared in **${inline(change.declaredIn)}**`, '');
  out.push(`Justification: ${change.justification ? inline(change.justification) : '_none given_'}`, '');
  if (change.fields.length > 0) {
    out.push('| Field | Baseline | Variant | Effect |', '| --- | --- | --- | --- |');
    for (const f of change.fields) {
      const [from, to] =
        f.field === 'statement'
          ? ['see the text below', 'see the text below']
          : [displayValue(f.field, f.from, entry.source), displayValue(f.field, f.to, entry.source)];
      const by = f.origin.spec === change.declaredIn ? '' : ` (${f.origin.spec})`;
      out.push(`| ${inline(displayField(f.field))} | ${inline(from)} | ${inline(to)} | ${f.effect}${inline(by)} |`);
    }
    out.push('');
  }
  const statement = trackStatement(diff, entry);
  if (hasChanges(statement)) {
    out.push('Text:', '');
    segmentLines(statement).forEach((line, i) => {
      if (i > 0) out.push('>');
      out.push(`> ${lineText(line)}`);
    });
    out.push('');
  }
  return out;
}

function lineText(line: readonly TrackedSegment[]): string {
  return line
    .map((s) => {
      const text = escapeMarkdown(s.text);
      return s.type === 'delete' ? `<del>${text}</del>` : s.type === 'insert' ? `<ins>${text}</ins>` : text;
    })
    .join('')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+-])/, '\\$1');
}

/** Text that Markdown shows as written: no emphasis, links, HTML or table breaks come out of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*[\]|~{}!])/g, '\\$1')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

function inline(text: string): string {
  return escapeMarkdown(text.replace(/[^\S\u00a0]+/g, ' ').trim());
}
