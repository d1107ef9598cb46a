import type { AwardCriterion } from '../../load/spec/spec.js';
import { specsWithAward } from '../award-of.js';
import type { LintRule } from '../rule.js';

/** Price or cost in any of the catalogue's languages, for criteria that do not state their `type`. */
const PRICE_WORDS =
  /\b(?:price|prices|pricing|cost|costs|life-cycle cost|prix|coût|coûts|preis|kosten|prijs|kost|precio|prezzo|costo|preço|cena|pris|kostnad|hinta)\b/iu;

function isPriceOrCost(c: AwardCriterion): boolean {
  if (c.type !== undefined) return c.type === 'price' || c.type === 'cost';
  return PRICE_WORDS.test(c.id) || PRICE_WORDS.test(c.title);
}

/** Directive 2014/24/EU Art. 67: weights are set in advance, and the most economically advantageous tender includes price or cost. */
export const awardWeights: LintRule = {
  id: 'award-weights',
  description:
    "A spec's award weights sum to 100, each criterion's sub-criteria to its weight, and a criterion scores price or cost",
  severity: 'error',
  check(context, report) {
    for (const { spec, criteria } of specsWithAward(context)) {
      const sum = criteria.reduce((s, c) => s + c.weight, 0);
      if (Math.abs(sum - 100) > 1e-9) {
        const terms = criteria.map((c) => `${c.id} ${c.weight}`).join(' + ');
        report({
          message: `the award weights sum to ${round(sum)}, not 100 (${terms}): adjust them so that they add up to 100`,
          at: { spec, path: ['award'], key: true },
        });
      }
      if (!criteria.some(isPriceOrCost)) {
        report({
          message:
            'no award criterion scores price or cost: add one with type: price (or cost, for life-cycle costing under Art. 68)',
          at: { spec, path: ['award'], key: true },
        });
      }
      for (const c of criteria) {
        if (!c.subcriteria) continue;
        const own = c.subcriteria.reduce((s, x) => s + x.weight, 0);
        if (Math.abs(own - c.weight) <= 1e-9) continue;
        const terms = c.subcriteria.map((x) => `${x.id} ${x.weight}`).join(' + ');
        const where = c.setBy.get('subcriteria') === spec ? ['award', c.index, 'subcriteria'] : ['award', c.index];
        report({
          message: `the sub-criteria of "${c.id}" weigh ${round(own)} (${terms}), not the criterion's ${round(c.weight)}: the sub-criteria share their criterion's weight`,
          at: { spec, path: where, key: true },
        });
      }
    }
  },
};

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
