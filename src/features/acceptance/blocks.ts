import type { Heading, List, Paragraph, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import '../../document/mdast-extensions.js';

/** The few mdast shapes the acceptance documents are made of, built from data (never parsed from Markdown). */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

export function heading(
  depth: 1 | 2 | 3,
  value: string | PhrasingContent[],
  data: NonNullable<Heading['data']> = {},
): Heading {
  return { type: 'heading', depth, children: typeof value === 'string' ? [text(value)] : value, data };
}

export function paragraph(value: string | PhrasingContent[], role?: NonNullable<Paragraph['data']>['role']): Paragraph {
  const children = typeof value === 'string' ? [text(value)] : value;
  return role ? { type: 'paragraph', children, data: { role } } : { type: 'paragraph', children };
}

export function bullets(items: ReadonlyArray<string | PhrasingContent[]>): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
  };
}

type CellValue = string | PhrasingContent[];

function row(cells: readonly CellValue[]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: typeof c === 'string' ? [text(c)] : c })),
  };
}

/** A table with a header row; `widths` are relative and sum to 100. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>, widths: number[]): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header), ...rows.map(row)],
    data: { widths },
  };
}

/** A field/value block without a header row: the first pair is its first row. */
export function fieldTable(pairs: ReadonlyArray<readonly [string, CellValue]>, widths = [30, 70]): Table {
  return {
    type: 'table',
    align: [null, null],
    children: pairs.map(([k, v]) => row([k, v])),
    data: { widths, keyValue: true },
  };
}

export function pageBreak(): RootContent {
  return { type: 'pageBreak' };
}
