import { readFile, stat } from 'node:fs/promises';
import {
  childElements,
  descendants,
  firstChild,
  parseXmlSafely,
  textContent,
  type XmlElement,
  xmlProblem,
} from '../../lib/xml/safe-xml.js';
import { listEntries, readZipSafely } from '../../lib/zip/zip-read.js';
import { columnIndex, columnLetter, excelUnescape } from '../../render/xlsx/xml-text.js';

/** A workbook's cells as text, by sheet name: what a response check needs, read from untrusted bytes. */
export interface ReadWorkbook {
  sheets: Map<string, ReadSheet>;
}

export interface ReadSheet {
  /** row number (1-based) -> column index (0-based) -> cell */
  rows: Map<number, Map<number, ReadCell>>;
  protected: boolean;
}

export interface ReadCell {
  ref: string;
  text: string;
  formula: boolean;
}

export const MAX_XLSX_BYTES = 32 * 1024 * 1024;
const LIMITS = { entries: 2_000, entryBytes: 64 * 1024 * 1024, totalBytes: 160 * 1024 * 1024 };

export type ReadResult = { ok: true; workbook: ReadWorkbook } | { ok: false; message: string };

export async function readXlsxFile(file: string): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: 'this is not a file' };
    if (info.size > MAX_XLSX_BYTES)
      return { ok: false, message: `the file has ${info.size} bytes, more than the limit of ${MAX_XLSX_BYTES}` };
  } catch {
    return { ok: false, message: 'the file does not exist' };
  }
  return readXlsx(new Uint8Array(await readFile(file)));
}

/** Reads sheet names, shared strings and cell values; refuses zip bombs, entity tricks and damaged parts. */
export function readXlsx(bytes: Uint8Array): ReadResult {
  const listed = listEntries(bytes, LIMITS);
  if (!listed.ok) return { ok: false, message: `${listed.message}; an .xlsx file is a zip archive` };
  const zip = readZipSafely(
    bytes,
    (name) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/i.test(name),
    LIMITS,
  );
  if (!zip.ok) return zip;
  const part = (name: string): XmlElement | undefined | string => {
    const data = zip.entries.get(name);
    if (!data) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return `${name} is not UTF-8`;
    }
    const xml = parseXmlSafely(text);
    return xml.ok ? xml.root : `${name}: ${xmlProblem(xml)}`;
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (typeof workbook === 'string') return { ok: false, message: workbook };
  if (typeof rels === 'string') return { ok: false, message: rels };
  if (!workbook || !rels) return { ok: false, message: 'the file has no workbook part: it is not an .xlsx workbook' };
  const shared = part('xl/sharedStrings.xml');
  if (typeof shared === 'string') return { ok: false, message: shared };
  const strings = shared ? childElements(shared, 'si').map(sharedString) : [];

  const targets = new Map<string, string>();
  for (const rel of childElements(rels, 'Relationship')) {
    const id = rel.attributes['Id'];
    const target = rel.attributes['Target'];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, ReadSheet>();
  for (const s of descendants(workbook, 'sheet')) {
    const name = s.attributes['name'];
    const relId = Object.entries(s.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    const target = relId ? targets.get(relId) : undefined;
    if (!name || !target) continue;
    const sheet = part(normalise(target));
    if (typeof sheet === 'string') return { ok: false, message: sheet };
    if (!sheet) return { ok: false, message: `the sheet "${name}" has no part ${target}` };
    sheets.set(name, readSheet(sheet, strings));
  }
  return { ok: true, workbook: { sheets } };
}

function normalise(target: string): string {
  const parts: string[] = [];
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** A shared string: its text, or its rich-text runs joined; phonetic guides are left out. */
function sharedString(si: XmlElement): string {
  const direct = firstChild(si, 't');
  if (direct) return excelUnescape(textContent(direct));
  return excelUnescape(
    childElements(si, 'r')
      .map((r) => childElements(r, 't').map(textContent).join(''))
      .join(''),
  );
}

function readSheet(sheet: XmlElement, strings: readonly string[]): ReadSheet {
  const rows = new Map<number, Map<number, ReadCell>>();
  const data = firstChild(sheet, 'sheetData');
  let rowCursor = 0;
  for (const row of data ? childElements(data, 'row') : []) {
    rowCursor = Number(row.attributes['r']) || rowCursor + 1;
    const cells = new Map<number, ReadCell>();
    let columnCursor = -1;
    for (const c of childElements(row, 'c')) {
      const ref = c.attributes['r'];
      columnCursor = ref ? columnIndex(ref) : columnCursor + 1;
      const text = cellText(c, strings);
      const formula = firstChild(c, 'f') !== undefined;
      if (text !== '' || formula)
        cells.set(columnCursor, { ref: ref ?? `${columnLetter(columnCursor)}${rowCursor}`, text, formula });
    }
    if (cells.size) rows.set(rowCursor, cells);
  }
  return {
    rows,
    protected: childElements(sheet, 'sheetProtection').some(
      (p) => p.attributes['sheet'] === '1' || p.attributes['sheet'] === 'true',
    ),
  };
}

function cellText(c: XmlElement, strings: readonly string[]): string {
  const type = c.attributes['t'];
  const v = firstChild(c, 'v');
  const value = v ? textContent(v) : '';
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr': {
      const is = firstChild(c, 'is');
      return is ? sharedString(is) : '';
    }
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    default:
      return excelUnescape(value);
  }
}
