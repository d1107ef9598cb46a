import type { Spec } from '../load/spec/spec.js';
import { effectiveAward, type EffectiveCriterion } from '../resolve/effective-award.js';
import type { ResolvedSpec } from '../resolve/resolved.js';
import type { LintContext } from './rule.js';

/** A resolved spec that writes its own `award:` list, with its effective criteria: where award findings are reported. */
export interface AwardOfSpec {
  spec: Spec;
  resolved: ResolvedSpec;
  criteria: EffectiveCriterion[];
}

/**
 * The specs that write an `award:` list, each with its effective criteria. A spec that inherits its parent's list
 * unchanged is judged there, so each finding is reported once.
 */
export function specsWithAward({ resolution }: Pick<LintContext, 'resolution'>): AwardOfSpec[] {
  const out: AwardOfSpec[] = [];
  for (const resolved of resolution.resolved.values()) {
    if (resolved.spec.award.length === 0) continue;
    out.push({ spec: resolved.spec, resolved, criteria: effectiveAward(resolved) });
  }
  return out;
}
