import type { PriceFormula } from '../../load/spec/spec.js';

/**
 * The price score of each price, by the spec's formula:
 * lowest-ratio: weight x lowest / price; linear: weight at or below best, 0 at or above worst, linear between.
 */
export function priceScores(formula: PriceFormula, weight: number, prices: readonly number[]): number[] {
  if (formula.kind === 'lowest-ratio') {
    const lowest = Math.min(...prices);
    return prices.map((p) => (p > 0 ? (weight * lowest) / p : weight));
  }
  const { best, worst } = formula;
  return prices.map((p) => {
    if (p <= best) return weight;
    if (p >= worst) return 0;
    return (weight * (worst - p)) / (worst - best);
  });
}
