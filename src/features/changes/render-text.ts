import { describeChange } from '../../check/parent-change.js';
import type { Changes, DeviationDelta } from './model.js';
import { deltaText } from './field-text.js';

const SIGN = { added: '+', removed: '-', modified: '~' } as const;

/** `changes` as text for a terminal: counts, then every change, word diffs as [-old-]{+new+}. */
export function renderChangesText(c: Changes): string {
  const out: string[] = [`Changes from ${side(c.from)} to ${side(c.to)}`, ''];
  for (const line of summaryLines(c)) out.push(`  ${line}`);
  if (c.requirements.length > 0) {
    out.push('', 'Requirements');
    for (const r of c.requirements) {
      const title = (r.after ?? r.before)!.title;
      out.push(`  ${SIGN[r.change]} ${r.id}  ${title}`);
      for (const f of r.fields) out.push(`      ${f.field}: ${deltaText(f)}`);
    }
  }
  if (c.specs.length > 0) {
    out.push('', 'Specs');
    for (const s of c.specs) {
      out.push(`  ${SIGN[s.change]} ${s.id}${s.fields.length ? `  (changed: ${s.fields.join(', ')})` : ''}`);
      for (const d of s.deviations) out.push(`      ${deviationLine(d)}`);
    }
  }
  if (c.translationEdits.length > 0) {
    out.push('', 'Translations edited');
    for (const t of c.translationEdits) {
      out.push(`  ${SIGN[t.change]} ${t.requirement} ${t.language}  ${t.file}`);
      for (const f of t.fields) out.push(`      ${f.field}: ${deltaText(f)}`);
    }
  }
  if (c.translations.length > 0) {
    out.push('', 'Translations that became stale');
    for (const t of c.translations) out.push(`  ${t.requirement} ${t.language}  ${t.file}`);
  }
  if (c.review.length > 0) {
    out.push('', 'Deviations to review (their parent requirement changed)');
    for (const r of c.review)
      out.push(`  ${r.spec} on ${r.requirement} (parent ${r.parent}): ${describeChange(r.before, r.after).join('; ')}`);
  }
  if (c.notes.length > 0) {
    out.push('', 'Notes');
    for (const n of c.notes) out.push(`  - ${n}`);
  }
  return `${out.join('\n')}\n`;
}

export function side(s: Changes['from']): string {
  return s.commit ? `${s.label} (${s.commit.slice(0, 12)})` : 'the working tree';
}

/** "2 added, 1 modified" lines: what a reader sees first. */
export function summaryLines(c: Changes): string[] {
  const count = (list: ReadonlyArray<{ change: string }>) => {
    const parts = (['added', 'removed', 'modified'] as const)
      .map((k) => [k, list.filter((x) => x.change === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`);
    return parts.length ? parts.join(', ') : 'no change';
  };
  return [
    `requirements: ${count(c.requirements)}`,
    `specs: ${count(c.specs)}`,
    `translations: ${count(c.translationEdits)}`,
    `translations that became stale: ${c.translations.length}`,
    `deviations to review: ${c.review.length}`,
  ];
}

export function deviationLine(d: DeviationDelta): string {
  const what = d.change === 'modified' ? `changed (${d.fields.join(', ')})` : d.change;
  return `${SIGN[d.change]} deviation on ${d.requirement} ${what}`;
}
