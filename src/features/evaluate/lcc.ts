import type { LccLine, LccModel } from '../../load/spec/spec.js';

/** What a line costs in a year it is incurred: the amount, or for an energy line kW x hours x price per kWh. */
export function lineCost(line: LccLine, value: number): number {
  return line.unit === 'kW' ? value * (line.hours ?? 0) * (line.price_per_kwh ?? 0) : value;
}

/**
 * The life-cycle cost (DESIGN 2.6): the one-off lines as they are, plus each annual line discounted over the
 * years, `sum over y = 1..years of annual / (1 + rate)^y`.
 */
export function lifeCycleCost(model: LccModel, values: ReadonlyMap<string, number>): number {
  const annuity = annuityFactor(model.years, model.discount_rate);
  let total = 0;
  for (const line of model.lines) {
    const cost = lineCost(line, values.get(line.id) ?? 0);
    total += line.per === 'once' ? cost : cost * annuity;
  }
  return total;
}

/** The present value of 1 a year at the end of each of `years` years: sum of 1 / (1 + rate)^y. */
export function annuityFactor(years: number, rate: number): number {
  let sum = 0;
  for (let y = 1; y <= years; y++) sum += 1 / (1 + rate) ** y;
  return sum;
}
