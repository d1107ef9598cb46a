import { wordDiff, type DiffPart } from '../lib/text/word-diff.js';
import { PLACEHOLDER } from '../load/requirement/placeholders.js';
import { showValue, type FieldState } from '../resolve/deviation-steps.js';

/** Words kept around a change in a one-line word diff. */
const CONTEXT_WORDS = 6;

/**
 * What changed in a requirement between two moments, one phrase a field, for a message on one line: the title and
 * the statement as word diffs (`[-old-]{+new+}`, long unchanged stretches shortened), the other fields as
 * "from -> to".
 */
export function describeChange(before: FieldState, after: FieldState): string[] {
  const out: string[] = [];
  if (before.title.trim() !== after.title.trim())
    out.push(`title ${inlineDiff(before.title.trim(), after.title.trim())}`);
  if (before.obligation !== after.obligation) out.push(`obligation ${before.obligation} -> ${after.obligation}`);
  if (before.verification.join(', ') !== after.verification.join(', '))
    out.push(`verification ${showValue(before.verification)} -> ${showValue(after.verification)}`);
  for (const name of new Set([...before.parameters.keys(), ...after.parameters.keys()])) {
    const from = before.parameters.get(name);
    const to = after.parameters.get(name);
    if (from === to) continue;
    const unit = after.source.parameters.get(name)?.unit ?? before.source.parameters.get(name)?.unit;
    const show = (v: unknown) => (v === undefined ? '(none)' : `${showValue(v)}${unit ? ` ${unit}` : ''}`);
    out.push(`${name} ${show(from)} -> ${show(to)}`);
  }
  if (before.statement !== after.statement) out.push(`statement ${inlineDiff(before.statement, after.statement)}`);
  return out;
}

/**
 * A word diff on one line: deletions as [-words-], insertions as {+words+}, unchanged stretches longer than twice
 * `context` words shortened with "...".
 */
export function inlineDiff(from: string, to: string, context = CONTEXT_WORDS): string {
  const parts = wordDiff(from.replace(/\s+/g, ' '), to.replace(/\s+/g, ' '), { atomic: PLACEHOLDER }).parts;
  return parts
    .map((p, i) => (p.type === 'equal' ? shorten(p, i === 0, i === parts.length - 1, context) : mark(p)))
    .join('')
    .trim();
}

function mark(p: DiffPart): string {
  return p.type === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`;
}

function shorten(p: DiffPart, first: boolean, last: boolean, keep: number): string {
  const words = p.text.split(' ');
  if (words.length <= (first || last ? keep : 2 * keep) + 1) return p.text;
  if (first) return `... ${words.slice(-keep - 1).join(' ')}`;
  if (last) return `${words.slice(0, keep + 1).join(' ')} ...`;
  return `${words.slice(0, keep + 1).join(' ')} ... ${words.slice(-keep - 1).join(' ')}`;
}
