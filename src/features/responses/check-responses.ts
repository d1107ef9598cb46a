import { wordingOf } from '../../document/i18n/frame-of.js';
import { awardSheet } from '../../render/xlsx/response-form.js';
import {
  authorityRows,
  RESPONSE_COLUMN,
  RESPONSES,
  type FormWords,
  type ResponseValue,
} from '../../render/xlsx/response-rows.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { formLanguage } from './form-language.js';
import { cellText } from '../../render/xlsx/write-workbook.js';
import { columnLetter } from '../../render/xlsx/xml-text.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { ReadSheet, ReadWorkbook } from './read-xlsx.js';

export interface Answer {
  id: string;
  title: string;
  obligation: string;
  response: string;
  offerReference: string;
  comment: string;
}

export interface Alteration {
  kind:
    | 'sheet-missing'
    | 'header'
    | 'changed'
    | 'added'
    | 'removed'
    | 'duplicated'
    | 'reordered'
    | 'extra-cell'
    | 'formula';
  sheet: string;
  cell?: string;
  id?: string;
  expected?: string;
  found?: string;
  message: string;
}

/** The shape of `tenderkit responses --format json`. */
export interface ResponsesReport {
  file: string;
  spec: string;
  /** no locked cell differs from the spec, no row was added, removed or moved */
  intact: boolean;
  /** every requirement has a valid answer */
  complete: boolean;
  /** complete, and every mandatory requirement is answered Comply */
  compliant: boolean;
  protected: boolean;
  summary: {
    requirements: number;
    answered: number;
    missing: number;
    comply: number;
    partiallyComply: number;
    doNotComply: number;
    invalid: number;
  };
  mandatoryNotMet: Answer[];
  otherNotMet: Answer[];
  missing: Array<{ id: string; obligation: string }>;
  invalid: Array<{ id: string; cell: string; value: string }>;
  alterations: Alteration[];
}

const BIDDER = { response: RESPONSE_COLUMN, reference: RESPONSE_COLUMN + 1, comment: RESPONSE_COLUMN + 2 };

/**
 * Compares a returned response form with the form the spec produces today: every locked cell, the order and
 * number of rows, and reads the bidder's three columns. Rows are matched by id, so answers are attributed
 * correctly even in a form whose rows were moved.
 */
export function checkResponses(
  workbook: ReadWorkbook,
  resolved: ResolvedSpec,
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'i18n'>,
  file: string,
  /** receives every row's answer, the canonical response in place of the bidder's words when it is valid */
  answers?: Answer[],
): ResponsesReport {
  // a form in any language tenderkit writes: compared with the form of the spec in that language
  const { view, words } = formLanguage(workbook, resolved, workspace);
  const expected = authorityRows(view, wordingOf(workspace));
  const report = emptyReport(file, resolved.spec.id, expected.length);
  const { alterations } = report;
  const sheetName = words.responsesSheet;
  const sheet = workbook.sheets.get(sheetName);
  if (!sheet) {
    alterations.push({
      kind: 'sheet-missing',
      sheet: sheetName,
      message: `the workbook has no sheet "${sheetName}" (it has ${[...workbook.sheets.keys()].join(', ') || 'none'})`,
    });
    return report;
  }
  report.protected = sheet.protected;
  const form: FormSheet = { sheet, name: sheetName, header: words.header };
  alterations.push(...headerAlterations(form), ...extraCells(sheet, sheetName, words.header.length));
  const rows = indexRows(form);
  alterations.push(...rows.alterations, ...orderAlterations(form, expected, rows, resolved.spec.id));
  for (const r of expected) {
    const row = rows.rowOf.get(r.id);
    if (row === undefined) {
      alterations.push({ kind: 'removed', sheet: sheetName, id: r.id, message: `${r.id} is missing from the form` });
      continue;
    }
    alterations.push(...cellAlterations(form, r, row));
    const answer = recordAnswer(report, form, r, row, words.responses);
    answers?.push(answer);
  }
  alterations.push(...compareAward(workbook, view, words));
  report.intact = alterations.length === 0;
  report.complete = report.summary.answered === expected.length;
  report.compliant = report.complete && report.mandatoryNotMet.length === 0;
  return report;
}

