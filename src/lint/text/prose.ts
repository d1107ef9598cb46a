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
  const text = MASKS.reduce((t, re) => t.replace(re, blank), markdown);
  return { text, blockStarts: blockStarts(markdown) };
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, ' ');
}

const MASKS: RegExp[] = [
  // fenced code blocks
  /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$(?![\s\S]))/gm,
  // inline code, longest fence first
  /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g,
  // HTML comments and tags
  /<!--[\s\S]*?-->/g,
  /<\/?[A-Za-z][^<>\n]*>/g,
  // autolinks and bare addresses
  /<(?:https?|mailto):[^<>\s]*>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]/g,
  // images entirely; for links the target only (the link text is prose)
  /!\[[^\]\n]*\]\([^)\n]*\)/g,
  /(?<=\])\([^)\n]*\)/g,
  /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm,
  // list markers, heading marks, block quote marks
  /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])/gm,
  /^ {0,3}#{1,6}(?=[ \t]|$)/gm,
  /^[ \t]*>/gm,
  // parameters
  /\{\{[^{}]*\}\}/g,
  // quoted titles and citations: "…", “…”, „…“, «…», ‘…’ and '…' (not an apostrophe: "operator's")
  /"[^"\n]*(?:\n(?![ \t]*\n)[^"\n]*)*"/g,
  /“[^”\n]*(?:\n(?![ \t]*\n)[^”\n]*)*”/g,
  /„[^“”\n]*(?:\n(?![ \t]*\n)[^“”\n]*)*[“”]/g,
  /«[^»\n]*(?:\n(?![ \t]*\n)[^»\n]*)*»/g,
  /(?<![\p{L}\p{N}])‘[^’\n]*’(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu,
];

/** A new block starts after a blank line and at every list item, heading and table row. */
function blockStarts(markdown: string): number[] {
  const starts: number[] = [0];
  let offset = 0;
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    const isBlank = line.trim() === '';
    if (!isBlank && (previousBlank || /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]|^ {0,3}#{1,6}(?:[ \t]|$)|^[ \t]*\|/.test(line))) {
      starts.push(offset + (line.length - line.trimStart().length));
    }
    previousBlank = isBlank;
    offset += line.length + 1;
  }
  return starts;
}
