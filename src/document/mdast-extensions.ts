import type { Node } from 'mdast';

/**
 * Nodes and data that the tender document adds to mdast. Renderers know them; remark-stringify is given handlers.
 */
export interface TableOfContents extends Node {
  type: 'tableOfContents';
  /** the heading depths it lists, e.g. 1..2 */
  depth: number;
}

export interface PageBreak extends Node {
  type: 'pageBreak';
}

declare module 'mdast' {
  interface RootContentMap {
    tableOfContents: TableOfContents;
    pageBreak: PageBreak;
  }
  interface HeadingData {
    /** bookmark name; links `#<bookmark>` point here (a requirement id) */
    bookmark?: string;
    /** chapter number shown before the text, e.g. "2" or "2.3" */
    number?: string;
    /** the heading belongs to the cover and stays out of the contents */
    cover?: boolean;
  }
  interface TableData {
    /** relative column widths, summing to 100 */
    widths?: number[];
    /** the table is a field/value block, without a header row */
    keyValue?: boolean;
  }
  interface ParagraphData {
    /** a paragraph style name: 'label', 'note', 'small' */
    role?: 'label' | 'note' | 'small' | 'title' | 'subtitle';
  }
}
