import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/document/format-value.js';

/** What Intl writes for a value in a document of `locale`, with the options formatValue documents. */
const intl = (value: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10000 }).format(value);

describe('parameter values in documents', () => {
  it('writes every English number exactly as Intl does, shortcut or not', () => {
    const decimals = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, places]) => n / 10 ** places);
    const any = fc.double({ noNaN: false, noDefaultInfinity: false });
    fc.assert(
      fc.property(
        fc.oneof(
          decimals,
          any,
          fc.constantFrom(0, -0, 9999.999999, 9999.9999995, 10000, 0.1 + 0.2, 1e-7, 123456.5, -0.000001),
        ),
        (value) => {
          expect(formatValue(value, undefined)).toBe(intl(value));
          expect(formatValue(value, { type: 'number', default: 0, unit: 's', stricter: 'lower' })).toBe(
            `${intl(value)}\u00a0s`,
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('writes numbers in other languages with their own separators, and word units with plurals', () => {
    expect(formatValue(2.5, undefined, 'de')).toBe(intl(2.5, 'de'));
    expect(formatValue(2.5, undefined, 'de')).toBe('2,5');
    expect(formatValue(12345.5, undefined, 'en')).toBe('12,345.5');
    expect(formatValue(1, { type: 'integer', default: 1, unit: 'days', stricter: 'lower' })).toBe('1\u00a0day');
    expect(formatValue(5, { type: 'integer', default: 1, unit: 'days', stricter: 'lower' }, 'fr')).toBe('5\u00a0jours');
  });
});
