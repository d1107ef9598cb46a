import { sha256 } from '../../lib/hash/sha256.js';
import { normaliseText } from '../../load/translation/source-hash.js';
import { fromEffective } from '../../resolve/deviation-steps.js';
import type { EffectiveRequirement } from '../../resolve/resolved.js';
import { reviewedText } from '../../resolve/review-stamp.js';

/**
 * What a test case was planned from: the effective requirement as `explain` shows it (the text a review stamp is
 * made from), followed by its acceptance criteria, which are the test case's expected results. The first 16 hex
 * digits of its SHA-256; a change to either makes the planned case outdated.
 */
export function plannedFingerprint(r: EffectiveRequirement): string {
  const criteria = r.source.sections.find((s) => s.key === 'acceptance-criteria')?.markdown ?? '';
  return sha256(`${reviewedText(fromEffective(r))}\nacceptance-criteria:\n${normaliseText(criteria)}`).slice(0, 16);
}
