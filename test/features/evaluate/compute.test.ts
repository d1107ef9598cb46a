import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/features/evaluate/compute.js';
import { HAND, method, sheets, tenders } from './worked-example.js';

const ranking = (r: ReturnType<typeof evaluate>) => r.tenders.filter((t) => t.rank !== null).map((t) => t.bidder);
const byBidder = (r: ReturnType<typeof evaluate>) => Object.fromEntries(r.tenders.map((t) => [t.bidder, t]));

describe('the evaluation of the worked example', () => {
  it('gives the hand-computed life-cycle costs, scores, totals and ranking with lowest-ratio', () => {
    const r = evaluate(
      { method: method({ kind: 'lowest-ratio' }), tenders: tenders(), evaluators: sheets(), consensus: undefined },
      'x',
      [],
    );
    const t = byBidder(r);
    for (const b of ['A', 'B', 'C'] as const) {
      expect(t[b]!.price).toBeCloseTo(HAND.lcc[b], 1);
      expect(t[b]!.criteria['quality']!.score).toBeCloseTo(HAND.quality[b], 3);
      expect(t[b]!.criteria['security']!.score).toBeCloseTo(HAND.security[b], 3);
      expect(t[b]!.criteria['price']!.score).toBeCloseTo(HAND.lowestRatio.price[b], 3);
      expect(t[b]!.total).toBeCloseTo(HAND.lowestRatio.totals[b], 3);
    }
    expect(ranking(r)).toEqual(HAND.lowestRatio.ranking);
    expect(t['A']!.criteria['quality']).toMatchObject({ points: 3.6667, evaluators: { anna: 4, bert: 3, chris: 4 } });
    expect(r.tenders.map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('gives the hand-computed ranking with the linear formula, which reverses the order', () => {
    const r = evaluate(
      {
        method: method({ kind: 'linear', best: 1_000_000, worst: 2_000_000 }),
        tenders: tenders(),
        evaluators: sheets(),
        consensus: undefined,
      },
      'x',
      [],
    );
    const t = byBidder(r);
    for (const b of ['A', 'B', 'C'] as const) expect(t[b]!.total).toBeCloseTo(HAND.linear.totals[b], 3);
    expect(ranking(r)).toEqual(HAND.linear.ranking);
  });

  it('flags the spread of two steps on B security, and only that one', () => {
    const r = evaluate(
      { method: method({ kind: 'lowest-ratio' }), tenders: tenders(), evaluators: sheets(), consensus: undefined },
      'x',
      [],
    );
    expect(r.spreads).toEqual([
      { bidder: 'B', criterion: 'security', evaluators: { anna: 2, bert: 4, chris: 3 }, steps: 2 },
    ]);
  });

  it('excludes a tender below a threshold and one without a price, with the reasons, and shares a rank on a full tie', () => {
    const m = method({ kind: 'lowest-ratio' });
    const t = tenders();
    const s = sheets();
    for (const sheet of s) sheet.scores.get('C')!.get('security')!.points = 1; // C: security 1 < threshold 2
    t.push({ ...t[0]!, bidder: 'A2', file: 'bids/A2.xlsx' }); // the same offer as A
    for (const sheet of s) sheet.scores.set('A2', sheet.scores.get('A')!).set('D', sheet.scores.get('B')!);
    t.push({ ...t[1]!, bidder: 'D', values: undefined });
    const r = byBidder(evaluate({ method: m, tenders: t, evaluators: s, consensus: undefined }, 'x', []));
    expect(r['C']).toMatchObject({
      admissible: false,
      rank: null,
      total: null,
      reasons: ['its points on security (1) are below the threshold of 2'],
    });
    expect(r['D']).toMatchObject({ admissible: false, rank: null, reasons: ['the price sheet states no price'] });
    // without C, A has the lowest price: A and A2 score 29.3333 + 12 + 40 = 81.3333, B 37.3333 + 12 + 40 x 1 284 252.63 / 1 544 681.50 = 82.5894
    expect([r['B']!.rank, r['A']!.rank, r['A2']!.rank]).toEqual([1, 2, 2]);
  });

  it('says which one-step change of a consensus score would change the ranking', () => {
    const r = evaluate(
      { method: method({ kind: 'lowest-ratio' }), tenders: tenders(), evaluators: sheets(), consensus: undefined },
      'x',
      [],
    );
    // B leads A by 1.94; one quality step is worth 40 / 5 = 8 points: B -8 falls below A and C, C +8 rises to 84
    const bDown = r.sensitivity.find((x) => x.bidder === 'B' && x.criterion === 'quality' && x.step === -1)!;
    expect(bDown).toMatchObject({ changes: true, ranking: ['A', 'C', 'B'] });
    const cUp = r.sensitivity.find((x) => x.bidder === 'C' && x.criterion === 'quality' && x.step === 1)!;
    expect(cUp).toMatchObject({ changes: true, ranking: ['C', 'B', 'A'] });
  });

  it('gives the same report whatever the order of the tenders and the score workbooks', () => {
    const m = method({ kind: 'lowest-ratio' });
    const reference = JSON.stringify(
      evaluate({ method: m, tenders: tenders(), evaluators: sheets(), consensus: undefined }, 'x', []),
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(tenders(), { minLength: 3 }),
        fc.shuffledSubarray(sheets(), { minLength: 3 }),
        (t, s) => {
          expect(
            JSON.stringify(evaluate({ method: m, tenders: t, evaluators: s, consensus: undefined }, 'x', [])),
          ).toBe(reference);
        },
      ),
      { numRuns: 50 },
    );
  });
});
