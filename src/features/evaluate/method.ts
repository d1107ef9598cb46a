import type { Consensus, LccModel, LocalisedText, PriceFormula } from '../../load/spec/spec.js';
import { effectiveAward, effectiveEvaluation, isPriceCriterion } from '../../resolve/effective-award.js';
import { pickLanguage } from '../../resolve/localised.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';

/** One thing evaluators give points to: a quality criterion, or one of its sub-criteria. */
export interface ScoredItem {
  /** `quality`, or `quality/map` for a sub-criterion */
  key: string;
  criterion: string;
  sub: string | undefined;
  title: string;
  max: number;
  /** the share of the total this item carries */
  weight: number;
  descriptors: Array<{ points: number; text: string }>;
}

export interface QualityCriterion {
  id: string;
  title: string;
  weight: number;
  max: number;
  threshold: number | undefined;
  items: ScoredItem[];
}

export interface PriceCriterion {
  id: string;
  title: string;
  weight: number;
  formula: PriceFormula;
  lcc: LccModel | undefined;
}

/** The award method of a spec as the evaluation applies it. */
export interface EvaluationMethod {
  spec: string;
  quality: QualityCriterion[];
  price: PriceCriterion | undefined;
  consensus: Consensus;
  tieBreak: string[];
}

const text = (t: LocalisedText | undefined, language: string) =>
  t === undefined ? '' : pickLanguage(t, language).text;

/** The method of a resolved spec; a price criterion without a formula is scored by lowest-ratio, the common default. */
export function evaluationMethod(resolved: ResolvedSpec): EvaluationMethod {
  const language = resolved.spec.language;
  const criteria = effectiveAward(resolved);
  const evaluation = effectiveEvaluation(resolved);
  const quality: QualityCriterion[] = [];
  let price: PriceCriterion | undefined;
  for (const c of criteria) {
    if (isPriceCriterion(c)) {
      price ??= {
        id: c.id,
        title: c.title,
        weight: c.weight,
        formula: c.formula ?? { kind: 'lowest-ratio' },
        lcc: c.lcc,
      };
      continue;
    }
    const max = c.scale?.max ?? 10;
    const descriptors = Object.entries(c.scale?.descriptors ?? {})
      .map(([k, v]) => ({ points: Number(k), text: text(v, language) }))
      .sort((a, b) => a.points - b.points);
    const items: ScoredItem[] = c.subcriteria?.length
      ? c.subcriteria.map((s) => ({
          key: `${c.id}/${s.id}`,
          criterion: c.id,
          sub: s.id,
          title: text(s.title, language),
          max,
          weight: s.weight,
          descriptors,
        }))
      : [{ key: c.id, criterion: c.id, sub: undefined, title: c.title, max, weight: c.weight, descriptors }];
    quality.push({ id: c.id, title: c.title, weight: c.weight, max, threshold: c.threshold, items });
  }
  return { spec: resolved.spec.id, quality, price, consensus: evaluation.consensus, tieBreak: evaluation.tie_break };
}

export function scoredItems(method: EvaluationMethod): ScoredItem[] {
  return method.quality.flatMap((q) => q.items);
}
