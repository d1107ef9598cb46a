/** A line that starts a Markdown block of its own (list item, quote, heading, table row): its line break matters. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\|)/;

/**
 * Markdown with its soft line wraps joined and runs of spaces collapsed: the same text wrapped differently in a
 * requirement file and in a spec's YAML compares equal, while paragraphs and list items stay apart.
 */
export function normaliseMarkdown(markdown: string): string {
  const lines = markdown
    .trim()
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  let out = '';
  lines.forEach((line, i) => {
    if (i === 0) out = line;
    else if (line === '' || lines[i - 1] === '' || BLOCK_START.test(line)) out += `\n${line}`;
    else out += ` ${line}`;
  });
  return out.replace(/\n{3,}/g, '\n\n');
}

/** Plain text on one line: every run of white space becomes one space (a no-break space between value and unit stays). */
export function collapseSpaces(text: string): string {
  return text.replace(/[^\S\u00a0]+/gu, ' ').trim();
}
