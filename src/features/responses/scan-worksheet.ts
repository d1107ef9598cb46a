import { scanXml } from '../../lib/xml/scan-xml.js';
import { columnIndex, columnLetter, excelUnescape } from '../../render/xlsx/xml-text.js';

export interface ReadSheet {
  /** row number (1-based) -> column index (0-based) -> cell */
  rows: Map<number, Map<number, ReadCell>>;
  protected: boolean;
}

export interface ReadCell {
  ref: string;
  text: string;
  formula: boolean;
}

interface OpenCell {
  ref: string | undefined;
  type: string | undefined;
  value: string;
  inline: string;
  formula: boolean;
}

/**
 * The cells of a worksheet part in one pass over its text, for workbooks of tens of thousands of rows: shared
 * strings, inline strings without their phonetic runs, booleans, formulas and the sheet's protection, read as the
 * safe XML parser's tree would give them, without building the tree. A message when the part cannot be read.
 */
export function scanWorksheet(text: string, strings: readonly string[]): ReadSheet | string {
  const rows = new Map<number, Map<number, ReadCell>>();
  let isProtected = false;
  let rowCursor = 0;
  let row: Map<number, ReadCell> | undefined;
  let columnCursor = -1;
  let cell: OpenCell | undefined;
  let capture: 'value' | 'inline' | undefined;
  const problem = scanXml(text, {
    open(name, attributes, ancestors) {
      const parent = ancestors[ancestors.length - 1];
      if (name === 'sheetProtection' && parent === 'worksheet')
        isProtected ||= attributes['sheet'] === '1' || attributes['sheet'] === 'true';
      else if (name === 'row' && parent === 'sheetData') {
        rowCursor = Number(attributes['r']) || rowCursor + 1;
        columnCursor = -1;
        row = new Map();
      } else if (name === 'c' && row && parent === 'row') {
        const ref = attributes['r'];
        columnCursor = ref ? columnIndex(ref) : columnCursor + 1;
        cell = { ref, type: attributes['t'], value: '', inline: '', formula: false };
      } else if (cell) {
        if (name === 'v' && parent === 'c') capture = 'value';
        else if (name === 'f' && parent === 'c') cell.formula = true;
        else if (name === 't' && (parent === 'is' || (parent === 'r' && ancestors[ancestors.length - 2] === 'is')))
          capture = 'inline';
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'c' && cell && row) {
        const value = cellText(cell, strings);
        if (value !== '' || cell.formula)
          row.set(columnCursor, {
            ref: cell.ref ?? `${columnLetter(columnCursor)}${rowCursor}`,
            text: value,
            formula: cell.formula,
          });
        cell = undefined;
      } else if (name === 'row' && row) {
        if (row.size) rows.set(rowCursor, row);
        row = undefined;
      }
    },
    text(value) {
      if (capture && cell) cell[capture] += value;
    },
  });
  return problem ?? { rows, protected: isProtected };
}

function cellText(cell: OpenCell, strings: readonly string[]): string {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return excelUnescape(cell.inline);
    case 'b':
      return cell.value === '1' ? 'TRUE' : cell.value === '0' ? 'FALSE' : cell.value;
    default:
      return excelUnescape(cell.value);
  }
}
