import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { readCsv } from './rfc4180.js';

/** Any cell text comes back from an RFC 4180 reader as itself; text a spreadsheet would run as a formula gains a leading apostrophe. */
const CSV_CHARS = [...',"\r\n\t =+-@\';|a1 ', 'é', '😀', 'ж', '\u2028', '\u00a0'];
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV rendering of arbitrary text', () => {
  it('round-trips every cell, keeps every row and column, and defuses formulas', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const square = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const back = readCsv(renderCsv(square));
        expect(back).toEqual(square.map((r) => r.map((c) => (FORMULA_START.test(c) ? `'${c}` : c))));
        for (const row of back) for (const c of row) expect(c).not.toMatch(FORMULA_START);
      }),
      { numRuns: 2000 },
    );
  });

  it('ends every record, the last one too, with CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        expect(renderCsv(rows).endsWith('\r\n')).toBe(true);
      }),
    );
  });
});
