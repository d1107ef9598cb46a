import { sha256 } from '../../lib/hash/sha256.js';

/** The translatable text of a requirement: what a translation is made from. */
export interface SourceText {
  title: string;
  statement: { markdown: string };
  sections: ReadonlyArray<{ heading: string; markdown: string }>;
}

/**
 * The fingerprint of a requirement's source text, written as `source:` in each translation: the first 16 hex
 * digits of the SHA-256 of the normalised text, so that a translation made from an older text is known as stale.
 *
 * The text hashed is `# <title>`, a blank line, the statement, then for each section a blank line, `## <heading>`,
 * a blank line and its Markdown. Each part is normalised first: Unicode NFC, line ends to LF, trailing spaces of
 * every line removed, runs of blank lines reduced to one, leading and trailing blank lines removed. Re-wrapping a
 * paragraph changes the hash; changing only trailing spaces, blank lines or line ends does not.
 */
export function sourceHash(source: SourceText): string {
  const parts = [`# ${normaliseText(source.title)}`, normaliseText(source.statement.markdown)];
  for (const s of source.sections) parts.push(`## ${normaliseText(s.heading)}`, normaliseText(s.markdown));
  return sha256(parts.join('\n\n')).slice(0, 16);
}

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
