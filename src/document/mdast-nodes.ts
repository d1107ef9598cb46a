import type { Heading, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import './mdast-extensions.js';

/** The few mdast nodes the tender document is made of, built alike by every chapter. */

export function text(value: string, lang?: string): PhrasingContent {
  return lang === undefined ? { type: 'text', value } : { type: 'text', value, data: { lang } };
}

/** The node with `data.lang` set, unless the tag is undefined (the document's own language). */
export function tagged<T extends RootContent>(node: T, lang: string | undefined): T {
  if (lang === undefined) return node;
  return { ...node, data: { ...(node.data ?? {}), lang } } as T;
}

export function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

export function heading(
  depth: 1 | 2 | 3,
  children: PhrasingContent[],
  data: NonNullable<Heading['data']> = {},
): Heading {
  return { type: 'heading', depth, children, data };
}

export function paragraph(children: PhrasingContent[], role?: NonNullable<Paragraph['data']>['role']): Paragraph {
  return role ? { type: 'paragraph', children, data: { role } } : { type: 'paragraph', children };
}

export function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children };
}

export function row(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map(cell) };
}

export function table(header: string[], rows: PhrasingContent[][][], widths: number[], keyValue = false): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
    data: { widths, keyValue },
  };
}
