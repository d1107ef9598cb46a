import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';

const remark = unified().use(remarkParse).use(remarkGfm);

/** The tree without positions and list looseness (remark derives it from where blank lines fall; it only changes blank lines in the Markdown output). */
function normalise(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => {
      if (key === 'position') return undefined;
      const type = value && typeof value === 'object' ? (value as { type?: string }).type : undefined;
      if (type === 'listItem' || type === 'list') return { ...(value as object), spread: undefined };
      return value;
    }),
  ) as unknown;
}

const CASES: Record<string, string> = {
  paragraph: 'The system shall deliver *EMSI* messages within **5 s** to `peer` centres.',
  softbreak: 'Line one\ncontinues here.',
  hardbreak: 'Line one  \nline two.',
  bullets: '- one\n- two with _emphasis_\n- three',
  ordered: '3. third\n4. fourth',
  nested: '- a\n  - b\n  - c\n- d',
  loose: '- a\n\n- b',
  looseNested: '1. a\n\n   text\n2. b\n   - c\n   - d',
  table: '| id | value |\n| :- | -: |\n| INT-001 | 5 s |\n| SEC-001 | a \\| b |',
  strike: 'This is ~~not~~ required.',
  link: 'See [the standard](https://example.org/std "Title") and <https://example.org>.',
  linkify: 'See https://example.org/x for details.',
  code: '```xml\n<a/>\n```',
  indented: '    indented code',
  quote: '> quoted *text*',
  heading: '### Detail\nText.',
  html: 'Inline <b>html</b> text.',
  escapes: 'Not \\*emphasis\\* and a literal \\{{x}}.',
  placeholder: 'Within {{max_delivery_seconds}} of {{a_b_c}}.',
  greek: 'Το σύστημα πρέπει να παραδίδει μηνύματα εντός {{t}}.',
  entity: 'A &amp; B &copy; 2025',
  rule: 'Before\n\n---\n\nAfter',
  image: '![diagram](img.png "A diagram")',
};

describe('the Markdown parser gives the mdast that remark gives', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, () => {
      expect(normalise(parseMarkdown(text))).toEqual(normalise(remark.parse(text)));
    });
  }
});
