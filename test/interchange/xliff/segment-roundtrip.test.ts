import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';
import { OriginalData } from '../../../src/interchange/xliff/inline.js';
import { inlineToMarkdown } from '../../../src/interchange/xliff/inline-markdown.js';
import { segmentMarkdown } from '../../../src/interchange/xliff/segment-markdown.js';

/** The Markdown made back from a field's parts, each segment through the XLIFF inline model. */
function roundTrip(markdown: string): string {
  const data = new OriginalData();
  return segmentMarkdown(markdown, data)
    .map((p) => (p.kind === 'ignorable' ? p.text : inlineToMarkdown(p.content, data.entries)))
    .join('');
}

function tree(markdown: string): unknown {
  return JSON.parse(
    JSON.stringify(parseMarkdown(markdown), (k, v: unknown) =>
      k === 'value' && typeof v === 'string' ? v.replace(/\s*\n\s*/g, ' ') : v,
    ),
  );
}

describe('segments of a Markdown field', () => {
  it('give the same document back for the constructs the catalogue uses', () => {
    const samples = [
      'Plain text with {{a}} and {{ b }}.',
      'Some *emphasis*, _more_, **strong**, __strong__, ~~gone~~ and `code {{x}}`.',
      'A [link](https://example.org "t") and <https://example.org>.',
      '- one\n- two with **bold**\n  wrapped line\n\n  second paragraph\n- three',
      '1. first\n2. second',
      '| a | b |\n| - | - |\n| *x* | `y` |',
      '### Sub-heading\n\nText after.',
      '```\ncode block {{x}}\n```\n\nAfter the code.',
      '> quoted *text*',
      'Escaped \\*stars\\* and a back\\\\slash, 5 \\< 6, a_b_c and _x_.',
      'Line one  \nline two after a hard break.',
    ];
    for (const s of samples) expect(tree(roundTrip(s)), s).toEqual(tree(s));
  });

  it('escape whatever text a translator types so that it stays text', () => {
    const piece = fc.constantFrom(
      'word',
      ' ',
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '#',
      '-',
      '+',
      '1.',
      '|',
      '~',
      '&amp;',
      '\\',
      '!',
      '{{p}}',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('').trim();
        fc.pre(text.length > 0);
        const data = new OriginalData();
        const markdown = inlineToMarkdown([{ kind: 'text', text }], data.entries);
        const parsed = parseMarkdown(markdown);
        const plain = JSON.stringify(parsed.children.map((n) => n.type));
        expect(plain).toBe('["paragraph"]');
        const paragraph = parsed.children[0] as { children: Array<{ type: string; value?: string }> };
        expect(paragraph.children.every((c) => c.type === 'text')).toBe(true);
        expect(paragraph.children.map((c) => c.value).join('')).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});
