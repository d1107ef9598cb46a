import type { Obligation } from '../../load/requirement/requirement.js';
import type { Labels } from '../../load/frame/labels.js';
import { escapeRegExp } from '../../lib/text/escape-reg-exp.js';

/**
 * A translated statement with its modal verb changed for a new obligation ("doit" -> "devrait"), keeping the form
 * (singular, plural) and the capitalisation. Undefined when the language has no swappable modal forms or the text
 * has none of the old obligation: the document then shows the source text, rewritten by the resolver.
 */
export function rewriteTranslatedModal(
  markdown: string,
  from: Obligation,
  to: Obligation,
  modal: Labels['modal'],
): string | undefined {
  if (from === to) return markdown;
  const old = modal[from];
  const now = modal[to];
  if (old.length === 0 || now.length === 0) return undefined;
  const alternatives = [...old]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  if (!new RegExp(pattern.source, 'iu').test(markdown)) return undefined;
  return markdown.replace(pattern, (word: string) => {
    const index = old.findIndex((f) => f.toLowerCase() === word.toLowerCase());
    const target = now[Math.min(index, now.length - 1)]!;
    return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase()
      ? target[0]!.toUpperCase() + target.slice(1)
      : target;
  });
}
