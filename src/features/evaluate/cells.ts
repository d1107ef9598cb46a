import type { ReadSheet } from '../responses/read-xlsx.js';

/** The text of a cell of a read sheet by its reference ("B5"), trimmed; empty when absent. */
export function cellAt(sheet: ReadSheet | undefined, ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!sheet || !m) return '';
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return (
    sheet.rows
      .get(Number(m[2]))
      ?.get(column - 1)
      ?.text.trim() ?? ''
  );
}

/** A number as a person or a spreadsheet wrote it ("1234.5", "1 234,50"); undefined when it is none. */
export function readNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return undefined;
  const normalised = /^-?\d+(,\d+)$/.test(t) ? t.replace(',', '.') : t;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return undefined;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

/** A date cell as ISO YYYY-MM-DD: an Excel serial day number, or a text that already is one; null otherwise. */
export function readDate(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  const n = readNumber(text);
  if (n === undefined || n < 1) return null;
  // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that did not exist
  const ms = Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
