import type { EvaluationMethod } from '../../../src/features/evaluate/method.js';
import type { ScoreSheet, TenderInput } from '../../../src/features/evaluate/model.js';

/**
 * The worked example, computed by hand. Three tenders, three evaluators, quality (40, 0-5), security (20, 0-5,
 * threshold 2) and price (40) as a life-cycle cost over 3 years at 5 %:
 *
 * annuity = 1/1.05 + 1/1.05^2 + 1/1.05^3 = 0.952381 + 0.907029 + 0.863838 = 2.723248
 * energy a year = kW x 8760 h x 0.25 EUR/kWh: A 2 kW = 4 380, B 3 kW = 6 570, C 1.5 kW = 3 285
 * LCC A = 1 000 000 + (100 000 + 4 380) x 2.723248 = 1 284 252.63
 * LCC B = 1 200 000 + (120 000 + 6 570) x 2.723248 = 1 544 681.50
 * LCC C =   900 000 + ( 90 000 + 3 285) x 2.723248 = 1 154 038.19
 *
 * quality points (mean of anna, bert, chris): A (4+3+4)/3 = 3.6667 -> 3.6667/5 x 40 = 29.3333
 *                                             B (5+5+4)/3 = 4.6667 -> 37.3333;  C (2+3+2)/3 = 2.3333 -> 18.6667
 * security points: A (3+3+3)/3 = 3 -> 12;  B (2+4+3)/3 = 3 -> 12 (a spread of 2 steps);  C (4+4+5)/3 = 4.3333 -> 17.3333
 *
 * lowest-ratio: price score = 40 x 1 154 038.19 / LCC: A 35.9443, B 29.8842, C 40
 *   totals: A 29.3333 + 12 + 35.9443 = 77.2776; B 37.3333 + 12 + 29.8842 = 79.2175; C 18.6667 + 17.3333 + 40 = 76
 *   ranking: B, A, C
 * linear, best 1 000 000, worst 2 000 000: price score = 40 x (2 000 000 - LCC) / 1 000 000:
 *   A 28.6299, B 18.2127, C 33.8385; totals A 69.9632, B 67.5461, C 69.8385; ranking: A, C, B
 */
export const HAND = {
  lcc: { A: 1_284_252.63, B: 1_544_681.5, C: 1_154_038.19 },
  lowestRatio: {
    totals: { A: 77.2776, B: 79.2175, C: 76 },
    ranking: ['B', 'A', 'C'],
    price: { A: 35.9443, B: 29.8842, C: 40 },
  },
  linear: {
    totals: { A: 69.9632, B: 67.5461, C: 69.8385 },
    ranking: ['A', 'C', 'B'],
    price: { A: 28.6299, B: 18.2127, C: 33.8385 },
  },
  quality: { A: 29.3333, B: 37.3333, C: 18.6667 },
  security: { A: 12, B: 12, C: 17.3333 },
};

export const POINTS: Record<string, Record<string, Record<string, number>>> = {
  anna: { A: { quality: 4, security: 3 }, B: { quality: 5, security: 2 }, C: { quality: 2, security: 4 } },
  bert: { A: { quality: 3, security: 3 }, B: { quality: 5, security: 4 }, C: { quality: 3, security: 4 } },
  chris: { A: { quality: 4, security: 3 }, B: { quality: 4, security: 3 }, C: { quality: 2, security: 5 } },
};

export const COSTS: Record<string, { acquisition: number; support: number; energy: number }> = {
  A: { acquisition: 1_000_000, support: 100_000, energy: 2 },
  B: { acquisition: 1_200_000, support: 120_000, energy: 3 },
  C: { acquisition: 900_000, support: 90_000, energy: 1.5 },
};

export function method(
  formula: EvaluationMethod['price'] extends infer P ? (P extends { formula: infer F } ? F : never) : never,
): EvaluationMethod {
  const descriptors = [0, 1, 2, 3, 4, 5].map((points) => ({ points, text: `step ${points}` }));
  const item = (id: string, weight: number) => ({
    key: id,
    criterion: id,
    sub: undefined,
    title: id,
    max: 5,
    weight,
    descriptors,
  });
  return {
    spec: 'worked',
    quality: [
      { id: 'quality', title: 'Quality', weight: 40, max: 5, threshold: undefined, items: [item('quality', 40)] },
      { id: 'security', title: 'Security', weight: 20, max: 5, threshold: 2, items: [item('security', 20)] },
    ],
    price: {
      id: 'price',
      title: 'Price',
      weight: 40,
      formula,
      lcc: {
        years: 3,
        discount_rate: 0.05,
        lines: [
          { id: 'acquisition', per: 'once' },
          { id: 'support', per: 'year' },
          { id: 'energy', per: 'year', unit: 'kW', hours: 8760, price_per_kwh: 0.25 },
        ],
      },
    },
    consensus: 'mean',
    tieBreak: ['quality', 'price'],
  };
}

export function tenders(): TenderInput[] {
  return Object.entries(COSTS).map(([bidder, c]) => ({
    bidder,
    file: `bids/${bidder}.xlsx`,
    sha256: bidder.repeat(64).slice(0, 64),
    name: `${bidder} Ltd`,
    signatory: null,
    date: null,
    reasons: [],
    values: new Map(Object.entries(c)),
  }));
}

export function sheets(): ScoreSheet[] {
  return Object.entries(POINTS).map(([evaluator, byBidder]) => ({
    evaluator,
    file: `scores/${evaluator}.xlsx`,
    sha256: '0'.repeat(64),
    scores: new Map(
      Object.entries(byBidder).map(([bidder, items]) => [
        bidder,
        new Map(Object.entries(items).map(([key, points]) => [key, { points, justification: 'because', cell: 'G2' }])),
      ]),
    ),
  }));
}
