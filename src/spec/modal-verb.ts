import type { Obligation } from '../catalogue/requirement.js';

/** The English modal verb that states each obligation (the tender's introduction explains them). */
export const MODAL: Record<Obligation, string> = { mandatory: 'shall', recommended: 'should', optional: 'may' };

const MODALS_OF: Record<Obligation, RegExp> = {
  mandatory: /\b(shall|must)\b/gi,
  recommended: /\b(should)\b/gi,
  optional: /\b(may)\b/gi,
};

/**
 * The statement with its modal verb changed to match a new obligation ("should" -> "shall"), keeping the
 * capitalisation. Returns undefined when the statement has no modal verb of the old obligation (another language,
 * or wording that needs a human): the modal-verb lint rule reports those.
 */
export function rewriteModal(markdown: string, from: Obligation, to: Obligation): string | undefined {
  if (from === to) return markdown;
  const pattern = MODALS_OF[from];
  if (!new RegExp(pattern.source, 'i').test(markdown)) return undefined;
  const target = MODAL[to];
  return markdown.replace(pattern, (word) => (word[0] === word[0]!.toUpperCase() ? target[0]!.toUpperCase() + target.slice(1) : target));
}
