import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/lib/text/order.js';

/** The order by its definition: split into digit runs and other text, numbers compared by value. */
function reference(a: string, b: string): number {
  const parts = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const pa = parts(a);
  const pb = parts(b);
  for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
    const x = pa[k]!;
    const y = pb[k]!;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (x !== y) {
      for (let c = 0; c < Math.min(x.length, y.length); c++)
        if (x[c] !== y[c]) return x.charCodeAt(c) - y.charCodeAt(c);
      // one run is a prefix of the other: what follows the shorter run (a digit, or the end) meets a non-digit
      const nextA = x.length < y.length ? pa[k + 1] : undefined;
      const nextB = y.length < x.length ? pb[k + 1] : undefined;
      if (x.length < y.length) return nextA === undefined ? -1 : nextA.charCodeAt(0) - y.charCodeAt(x.length);
      return nextB === undefined ? 1 : x.charCodeAt(y.length) - nextB.charCodeAt(0);
    }
  }
  return Math.sign(pa.length - pb.length);
}

describe('compareIds', () => {
  it('orders ids naturally: numbers by value, other characters by code point', () => {
    const ids = ['INT-10', 'INT-2', 'INT-002', 'SEC-001', 'INT-1', 'INT-0100', 'EUS-9', 'INT-99'];
    expect([...ids].sort(compareIds)).toEqual(
      ['EUS-9', 'INT-1', 'INT-2', 'INT-002', 'INT-10', 'INT-99', 'INT-0100', 'SEC-001'].sort(compareIds),
    );
    expect(compareIds('INT-2', 'INT-10')).toBeLessThan(0);
    expect(compareIds('INT-0100', 'INT-99')).toBeGreaterThan(0);
    expect(compareIds('INT-002', 'INT-2')).toBe(0);
    expect(compareIds('INT-000', 'INT-0')).toBe(0);
  });

  it('agrees in sign with splitting into numbers and text', () => {
    const id = fc.stringMatching(/^[A-C0-2-]{0,8}$/);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(reference(a, b)));
      }),
    );
  });
});
