import { withoutForbiddenCharacters } from '../../lib/xml/escape.js';

/** Text for a Word run: without the characters XML 1.0 forbids, and the source's soft line breaks (which Markdown reads as spaces) as spaces. */
export function cleanText(value: string): string {
  return withoutForbiddenCharacters(value).replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}