/** The responses sheet of a returned form, with its name and header in the form's language. */
interface FormSheet {
  sheet: ReadSheet;
  name: string;
  header: readonly string[];
}

type AuthorityRow = ReturnType<typeof authorityRows>[number];

function emptyReport(file: string, spec: string, requirements: number): ResponsesReport {
  return {
    file,
    spec,
    intact: false,
    complete: false,
    compliant: false,
    protected: false,
    summary: { requirements, answered: 0, missing: 0, comply: 0, partiallyComply: 0, doNotComply: 0, invalid: 0 },
    mandatoryNotMet: [],
    otherNotMet: [],
    missing: [],
    invalid: [],
    alterations: [],
  };
}

const textAt = (form: FormSheet, row: number, col: number) => form.sheet.rows.get(row)?.get(col)?.text ?? '';

function headerAlterations(form: FormSheet): Alteration[] {
  return form.header.flatMap((h, col): Alteration[] =>
    textAt(form, 1, col) === h
      ? []
      : [
          {
            kind: 'header',
            sheet: form.name,
            cell: `${columnLetter(col)}1`,
            expected: h,
            found: textAt(form, 1, col),
            message: `the header of column ${columnLetter(col)} was changed`,
          },
        ],
  );
}

/** Where each requirement's row is, in the order found; rows with answers but no requirement, and repeated ids. */
function indexRows(form: FormSheet): { rowOf: Map<string, number>; foundOrder: string[]; alterations: Alteration[] } {
  const rowOf = new Map<string, number>();
  const foundOrder: string[] = [];
  const alterations: Alteration[] = [];
  for (const [row, cells] of [...form.sheet.rows].sort(([a], [b]) => a - b)) {
    if (row === 1) continue;
    const id = cells.get(0)?.text ?? '';
    const hasAuthorityContent = [...cells].some(([col, c]) => col < RESPONSE_COLUMN && c.text !== '');
    if (!hasAuthorityContent) {
      if (cells.size)
        alterations.push({
          kind: 'added',
          sheet: form.name,
          cell: `A${row}`,
          message: `row ${row} has answers but no requirement`,
        });
      continue;
    }
    if (rowOf.has(id)) {
      alterations.push({
        kind: 'duplicated',
        sheet: form.name,
        cell: `A${row}`,
        id,
        message: `${id} appears again in row ${row}`,
      });
      continue;
    }
    rowOf.set(id, row);
    foundOrder.push(id);
  }
  return { rowOf, foundOrder, alterations };
}

/** Rows of requirements the spec does not have, and the first requirement out of the spec's order. */
function orderAlterations(
  form: FormSheet,
  expected: readonly AuthorityRow[],
  rows: { rowOf: Map<string, number>; foundOrder: string[] },
  spec: string,
): Alteration[] {
  const { rowOf, foundOrder } = rows;
  const out: Alteration[] = [];
  const expectedIds = new Set(expected.map((r) => r.id));
  for (const id of foundOrder) {
    if (!expectedIds.has(id))
      out.push({
        kind: 'added',
        sheet: form.name,
        cell: `A${rowOf.get(id)}`,
        id,
        message: `row ${rowOf.get(id)} (${id || 'no id'}) is not a requirement of ${spec}`,
      });
  }
  const common = expected.map((r) => r.id).filter((id) => rowOf.has(id));
  const foundCommon = foundOrder.filter((id) => expectedIds.has(id));
  const firstMoved = common.findIndex((id, i) => foundCommon[i] !== id);
  if (firstMoved >= 0)
    out.push({
      kind: 'reordered',
      sheet: form.name,
      id: common[firstMoved]!,
      message: `the rows were reordered: ${common[firstMoved]} should come at position ${firstMoved + 1}`,
    });
  return out;
}

/** The authority's cells of one requirement's row that differ from the spec, or hold a formula. */
function cellAlterations(form: FormSheet, r: AuthorityRow, row: number): Alteration[] {
  const out: Alteration[] = [];
  r.cells.forEach((value, col) => {
    const c = form.sheet.rows.get(row)?.get(col);
    const want = cellText(value);
    if (c?.formula)
      out.push({
        kind: 'formula',
        sheet: form.name,
        cell: c.ref,
        id: r.id,
        message: `${c.ref} holds a formula instead of the text of ${form.header[col]}`,
      });
    else if ((c?.text ?? '') !== want)
      out.push({
        kind: 'changed',
        sheet: form.name,
        cell: `${columnLetter(col)}${row}`,
        id: r.id,
        expected: want,
        found: c?.text ?? '',
        message: `${form.header[col]} of ${r.id} was changed`,
      });
  });
  return out;
}

