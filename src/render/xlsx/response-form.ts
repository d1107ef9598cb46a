import type { DocumentProperties } from '../../document/tender-document.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { WorkspaceConfig } from '../../load/config.js';
import {
  authorityRows,
  AWARD_SHEET,
  BIDDER_COLUMNS,
  HEADER,
  RESPONSE_COLUMN,
  RESPONSES,
  RESPONSES_SHEET,
} from './response-rows.js';
import type { Cell, Row, Sheet, Workbook } from './workbook-model.js';

export interface ResponseFormInput {
  resolved: ResolvedSpec;
  config: WorkspaceConfig;
  properties: DocumentProperties;
  date: Date;
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
  const { resolved, config, properties } = input;
  const rows = authorityRows(resolved, config);
  const header: Row = { cells: HEADER.map((h) => ({ value: h, style: 'header' as const })) };
  const body: Row[] = rows.map((r) => ({
    cells: [
      ...r.cells.map((v): Cell => ({ value: v, style: 'text' })),
      ...BIDDER_COLUMNS.map((): Cell => ({ value: null, style: 'input' })),
    ],
  }));
  const all = [header, ...body];
  const responses: Sheet = {
    name: RESPONSES_SHEET,
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
              values: [...RESPONSES],
              promptTitle: 'Response',
              prompt: 'Choose Comply, Partially comply or Do not comply.',
              errorTitle: 'Not a response',
              error: 'Choose one of the values in the list: Comply, Partially comply, Do not comply.',
            },
          ]
        : [],
    protect: true,
    landscape: true,
    activeCell: `${String.fromCharCode(65 + RESPONSE_COLUMN)}2`,
  };
  return {
    sheets: [responses, awardSheet(resolved)],
    properties: {
      title: properties.title,
      subject: properties.subject,
      creator: properties.creator,
      keywords: [...properties.keywords, 'compliance matrix'],
      description: `Response form for ${resolved.spec.id}: state for every requirement whether the offer complies, and where the offer shows it.`,
      language: properties.language,
      company: resolved.spec.authority?.name ?? '',
      date: input.date,
    },
  };
}

export function awardSheet(resolved: ResolvedSpec): Sheet {
  const header: Row = {
    cells: ['Id', 'Criterion', 'Type', 'Weight (%)', 'Requirements assessed', 'Description'].map((h) => ({
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
              { value: 'Total', style: 'total' },
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
              { value: 'This specification defines no award criteria.', style: 'text' },
            ],
          },
        ];
  const all = [header, ...rows, ...total];
  return {
    name: AWARD_SHEET,
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
