import type { Catalogue } from '../load/catalogue.js';
import { sha256 } from '../lib/hash/sha256.js';
import { normaliseText } from '../load/translation/source-hash.js';
import { fromEffective, fromSource, requirementIndex, type FieldState } from './deviation-steps.js';
import type { ResolvedSpec } from './resolved.js';

/**
 * What a deviation rests on: its requirement as the parent spec has it (as `explain PARENT ID` shows it), or, when
 * the parent does not have it (a deviation that adds it), as the catalogue writes it. Undefined when the catalogue
 * does not know the requirement.
 */
export function parentRequirement(
  parent: ResolvedSpec | undefined,
  catalogue: Catalogue,
  id: string,
): FieldState | undefined {
  const inherited = parent && requirementIndex(parent).get(id);
  if (inherited) return fromEffective(inherited);
  const source = catalogue.requirements.get(id);
  return source ? fromSource(source) : undefined;
}

/**
 * The text a review stamp is made from: the fields `explain` lists, one a line, in its order (title, obligation,
 * verification, every parameter's value with its unit, the statement with its placeholders), normalised so that
 * line ends, trailing spaces and the wrapping of the statement do not count.
 */
export function reviewedText(state: FieldState): string {
  const lines = [
    `id: ${state.source.id}`,
    `title: ${state.title.trim()}`,
    `obligation: ${state.obligation}`,
    `verification: ${state.verification.join(', ')}`,
  ];
  for (const [name, value] of state.parameters) {
    const unit = state.source.parameters.get(name)?.unit;
    lines.push(`parameters.${name}: ${JSON.stringify(value)}${unit ? ` ${unit}` : ''}`);
  }
  lines.push('statement:', state.statement);
  return normaliseText(lines.join('\n'));
}

/** `reviewed:`: the first 16 hex digits of the SHA-256 of `reviewedText`. */
export function reviewStamp(state: FieldState): string {
  return sha256(reviewedText(state)).slice(0, 16);
}