/** Reads the bidder's three cells of a requirement's row into the report: answered, missing or invalid. */
function recordAnswer(
  report: ResponsesReport,
  form: FormSheet,
  r: AuthorityRow,
  row: number,
  responses: readonly string[],
): Answer {
  const answer: Answer = {
    id: r.id,
    title: r.cells[2] ?? '',
    obligation: r.obligation,
    response: textAt(form, row, BIDDER.response).trim(),
    offerReference: textAt(form, row, BIDDER.reference).trim(),
    comment: textAt(form, row, BIDDER.comment).trim(),
  };
  const response = normaliseResponse(answer.response, responses);
  if (answer.response === '') {
    report.summary.missing++;
    report.missing.push({ id: r.id, obligation: r.obligation });
  } else if (!response) {
    report.summary.invalid++;
    report.invalid.push({ id: r.id, cell: `${columnLetter(BIDDER.response)}${row}`, value: answer.response });
  } else {
    report.summary.answered++;
    answer.response = response;
    if (response === 'Comply') report.summary.comply++;
    else {
      if (response === 'Partially comply') report.summary.partiallyComply++;
      else report.summary.doNotComply++;
      (r.obligation === 'mandatory' ? report.mandatoryNotMet : report.otherNotMet).push(answer);
    }
  }
  return answer;
}

/** The canonical answer of a value in the form's language (or in English, the canonical words). */
function normaliseResponse(value: string, words: readonly string[]): ResponseValue | undefined {
  const v = value.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  const i = words.findIndex((w) => w.toLocaleLowerCase() === v);
  return i >= 0 ? RESPONSES[i] : RESPONSES.find((r) => r.toLowerCase() === v);
}

function extraCells(sheet: ReadSheet, name: string, width: number): Alteration[] {
  const out: Alteration[] = [];
  for (const cells of sheet.rows.values()) {
    for (const [col, c] of cells)
      if (col >= width)
        out.push({
          kind: 'extra-cell',
          sheet: name,
          cell: c.ref,
          found: c.text,
          message: `${c.ref} lies outside the form and holds "${c.text}"`,
        });
  }
  return out;
}

/** The award criteria sheet is the authority's alone: every cell must be as the spec says. */
function compareAward(workbook: ReadWorkbook, resolved: ResolvedSpec, words: FormWords): Alteration[] {
  const AWARD_SHEET = words.awardSheet;
  const sheet = workbook.sheets.get(AWARD_SHEET);
  if (!sheet)
    return [{ kind: 'sheet-missing', sheet: AWARD_SHEET, message: `the workbook has no sheet "${AWARD_SHEET}"` }];
  const model = awardSheet(resolved, words.labels);
  const out: Alteration[] = [];
  model.rows.forEach((row, r) => {
    row.cells.forEach((c, col) => {
      const want = c.value === null ? '' : typeof c.value === 'number' ? String(c.value) : cellText(c.value);
      const found = sheet.rows.get(r + 1)?.get(col);
      if ((found?.text ?? '') !== want || found?.formula) {
        out.push({
          kind: found?.formula ? 'formula' : 'changed',
          sheet: AWARD_SHEET,
          cell: `${columnLetter(col)}${r + 1}`,
          expected: want,
          found: found?.text ?? '',
          message: `${AWARD_SHEET}!${columnLetter(col)}${r + 1} was changed`,
        });
      }
    });
  });
  for (const [row, cells] of sheet.rows) {
    for (const [col, c] of cells) {
      if (row > model.rows.length || col >= (model.rows[row - 1]?.cells.length ?? 0)) {
        out.push({
          kind: 'extra-cell',
          sheet: AWARD_SHEET,
          cell: c.ref,
          found: c.text,
          message: `${AWARD_SHEET}!${c.ref} was added`,
        });
      }
    }
  }
  return out;
}
