import { wordDiff, type DiffPart } from '../../lib/text/word-diff.js';
import { PLACEHOLDER } from '../../load/requirement/placeholders.js';

/** A text field's word diff, paragraph breaks kept: what the Markdown and HTML reports mark up. */
export function wordParts(from: unknown, to: unknown): DiffPart[] {
  const a = typeof from === 'string' ? from : '';
  const b = typeof to === 'string' ? to : '';
  return wordDiff(a, b, { atomic: PLACEHOLDER }).parts;
}
