import { diagnostic, fileDiagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { AcceptanceLabels } from '../../load/frame/acceptance-labels.js';
import { columnLetter } from '../../render/xlsx/xml-text.js';
import type { ReadWorkbook } from '../responses/read-xlsx.js';
import type { RecordedResult, ResultValue } from './recorded-result.js';
import { RESULT_COLUMNS, resultsHeader, resultWords } from './results-workbook.js';
import type { TestPlan } from './test-plan.js';

const VALUES: readonly ResultValue[] = ['pass', 'fail', 'not-run', 'concession'];

/**
 * The results recorded in a results workbook of the plan, in any language tenderkit writes it in (told by its sheet
 * name). A row names its case in column A; a case or result the plan does not know, a concession without its
 * reference or a date that is not one is an error at its cell (line = row, column = column).
 */
export function readResultsWorkbook(
  workbook: ReadWorkbook,
  file: string,
  plan: TestPlan,
  languages: ReadonlyArray<AcceptanceLabels['workbook']>,
): { results: RecordedResult[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found = languages.find((w) => workbook.sheets.has(w.sheet));
  if (!found) {
    const names = [...new Set(languages.map((w) => `"${w.sheet}"`))].join(', ');
    return {
      results: [],
      diagnostics: [
        fileDiagnostic(
          'acceptance-results',
          `the workbook has no results sheet (${names}); it has ${[...workbook.sheets.keys()].join(', ') || 'none'}: is it the test-results.xlsx of an acceptance plan?`,
          file,
        ),
      ],
    };
  }
  const sheet = workbook.sheets.get(found.sheet)!;
  const at = (row: number, column: number) => ({ line: row, column: column + 1 });
  const ref = (row: number, column: number) => `${columnLetter(column)}${row}`;
  const problem = (row: number, column: number, message: string) =>
    diagnostics.push(
      diagnostic(
        'error',
        'acceptance-results',
        `${found.sheet}!${ref(row, column)}: ${message}`,
        file,
        at(row, column),
      ),
    );
  const header = resultsHeader(found);
  const firstRow = sheet.rows.get(1);
  if (
    firstRow?.get(0)?.text !== header[0] ||
    firstRow?.get(RESULT_COLUMNS.result)?.text !== header[RESULT_COLUMNS.result]
  )
    problem(
      1,
      0,
      `the header row is not that of a results workbook (expected "${header[0]}" in A1 and "${header[RESULT_COLUMNS.result]}" in ${ref(1, RESULT_COLUMNS.result)})`,
    );
  const cases = new Map(plan.cases.map((c) => [c.id, c]));
  const words = resultWords(found);
  const seen = new Map<string, number>();
  const results: RecordedResult[] = [];
  for (const [row, cells] of [...sheet.rows].sort((a, b) => a[0] - b[0])) {
    if (row === 1) continue;
    const text = (column: number) => cells.get(column)?.text.trim() ?? '';
    const id = text(RESULT_COLUMNS.case);
    const value = text(RESULT_COLUMNS.result);
    if (id === '') {
      if (value !== '') problem(row, RESULT_COLUMNS.case, 'a result without its test case id in column A');
      continue;
    }
    const planned = cases.get(id);
    if (!planned) {
      problem(row, RESULT_COLUMNS.case, `${id} is not a test case of the plan of ${plan.spec}`);
      continue;
    }
    const requirement = text(RESULT_COLUMNS.requirement);
    if (requirement !== planned.requirement)
      problem(
        row,
        RESULT_COLUMNS.requirement,
        `${id} verifies ${planned.requirement}, but the row names ${requirement === '' ? 'no requirement' : requirement}`,
      );
    const before = seen.get(id);
    if (before !== undefined) {
      problem(row, RESULT_COLUMNS.case, `${id} has a second row (the first is row ${before})`);
      continue;
    }
    seen.set(id, row);
    if (value === '') continue;
    const result = resultValue(value, words);
    if (!result) {
      problem(row, RESULT_COLUMNS.result, `"${value}" is not a result: write one of ${words.join(', ')}`);
      continue;
    }
    const date = dateValue(text(RESULT_COLUMNS.date));
    if (date === null) {
      problem(row, RESULT_COLUMNS.date, `"${text(RESULT_COLUMNS.date)}" is not a date: write it as YYYY-MM-DD`);
      continue;
    }
    const concession = text(RESULT_COLUMNS.concession);
    if (result === 'concession' && concession === '') {
      problem(row, RESULT_COLUMNS.concession, `${id} is a concession without the concession's reference`);
      continue;
    }
    const evidence = text(RESULT_COLUMNS.evidence);
    const witness = text(RESULT_COLUMNS.witness);
    const note = text(RESULT_COLUMNS.note);
    results.push({
      case: id,
      requirement: planned.requirement,
      phase: planned.phase,
      result,
      ...(date !== undefined ? { date } : {}),
      ...(witness ? { witness } : {}),
      evidence: evidence ? [evidence] : [],
      ...(result === 'concession' ? { concession } : {}),
      ...(note ? { note } : {}),
      file,
      source: `${file}!${ref(row, RESULT_COLUMNS.result)}`,
    });
  }
  return { results, diagnostics };
}

function resultValue(value: string, words: readonly string[]): ResultValue | undefined {
  const v = value.toLocaleLowerCase().replace(/\s+/g, ' ');
  const i = words.findIndex((w) => w.toLocaleLowerCase() === v);
  if (i >= 0) return VALUES[i];
  return VALUES.find((r) => r === v.replace(' ', '-'));
}

/** YYYY-MM-DD (text) or an Excel date serial; undefined when empty, null when it is no date. */
export function dateValue(text: string): string | undefined | null {
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    // Excel's day 25569 is 1970-01-01 (its calendar counts a 29 February 1900 that never was)
    if (serial < 1 || serial > 2958465) return null;
    return new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return text;
}
