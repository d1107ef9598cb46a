import type { ExclusionGround, SelectionCriterion } from '../load/spec/selection.js';
import type { Spec } from '../load/spec/spec.js';
import type { ResolvedSpec } from './resolved.js';

/** An entry of the selection block with the spec that wrote it (for positions and provenance). */
export type Stated<T> = T & { setBy: Spec };

/** The exclusion grounds and selection criteria a spec's procedure applies. */
export interface EffectiveSelection {
  exclusion: Array<Stated<ExclusionGround>>;
  criteria: Array<Stated<SelectionCriterion>>;
}

/**
 * The selection block along the chain from the root down. Each code is stated once: a nearer spec that names a code
 * again replaces the entry (a stricter threshold, its own description) where it stood; new codes follow in the order
 * written. A spec cannot drop an inherited code: the mandatory grounds bind every buyer (Art. 57(1)-(2) of Directive
 * 2014/24/EU), and a ground or criterion that one variant does not want does not belong in the spec it extends.
 */
export function effectiveSelection(resolved: ResolvedSpec): EffectiveSelection {
  const exclusion = new Map<string, Stated<ExclusionGround>>();
  const criteria = new Map<string, Stated<SelectionCriterion>>();
  for (const spec of resolved.chain) {
    for (const ground of spec.selection?.exclusion ?? []) exclusion.set(ground.code, { ...ground, setBy: spec });
    for (const criterion of spec.selection?.criteria ?? []) criteria.set(criterion.code, { ...criterion, setBy: spec });
  }
  return { exclusion: [...exclusion.values()], criteria: [...criteria.values()] };
}
