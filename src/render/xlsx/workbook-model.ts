/** A small, declarative description of a workbook: what the SpreadsheetML writer needs and nothing more. */

/** The fixed cell styles of styles.xml; the `input` ones are the only unlocked ones (text, number, date). */
export type CellStyle = 'header' | 'text' | 'input' | 'number' | 'total' | 'inputNumber' | 'inputDate';

export interface Cell {
  /** text is always written as a shared string, never as a formula */
  value: string | number | null;
  style: CellStyle;
}

export interface Row {
  cells: Cell[];
  /** points; computed from the wrapped text when absent */
  height?: number;
}

export interface ListValidation {
  /** first and last row (1-based) and the column (0-based) the list applies to */
  column: number;
  fromRow: number;
  toRow: number;
  /** a list of values (the default), or a number range, a date, or a text of at least `min` characters */
  kind?: 'list' | 'whole' | 'decimal' | 'date' | 'textLength';
  min?: number;
  max?: number;
  values: string[];
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface Sheet {
  name: string;
  /** widths in characters */
  columns: number[];
  rows: Row[];
  /** rows kept in view while scrolling */
  freezeRows: number;
  /** an auto-filter over the header row and every row below it */
  autoFilter: boolean;
  validations: ListValidation[];
  /** locks every cell except those with the `input` style */
  protect: boolean;
  landscape: boolean;
  /** the cell selected when the sheet opens, e.g. "G2" */
  activeCell: string;
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  description: string;
  language: string;
  company: string;
  /** created and modified: a fixed date, never the clock */
  date: Date;
}

export interface Workbook {
  sheets: Sheet[];
  /** workbook-level defined names of single cells, such as { name: 'tk_spec', sheet: 'Cover', cell: 'B2' } */
  names?: Array<{ name: string; sheet: string; cell: string }>;
  properties: WorkbookProperties;
}
