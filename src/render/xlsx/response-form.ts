import type { DocumentProperties } from '../../document/tender-document.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Labels } from '../../load/frame/labels.js';
import { frameOf, type Wording } from '../../document/i18n/frame-of.js';
import { fillIn } from '../../lib/text/fill-in.js';
import { authorityRows, formWords, RESPONSE_COLUMN, type FormWords } from './response-rows.js';
import type { Cell, Row, Sheet, Workbook } from './workbook-model.js';

export interface ResponseFormInput {
  resolved: ResolvedSpec;
  /** the words of the spec's languages: labels, translations, domain titles */
  wording: Wording;
  properties: DocumentProperties;
  date: Date;
}

/** The form words of a spec's language (its `language`, or the one a further-language view gives it). */
export function formWordsOf(resolved: ResolvedSpec, wording: Wording): FormWords {
  const frame = frameOf(wording, resolved.spec);
  return formWords(frame.language, frame.labels);
}

/** Per column: the narrowest and widest it may get, in characters; between them it fits its longest line. */
const WIDTH_LIMITS: ReadonlyArray<readonly [number, number]> = [
  [8, 16],
  [12, 26],
  [20, 40],
  [12, 14],
  [40, 70],
  [14, 28],
  [18, 18],
  [20, 24],
  [30, 40],
];

/** The compliance matrix as a bidder's response form: a locked sheet with three open columns, and the award criteria. */
export function responseForm(input: ResponseFormInput): Workbook {
  const { resolved, wording, properties } = input;
  const words = formWordsOf(resolved, wording);
  const { form } = words.labels;
  const rows = authorityRows(resolved, wording);
  const header: Row = { cells: words.header.map((h) => ({ value: h, style: 'header' as const })) };
  const bidderColumns = words.header.length - RESPONSE_COLUMN;
  const body: Row[] = rows.map((r) => ({
    cells: [
      ...r.cells.map((v): Cell => ({ value: v, style: 'text' })),
      ...Array.from({ length: bidderColumns }, (): Cell => ({ value: null, style: 'input' })),
    ],
  }));
  const all = [header, ...body];
  const responses: Sheet = {
    name: words.responsesSheet,
    columns: fitWidths(all, WIDTH_LIMITS),
    rows: all,
    freezeRows: 1,
    autoFilter: true,
    validations:
      body.length > 0
        ? [
            {
              column: RESPONSE_COLUMN,
              fromRow: 2,
              toRow: body.length + 1,
              values: [...words.responses],
              promptTitle: form.promptTitle,
              prompt: form.prompt,
              errorTitle: form.errorTitle,
              error: form.error,
            },
          ]
        : [],
    protect: true,
    landscape: true,
    activeCell: `${String.fromCharCode(65 + RESPONSE_COLUMN)}2`,
  };
  return {
    sheets: [responses, awardSheet(resolved, words.labels)],
    properties: {
      title: properties.title,
      subject: properties.subject,
      creator: properties.creator,
      keywords: [...properties.keywords, form.keyword],
      description: fillIn(form.description, { spec: resolved.spec.id }),
      language: properties.language,
      company: resolved.spec.authority?.name ?? '',
      date: input.date,
    },
  };
}

export function awardSheet(resolved: ResolvedSpec, labels: Labels): Sheet {
  const words = labels.form.award;
  const header: Row = {
    cells: [words.id, words.criterion, words.type, words.weight, words.requirements, words.description].map((h) => ({
      value: h,
      style: 'header' as const,
    })),
  };
  const criteria = resolved.spec.award;
  const rows: Row[] = criteria.map((c) => ({
    cells: [
      { value: c.id, style: 'text' },
      { value: c.title, style: 'text' },
      { value: c.type ?? '', style: 'text' },
      { value: c.weight, style: 'number' },
      { value: c.requirements.join(', '), style: 'text' },
      { value: c.description ?? '', style: 'text' },
    ],
  }));
  const total: Row[] =
    criteria.length > 0
      ? [
          {
            cells: [
              { value: '', style: 'total' },
              { value: words.total, style: 'total' },
              { value: '', style: 'total' },
              { value: criteria.reduce((sum, c) => sum + c.weight, 0), style: 'total' },
              { value: '', style: 'total' },
              { value: '', style: 'total' },
            ],
          },
        ]
      : [
          {
            cells: [
              { value: '', style: 'text' },
              { value: words.none, style: 'text' },
            ],
          },
        ];
  const all = [header, ...rows, ...total];
  return {
    name: labels.form.awardSheet,
    columns: fitWidths(all, [
      [8, 16],
      [20, 40],
      [8, 10],
      [11, 11],
      [22, 40],
      [30, 60],
    ]),
    rows: all,
    freezeRows: 1,
    autoFilter: false,
    validations: [],
    protect: true,
    landscape: true,
    activeCell: 'A2',
  };
}

function fitWidths(rows: readonly Row[], limits: ReadonlyArray<readonly [number, number]>): number[] {
  return limits.map(([min, max], i) => {
    const longest = Math.max(0, ...rows.map((r) => longestLine(r.cells[i]?.value ?? null)));
    return Math.min(max, Math.max(min, longest + 2));
  });
}

function longestLine(value: Cell['value']): number {
  if (value === null) return 0;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((l) => l.length),
  );
}
