import { escapeMarkdown } from '../diff/render-markdown.js';
import { describeChange } from '../../check/parent-change.js';
import { wordDiff, type DiffPart } from '../../lib/text/word-diff.js';
import type { Changes, FieldDelta, RequirementDelta } from './model.js';
import { isTextField, valueText } from './field-text.js';
import { deviationLine, side, summaryLines } from './render-text.js';
import { wordParts } from './word-parts.js';

/**
 * The changelog a working group publishes with a release (GFM): a summary, the requirements added, removed and
 * modified (each changed field, texts as word diffs with <del>/<ins>), the specs and their deviations, the
 * translations that became stale, and the deviations that national and cluster authors must review.
 */
export function renderChangesMarkdown(c: Changes): string {
  const out: string[] = [
    `# Changes from ${inline(c.from.label)} to ${inline(c.to.commit ? c.to.label : 'the working tree')}`,
    '',
  ];
  out.push(`Compared ${inline(side(c.from))} with ${inline(side(c.to))}.`, '');
  for (const line of summaryLines(c)) out.push(`- ${inline(line)}`);
  out.push('');
  for (const n of c.notes) out.push(`> **Note:** ${inline(n)}`, '');

  out.push('## Requirements', '');
  if (c.requirements.length === 0) out.push('No requirement changed.', '');
  const group = (kind: RequirementDelta['change']) => c.requirements.filter((r) => r.change === kind);
  for (const [kind, heading] of [
    ['added', 'Added'],
    ['removed', 'Removed'],
  ] as const) {
    const list = group(kind);
    if (list.length === 0) continue;
    out.push(`### ${heading}`, '');
    for (const r of list) out.push(`- **${inline(r.id)}** ${inline((r.after ?? r.before)!.title)}`);
    out.push('');
  }
  const modified = group('modified');
  if (modified.length > 0) {
    out.push('### Modified', '');
    out.push(
      "In the texts, <del>struck-through</del> words are the old release's and <ins>underlined</ins> words the new one's.",
      '',
    );
    for (const r of modified) out.push(...modifiedSection(r));
  }

  out.push('## Specifications', '');
  if (c.specs.length === 0) out.push('No specification changed.', '');
  for (const s of c.specs) {
    out.push(`### ${inline(s.id)} (${s.change})`, '');
    if (s.fields.length > 0) out.push(`- Fields changed: ${inline(s.fields.join(', '))}`);
    for (const d of s.deviations) out.push(`- ${inline(deviationLine(d).slice(2))}`);
    if (s.fields.length === 0 && s.deviations.length === 0) out.push('- (no deviation)');
    out.push('');
  }

  if (c.translationEdits.length > 0) {
    out.push('## Translations edited', '');
    for (const t of c.translationEdits) {
      out.push(`### ${inline(t.requirement)} (${inline(t.language)}, ${t.change})`, '', `File: ${inline(t.file)}`, '');
      for (const f of t.fields)
        out.push(
          ...(isTextField(f.field)
            ? textBlock(f)
            : [`- ${inline(f.field)}: ${inline(valueText(f.from))} -> ${inline(valueText(f.to))}`, '']),
        );
    }
  }
  if (c.translations.length > 0) {
    out.push('## Translations that became stale', '');
    out.push('| Requirement | Language | File |', '| --- | --- | --- |');
    for (const t of c.translations)
      out.push(`| ${inline(t.requirement)} | ${inline(t.language)} | ${inline(t.file)} |`);
    out.push('');
  }
  if (c.review.length > 0) {
    out.push('## Deviations to review', '');
    out.push(
      'The parent requirement of these deviations changed: their authors check them and run `tenderkit review`.',
      '',
    );
    out.push('| Spec | Requirement | Parent | What changed |', '| --- | --- | --- | --- |');
    for (const r of c.review)
      out.push(
        `| ${inline(r.spec)} | ${inline(r.requirement)} | ${inline(r.parent)} | ${marked(inline(describeChange(r.before, r.after).join('; ')))} |`,
      );
    out.push('');
  }
  return out.join('\n');
}

function modifiedSection(r: RequirementDelta): string[] {
  const out = [`#### ${inline(r.id)} ${inline(r.after!.title)}`, ''];
  const values = r.fields.filter((f) => !isTextField(f.field));
  const texts = r.fields.filter((f) => isTextField(f.field));
  if (values.length > 0) {
    out.push('| Field | Before | After |', '| --- | --- | --- |');
    for (const f of values)
      out.push(`| ${inline(f.field)} | ${inline(valueText(f.from))} | ${inline(valueText(f.to))} |`);
    out.push('');
  }
  for (const f of texts) out.push(...textBlock(f));
  return out;
}

function textBlock(f: FieldDelta): string[] {
  const label = f.from === null ? `${f.field} (new)` : f.to === null ? `${f.field} (removed)` : f.field;
  const out = [`${inline(label)}:`, ''];
  const lines = splitLines(wordParts(f.from, f.to));
  lines.forEach((line, i) => {
    if (i > 0) out.push('>');
    out.push(
      `> ${line
        .map(mark)
        .join('')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([#>+-])/, '\\$1')}`,
    );
  });
  out.push('');
  return out;
}

/** Parts cut at line breaks, so that each quoted line keeps its own marks. */
function splitLines(parts: readonly DiffPart[]): DiffPart[][] {
  const lines: DiffPart[][] = [[]];
  for (const p of parts)
    p.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ ...p, text: piece });
    });
  return lines.filter((l) => l.length > 0);
}

function mark(p: DiffPart): string {
  const text = escapeMarkdown(p.text);
  return p.type === 'delete' ? `<del>${text}</del>` : p.type === 'insert' ? `<ins>${text}</ins>` : text;
}

function inline(text: string): string {
  return escapeMarkdown(text.replace(/[^\S\u00a0]+/g, ' ').trim());
}

/** The [-deleted-] and {+inserted+} words of a one-line word diff, escaped, as <del> and <ins>. */
function marked(escaped: string): string {
  return escaped.replace(/\\\[-(.*?)-\\\]/g, '<del>$1</del>').replace(/\\\{\+(.*?)\+\\\}/g, '<ins>$1</ins>');
}

/** Two texts as one Markdown line, the words of `from` only struck through (<del>) and those of `to` only underlined (<ins>). */
export function markedWordDiff(from: string, to: string): string {
  const flat = (t: string) => t.replace(/[^\S\u00a0]+/g, ' ').trim();
  return wordDiff(flat(from), flat(to)).parts.map(mark).join('');
}
