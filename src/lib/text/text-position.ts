import type { Position } from '../diagnostics.js';

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Positions of increasing offsets in one text, each found from the one before: one pass for a whole file. */
export function positionsInOrder(text: string): (offset: number) => Position {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next !== -1 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', next + 1);
    }
    return { line, column: offset - lineStart + 1 };
  };
}
