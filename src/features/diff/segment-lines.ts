import type { TrackedSegment } from './tracked-text.js';

/** The pilcrow that stands for an inserted or deleted paragraph break in a report. */
export const PILCROW = '\u00b6';

/**
 * Tracked segments cut into paragraphs at each "\n", for renderers that cannot carry a change across a paragraph
 * break (Markdown, HTML). A break that was inserted or deleted shows as a changed pilcrow at the end of its line.
 */
export function segmentLines(segments: readonly TrackedSegment[]): TrackedSegment[][] {
  const lines: TrackedSegment[][] = [[]];
  const add = (s: TrackedSegment, text: string) => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.type === s.type && last.origin?.spec === s.origin?.spec) last.text += text;
    else line.push({ ...s, text });
  };
  for (const s of segments) {
    s.text.split('\n').forEach((piece, i) => {
      if (i > 0) {
        if (s.type !== 'equal') add(s, PILCROW);
        lines.push([]);
      }
      if (piece) add(s, piece);
    });
  }
  return lines.filter((l) => l.length > 0);
}
