import type { Cell, ListValidation, Row, Sheet, Workbook } from '../../render/xlsx/workbook-model.js';
import type { EvaluationMethod } from './method.js';
import { scoredItems } from './method.js';
import { CONSENSUS, EVALUATOR_CELLS, WORDS } from './words.js';

export interface ScoreWorkbookInput {
  method: EvaluationMethod;
  evaluator: string;
  evaluationId: string;
  fingerprint: string;
  specTitle: string;
  /** bidder id and declared tenderer name, in bidder order */
  tenders: ReadonlyArray<{ bidder: string; name: string | null }>;
  date: Date;
  authority: string;
}

/**
 * One evaluator's score workbook (or the consensus workbook): a row per tender and scored item with the points
 * (whole, within the scale), the justification and the descriptors beside them; the evaluator's declaration of no
 * conflict of interest to sign. Every cell to fill is unlocked and validated; the rest is locked.
 */
export function scoreWorkbook(input: ScoreWorkbookInput): Workbook {
  const items = scoredItems(input.method);
  const header: Row = { cells: WORDS.header.map((h) => ({ value: h, style: 'header' as const })) };
  const rows: Row[] = [];
  const validations: ListValidation[] = [];
  for (const t of input.tenders)
    for (const item of items) {
      const r = rows.length + 2;
      const descriptors = item.descriptors.map((d) => `${d.points}: ${d.text}`).join('\n');
      const cells: Cell[] = [
        { value: t.bidder, style: 'text' },
        { value: t.name ?? '', style: 'text' },
        { value: item.criterion, style: 'text' },
        { value: item.sub ?? '', style: 'text' },
        { value: item.title, style: 'text' },
        { value: `0-${item.max}`, style: 'text' },
        { value: null, style: 'inputNumber' },
        { value: null, style: 'input' },
        { value: descriptors, style: 'text' },
      ];
      rows.push({ cells, height: Math.min(409, 15 * Math.max(2, Math.ceil(descriptors.length / 70))) });
      validations.push({
        kind: 'whole',
        column: 6,
        fromRow: r,
        toRow: r,
        min: 0,
        max: item.max,
        values: [],
        promptTitle: WORDS.header[6],
        prompt: WORDS.pointsPrompt,
        errorTitle: WORDS.header[6],
        error: WORDS.pointsError,
      });
    }
  if (rows.length > 0)
    validations.push({
      kind: 'textLength',
      column: 7,
      fromRow: 2,
      toRow: rows.length + 1,
      min: 1,
      values: [],
      promptTitle: WORDS.header[7],
      prompt: WORDS.justificationPrompt,
      errorTitle: WORDS.header[7],
      error: WORDS.justificationError,
    });
  const scores: Sheet = {
    name: WORDS.scoresSheet,
    columns: [14, 24, 12, 14, 28, 7, 8, 50, 70],
    rows: [header, ...rows],
    freezeRows: 1,
    autoFilter: true,
    validations,
    protect: true,
    landscape: true,
    activeCell: 'G2',
  };
  const line = (label: string, value: string | null, style: Cell['style'] = 'text'): Row => ({
    cells: [
      { value: label, style: 'text' },
      { value, style },
    ],
  });
  const consensus = input.evaluator === CONSENSUS;
  const evaluator: Sheet = {
    name: WORDS.evaluatorSheet,
    columns: [34, 90],
    rows: [
      {
        cells: [
          { value: consensus ? WORDS.consensusTitle : WORDS.workbookTitle, style: 'header' },
          { value: input.specTitle, style: 'header' },
        ],
      },
      line(WORDS.evaluator, input.evaluator),
      line(WORDS.spec, input.method.spec),
      line(WORDS.evaluation, input.evaluationId),
      line(WORDS.fingerprint, input.fingerprint),
      {
        cells: [
          { value: WORDS.declarationLabel, style: 'text' },
          { value: WORDS.declaration, style: 'text' },
        ],
        height: 92,
      },
      line(WORDS.signed, null, 'input'),
      line(WORDS.date, null, 'inputDate'),
    ],
    freezeRows: 0,
    autoFilter: false,
    validations: [
      {
        kind: 'textLength',
        column: 1,
        fromRow: 7,
        toRow: 7,
        min: 1,
        values: [],
        promptTitle: WORDS.signed,
        prompt: WORDS.signPrompt,
        errorTitle: WORDS.signed,
        error: WORDS.signPrompt,
      },
      {
        kind: 'date',
        column: 1,
        fromRow: 8,
        toRow: 8,
        min: 1,
        values: [],
        promptTitle: WORDS.date,
        prompt: WORDS.datePrompt,
        errorTitle: WORDS.date,
        error: WORDS.datePrompt,
      },
    ],
    protect: true,
    landscape: false,
    activeCell: EVALUATOR_CELLS.signed,
  };
  return {
    sheets: [scores, evaluator],
    properties: {
      title: `${consensus ? WORDS.consensusTitle : WORDS.workbookTitle}: ${input.evaluator}`,
      subject: input.specTitle,
      creator: input.authority,
      keywords: [input.method.spec, input.evaluationId],
      description: `${WORDS.evaluation} ${input.evaluationId} of ${input.method.spec}`,
      language: 'en',
      company: input.authority,
      date: input.date,
    },
  };
}
