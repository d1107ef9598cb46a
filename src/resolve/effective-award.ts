import type { AwardCriterion, Consensus, EvaluationBlock, LocalisedText, Spec } from '../load/spec/spec.js';
import type { ResolvedSpec } from './resolved.js';

/** An award criterion as a spec applies it: its own fields over those of the same criterion higher in its chain. */
export interface EffectiveCriterion extends AwardCriterion {
  /** the nearest spec of the chain that lists this criterion (where its position is) */
  spec: Spec;
  /** by field (`weight`, `scale`, ...): the spec that wrote it */
  setBy: Map<string, Spec>;
}

export interface EffectiveEvaluation {
  consensus: Consensus;
  /** criterion ids, or `quality` (the sum of the quality scores) and `price` (the lower price) */
  tie_break: string[];
  unscored: Array<{ requirement: string; reason: LocalisedText; spec: Spec }>;
  /** by field: the spec that wrote it (none: the default) */
  setBy: Map<string, Spec>;
}

const INHERITED = [
  'title',
  'weight',
  'type',
  'description',
  'requirements',
  'scale',
  'threshold',
  'subcriteria',
  'rules',
  'formula',
  'lcc',
] as const;

/**
 * The award criteria of a spec. The nearest spec of the chain with an `award:` list decides which criteria there are
 * and in what order; each criterion keeps the fields of the criterion with the same id higher up that it does not
 * set itself, so a national variant that changes a weight keeps the baseline's scale, descriptors and formula.
 */
export function effectiveAward(resolved: Pick<ResolvedSpec, 'chain'>): EffectiveCriterion[] {
  let current: EffectiveCriterion[] = [];
  for (const spec of resolved.chain) {
    if (spec.award.length === 0) continue;
    const before = new Map(current.map((c) => [c.id, c]));
    current = spec.award.map((own) => merge(before.get(own.id), own, spec));
  }
  return current;
}

function merge(parent: EffectiveCriterion | undefined, own: AwardCriterion, spec: Spec): EffectiveCriterion {
  const setBy = new Map(parent?.setBy);
  const merged: Record<string, unknown> = { ...(parent ?? { title: '', weight: 0, requirements: [] }) };
  for (const key of INHERITED) {
    if (!own.written.includes(key)) continue;
    // rules are by requirement: a variant adds or replaces the rule of one requirement and keeps the others
    merged[key] = key === 'rules' ? { ...(merged['rules'] as object | undefined), ...own.rules } : own[key];
    setBy.set(key, spec);
  }
  return { ...(merged as unknown as AwardCriterion), id: own.id, written: own.written, index: own.index, spec, setBy };
}

/** The evaluation block of a spec: each field from the nearest spec of its chain that sets it. */
export function effectiveEvaluation(resolved: Pick<ResolvedSpec, 'chain'>): EffectiveEvaluation {
  const result: EffectiveEvaluation = {
    consensus: 'mean',
    tie_break: ['quality', 'price'],
    unscored: [],
    setBy: new Map(),
  };
  for (const spec of resolved.chain) {
    const block: EvaluationBlock | undefined = spec.evaluation;
    if (!block) continue;
    if (block.consensus) {
      result.consensus = block.consensus;
      result.setBy.set('consensus', spec);
    }
    if (block.tie_break) {
      result.tie_break = block.tie_break;
      result.setBy.set('tie_break', spec);
    }
    if (block.unscored) {
      result.unscored = block.unscored.map((u) => ({ ...u, spec }));
      result.setBy.set('unscored', spec);
    }
  }
  return result;
}

/** The requirements a criterion scores: its own list and those of its sub-criteria, each once. */
export function scoredRequirements(c: Pick<AwardCriterion, 'requirements' | 'subcriteria'>): string[] {
  return [...new Set([...c.requirements, ...(c.subcriteria ?? []).flatMap((s) => s.requirements)])];
}

/** Whether a criterion scores price or cost (by its type; without one, by its id). */
export function isPriceCriterion(c: Pick<AwardCriterion, 'type' | 'id' | 'formula' | 'lcc'>): boolean {
  if (c.type !== undefined) return c.type !== 'quality';
  return c.formula !== undefined || c.lcc !== undefined || /^(?:price|cost|lcc|tco)/.test(c.id);
}
