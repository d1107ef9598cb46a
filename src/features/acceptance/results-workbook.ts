import type { DocumentFrame } from '../../document/i18n/document-frame.js';
import type { AcceptanceLabels } from '../../load/frame/acceptance-labels.js';
import { fillIn } from '../../lib/text/fill-in.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Cell, Row, Workbook } from '../../render/xlsx/workbook-model.js';
import type { TestPlan } from './test-plan.js';

/** Columns of the results sheet; the first six are locked and name the case, the rest are the witness's to fill. */
export const RESULT_COLUMNS = {
  case: 0,
  requirement: 1,
  phase: 2,
  obligation: 3,
  title: 4,
  method: 5,
  result: 6,
  date: 7,
  witness: 8,
  evidence: 9,
  concession: 10,
  note: 11,
} as const;

const FILLED = ['result', 'date', 'witness', 'evidence', 'concession', 'note'] as const;

export function resultsHeader(words: AcceptanceLabels['workbook']): string[] {
  const c = words.columns;
  return [
    c.case,
    c.requirement,
    c.phase,
    c.obligation,
    c.title,
    c.method,
    c.result,
    c.date,
    c.witness,
    c.evidence,
    c.concession,
    c.note,
  ];
}

/** The words a result may be written in: the workbook's own, in the order pass, fail, not run, concession. */
export function resultWords(words: AcceptanceLabels['workbook']): string[] {
  return [words.results.pass, words.results.fail, words.results.notRun, words.results.concession];
}

/**
 * The results workbook of a plan: one row per test case, its ids and the requirement's title in locked cells, the
 * result (a list), date, witness, evidence reference, concession reference and note open to fill.
 */
export function resultsWorkbook(
  resolved: ResolvedSpec,
  plan: TestPlan,
  frame: DocumentFrame,
  titles: ReadonlyMap<string, string>,
  date: Date,
): Workbook {
  const labels = frame.labels;
  const words = labels.acceptance.workbook;
  const codes = labels.acceptance.phaseCodes;
  const obligations = new Map(plan.requirements.map((r) => [r.id, r.obligation]));
  const header: Row = { cells: resultsHeader(words).map((h) => ({ value: h, style: 'header' as const })) };
  const body: Row[] = plan.cases.map((tc) => ({
    cells: [
      ...[
        tc.id,
        tc.requirement,
        codes[tc.phase],
        labels.obligation[obligations.get(tc.requirement)!],
        titles.get(tc.requirement) ?? '',
        tc.methods.map((m) => labels.verification[m]).join(', '),
      ].map((value): Cell => ({ value, style: 'text' })),
      ...FILLED.map((): Cell => ({ value: null, style: 'input' })),
    ],
    height: 30,
  }));
  const { spec } = resolved;
  return {
    sheets: [
      {
        name: words.sheet,
        columns: [24, 13, 7, 12, 44, 18, 13, 14, 18, 22, 20, 30],
        rows: [header, ...body],
        freezeRows: 1,
        autoFilter: true,
        validations:
          body.length > 0
            ? [
                {
                  column: RESULT_COLUMNS.result,
                  fromRow: 2,
                  toRow: body.length + 1,
                  values: resultWords(words),
                  promptTitle: words.promptTitle,
                  prompt: words.prompt,
                  errorTitle: words.errorTitle,
                  error: words.error,
                },
              ]
            : [],
        protect: true,
        landscape: true,
        activeCell: 'G2',
      },
    ],
    properties: {
      title: `${labels.acceptance.plan.title} \u2013 ${spec.procurement?.title ?? spec.title}`,
      subject: spec.title,
      creator: spec.authority?.name ?? 'tenderkit',
      keywords: [spec.id, 'acceptance'],
      description: fillIn(labels.acceptance.plan.description, { spec: spec.id }),
      language: frame.language,
      company: spec.authority?.name ?? '',
      date,
    },
  };
}
