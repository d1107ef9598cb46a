/**
 * The words of a Markdown text that a reader takes as its prose, at their original offsets: code, HTML,
 * URLs, link targets, {{placeholders}} and quoted titles are blanked out (newlines kept), so rules never
 * read "shall" inside a quoted title or a URL, and every offset still points into the original Markdown.
 * Works on the source text with a few patterns, without a parse: lint runs over thousands of statements.
 */
export interface Prose {
  text: string;
  /** offsets where a paragraph, list item, heading or table row starts: a sentence never runs across them */
  blockStarts: number[];
}

export function proseOf(markdown: string): Prose {
  let text = markdown;
  for (const { pattern, needs } of MASKS) {
    if (needs && !needs.some((s) => text.includes(s))) continue;
    text = text.replace(pattern, blank);
  }
  return { text, blockStarts: blockStarts(markdown) };
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

interface Mask {
  pattern: RegExp;
  /** every match contains one of these: most statements have no code, links or quotes, and skip the scan */
  needs?: readonly string[];
}

const MASKS: Mask[] = [
  // fenced code blocks
  { pattern: /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$(?![\s\S]))/gm, needs: ['```', '~~~'] },
  // inline code, longest fence first
  { pattern: /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, needs: ['`'] },
  // HTML comments and tags
  { pattern: /<!--[\s\S]*?-->/g, needs: ['<!--'] },
  { pattern: /<\/?[A-Za-z][^<>\n]*>/g, needs: ['<'] },
  // autolinks and bare addresses
  { pattern: /<(?:https?|mailto):[^<>\s]*>/g, needs: ['<'] },
  { pattern: /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]/g, needs: ['http', 'www.'] },
  // images entirely; for links the target only (the link text is prose)
  { pattern: /!\[[^\]\n]*\]\([^)\n]*\)/g, needs: ['!['] },
  { pattern: /(?<=\])\([^)\n]*\)/g, needs: [']('] },
  { pattern: /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, needs: [']:'] },
  // list markers, heading marks, block quote marks
  { pattern: /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])/gm },
  { pattern: /^ {0,3}#{1,6}(?=[ \t]|$)/gm, needs: ['#'] },
  { pattern: /^[ \t]*>/gm, needs: ['>'] },
  // parameters
  { pattern: /\{\{[^{}]*\}\}/g, needs: ['{{'] },
  // quoted titles and citations: "…", “…”, „…“, «…», ‘…’ and '…' (not an apostrophe: "operator's")
  { pattern: /"[^"\n]*(?:\n(?![ \t]*\n)[^"\n]*)*"/g, needs: ['"'] },
  { pattern: /“[^”\n]*(?:\n(?![ \t]*\n)[^”\n]*)*”/g, needs: ['“'] },
  { pattern: /„[^“”\n]*(?:\n(?![ \t]*\n)[^“”\n]*)*[“”]/g, needs: ['„'] },
  { pattern: /«[^»\n]*(?:\n(?![ \t]*\n)[^»\n]*)*»/g, needs: ['«'] },
  { pattern: /(?<![\p{L}\p{N}])‘[^’\n]*’(?![\p{L}\p{N}])/gu, needs: ['‘'] },
  { pattern: /(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu, needs: ["'"] },
];

/** A new block starts after a blank line and at every list item, heading and table row. */
function blockStarts(markdown: string): number[] {
  const starts: number[] = [0];
  let offset = 0;
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    const isBlank = line.trim() === '';
    if (
      !isBlank &&
      (previousBlank || /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]|^ {0,3}#{1,6}(?:[ \t]|$)|^[ \t]*\|/.test(line))
    ) {
      starts.push(offset + (line.length - line.trimStart().length));
    }
    previousBlank = isBlank;
    offset += line.length + 1;
  }
  return starts;
}
