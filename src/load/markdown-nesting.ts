import type { Position } from '../lib/diagnostics.js';

/**
 * The Markdown parser keeps lists and block quotes only up to a fixed nesting (each list level costs two, a
 * quote one, twenty in all) and drops deeper content without a word. A line that opens more containers
 * than that, such as `- - - - ... x` ten thousand times, is refused here with its position instead.
 */
export const MAX_CONTAINER_COST = 20;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * A cost above 20 takes at least 11 markers on one line (a list level costs the most, two). Texts without such a
 * line, nearly all of them, are passed by this one search instead of the line-by-line scan.
 */
const MANY_MARKERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])){11}/m;

export function deepContainerLine(
  text: string,
  maxCost = MAX_CONTAINER_COST,
): (Position & { cost: number }) | undefined {
  if (maxCost >= MAX_CONTAINER_COST && !MANY_MARKERS.test(text)) return undefined;
  let fence: string | undefined;
  let lineNumber = 0;
  let frontMatter = text.startsWith('---\n');
  for (const line of text.split('\n')) {
    lineNumber++;
    if (frontMatter) {
      frontMatter = lineNumber === 1 || line !== '---';
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const fenceMatch = /^[ \t]*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    let cost = 0;
    let i = 0;
    while (i < line.length) {
      const rest = line.slice(i, i + 12);
      const spaces = /^[ \t]*/.exec(rest)![0].length;
      const after = rest.slice(spaces);
      const start = i + spaces;
      if (after.startsWith('>')) {
        cost += 1;
        i = start + 1;
      } else {
        const list = LIST_MARKER.exec(after);
        if (!list) break;
        cost += 2;
        i = start + list[0].length;
      }
      if (cost > maxCost) return { line: lineNumber, column: start + 1, cost };
    }
  }
  return undefined;
}
