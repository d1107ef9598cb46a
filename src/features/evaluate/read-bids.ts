import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { diagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import { sha256 } from '../../lib/hash/sha256.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { COVER_CELLS, PRICE_VALUE_COLUMN } from '../../render/xlsx/tender-sheets.js';
import { checkResponses } from '../responses/check-responses.js';
import { formLanguage } from '../responses/form-language.js';
import { MAX_XLSX_BYTES, readXlsx } from '../responses/read-xlsx.js';
import { cellAt, readDate, readNumber } from './cells.js';
import type { EvaluationMethod } from './method.js';
import type { TenderInput } from './model.js';

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;

/** The spreadsheet files of a folder, by the id they name (file name without extension), sorted; each listed once. */
export async function spreadsheetsIn(
  dir: string,
  display: string,
  what: string,
): Promise<{ files: Array<{ id: string; file: string; display: string }>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => SPREADSHEET.test(n) && !n.startsWith('~$') && !n.startsWith('.'));
  } catch {
    return { files: [], diagnostics: [diagnostic('error', 'evaluate', `cannot read the folder of ${what}`, display)] };
  }
  names.sort();
  const byId = new Map<string, string>();
  const files: Array<{ id: string; file: string; display: string }> = [];
  for (const name of names) {
    const id = name.replace(SPREADSHEET, '');
    const key = id.toLowerCase();
    const first = byId.get(key);
    const shown = path.posix.join(display, name);
    if (first) {
      diagnostics.push(
        diagnostic(
          'error',
          'evaluate',
          `two files for one ${what === 'tenders' ? 'bidder' : 'evaluator'} "${id}": ${first} and ${name}; keep one`,
          shown,
        ),
      );
      continue;
    }
    byId.set(key, name);
    files.push({ id, file: path.join(dir, name), display: shown });
  }
  return { files, diagnostics };
}

/**
 * Each returned response form of a folder as a tender: its bytes' hash, the tenderer on its cover, the response
 * check (a mandatory requirement not met or an altered form makes it inadmissible, with the reason and the cell),
 * and its price sheet. A form of another spec, or two forms of one tenderer, are input errors.
 */
export async function readBids(
  dir: string,
  display: string,
  resolved: ResolvedSpec,
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'i18n'>,
  method: EvaluationMethod,
): Promise<{ tenders: TenderInput[]; diagnostics: Diagnostic[] }> {
  const listed = await spreadsheetsIn(dir, display, 'tenders');
  const diagnostics = [...listed.diagnostics];
  const tenders: TenderInput[] = [];
  if (listed.files.length === 0 && diagnostics.length === 0)
    diagnostics.push(diagnostic('error', 'evaluate', 'the folder holds no response form (.xlsx)', display));
  for (const f of listed.files) {
    const bytes = new Uint8Array(await readFile(f.file));
    const fail = (message: string) => diagnostics.push(diagnostic('error', 'evaluate', message, f.display));
    if (bytes.length > MAX_XLSX_BYTES) {
      fail(`the file has ${bytes.length} bytes, more than the limit of ${MAX_XLSX_BYTES}`);
      continue;
    }
    const read = readXlsx(bytes);
    if (!read.ok) {
      fail(`cannot read the response form: ${read.message}`);
      continue;
    }
    const report = checkResponses(read.workbook, resolved, workspace, f.display);
    const other = report.alterations.find((a) => a.kind === 'other-spec');
    if (other) {
      fail(`${other.sheet}!${other.cell}: ${other.message}`);
      continue;
    }
    const { words } = formLanguage(read.workbook, resolved, workspace);
    const sheetWords = words.labels.tenderForm;
    const cover = read.workbook.sheets.get(sheetWords.coverSheet);
    const reasons: string[] = [];
    for (const a of report.alterations.slice(0, 3))
      reasons.push(`the form was altered: ${a.message}${a.cell ? ` (${a.sheet}!${a.cell})` : ''}`);
    if (report.alterations.length > 3)
      reasons.push(`the form was altered in ${report.alterations.length - 3} more places`);
    for (const a of report.mandatoryNotMet) reasons.push(`mandatory ${a.id} is answered "${a.response}" (${a.cell})`);
    for (const m of report.missing.filter((x) => x.obligation === 'mandatory'))
      reasons.push(`mandatory ${m.id} is not answered`);
    for (const i of report.invalid.filter(
      (x) => resolved.requirements.find((r) => r.id === x.id)?.obligation === 'mandatory',
    ))
      reasons.push(`mandatory ${i.id} has no valid answer: "${i.value}" (${words.responsesSheet}!${i.cell})`);
    const values = priceValues(read.workbook.sheets.get(sheetWords.priceSheet), sheetWords.priceSheet, method, reasons);
    const name = cellAt(cover, COVER_CELLS.tenderer) || null;
    tenders.push({
      bidder: f.id,
      file: f.display,
      sha256: sha256(bytes),
      name,
      signatory: cellAt(cover, COVER_CELLS.signatory) || null,
      date: readDate(cellAt(cover, COVER_CELLS.date)),
      reasons,
      values,
    });
  }
  const byName = new Map<string, string>();
  for (const t of tenders) {
    if (!t.name) continue;
    const key = t.name.toLocaleLowerCase().replace(/\s+/g, ' ');
    const first = byName.get(key);
    if (first)
      diagnostics.push(
        diagnostic(
          'error',
          'evaluate',
          `${first} and this form both declare the tenderer "${t.name}" (Cover!${COVER_CELLS.tenderer}): two files for one bidder`,
          t.file,
        ),
      );
    else byName.set(key, t.file);
  }
  return { tenders, diagnostics };
}

/** The price sheet's values by line id; a missing or unreadable value makes the tender inadmissible. */
function priceValues(
  sheet: ReturnType<Map<string, import('../responses/read-xlsx.js').ReadSheet>['get']>,
  sheetName: string,
  method: EvaluationMethod,
  reasons: string[],
): Map<string, number> | undefined {
  const lines = method.price?.lcc?.lines.map((l) => l.id) ?? ['total'];
  if (!sheet) {
    reasons.push(`the form has no price sheet "${sheetName}"`);
    return undefined;
  }
  const values = new Map<string, number>();
  let complete = true;
  lines.forEach((id, i) => {
    const row = i + 2;
    const ref = `${String.fromCharCode(65 + PRICE_VALUE_COLUMN)}${row}`;
    const at = cellAt(sheet, `A${row}`);
    if (at !== id) {
      reasons.push(`the price sheet was altered: ${sheetName}!A${row} holds "${at}", not the line ${id}`);
      complete = false;
      return;
    }
    const text = cellAt(sheet, ref);
    const n = readNumber(text);
    if (text === '') {
      reasons.push(`no price for ${id} (${sheetName}!${ref})`);
      complete = false;
    } else if (n === undefined || n < 0) {
      reasons.push(`the price for ${id} is not a number of zero or more: "${text}" (${sheetName}!${ref})`);
      complete = false;
    } else values.set(id, n);
  });
  return complete ? values : undefined;
}
