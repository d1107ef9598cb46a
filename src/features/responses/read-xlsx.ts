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
import { excelUnescape } from '../../render/xlsx/xml-text.js';
import { scanWorksheet, type ReadSheet } from './scan-worksheet.js';

/** A workbook's cells as text, by sheet name: what a response check needs, read from untrusted bytes. */
export interface ReadWorkbook {
  sheets: Map<string, ReadSheet>;
}

export type { ReadCell, ReadSheet } from './scan-worksheet.js';

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
  const decoded = (name: string): { text: string } | undefined | string => {
    const data = zip.entries.get(name);
    if (!data) return undefined;
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
    } catch {
      return `${name} is not UTF-8`;
    }
  };
  const part = (name: string): XmlElement | undefined | string => {
    const read = decoded(name);
    if (read === undefined || typeof read === 'string') return read;
    const xml = parseXmlSafely(read.text);
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
    // a worksheet is scanned rather than parsed into a tree: a results workbook has tens of thousands of rows
    const partName = normalise(target);
    const sheet = decoded(partName);
    if (typeof sheet === 'string') return { ok: false, message: sheet };
    if (!sheet) return { ok: false, message: `the sheet "${name}" has no part ${target}` };
    const scanned = scanWorksheet(sheet.text, strings);
    if (typeof scanned === 'string') return { ok: false, message: `${partName}: ${scanned}` };
    sheets.set(name, scanned);
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
