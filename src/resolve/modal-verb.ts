import type { Obligation } from '../load/requirement/requirement.js';
import { readModals } from '../lib/language/modals.js';
import { proseOf } from '../lib/language/prose.js';
import { ENGLISH } from '../lib/language/words/index.js';

/** The English modal verb that states each obligation (the tender's introduction explains them). */
export const MODAL: Record<Obligation, string> = { mandatory: 'shall', recommended: 'should', optional: 'may' };

/**
 * The statement with its modal verbs changed to match a new obligation ("should" -> "shall"), keeping the
 * capitalisation. Modal verbs are found as the modal-verb rule finds them: never inside code, quoted titles or
 * placeholders, and never "May" the month. Returns undefined when the statement has no English modal verb of the
 * old obligation (another language, or wording that needs a human): the modal-verb rule reports those.
 */
export function rewriteModal(markdown: string, from: Obligation, to: Obligation): string | undefined {
  if (from === to) return markdown;
  const modals = ENGLISH.modals ? readModals(proseOf(markdown), { ...ENGLISH, modals: ENGLISH.modals }).modals : [];
  const targets = modals.filter((m) => m.obligations.includes(from) && !/\s/.test(m.found));
  if (targets.length === 0) return undefined;
  const target = MODAL[to];
  let out = '';
  let at = 0;
  for (const m of targets) {
    const word = markdown.slice(m.offset, m.offset + m.found.length);
    out +=
      markdown.slice(at, m.offset) +
      (word[0] === word[0]!.toUpperCase() ? target[0]!.toUpperCase() + target.slice(1) : target);
    at = m.offset + m.found.length;
  }
  return out + markdown.slice(at);
}
