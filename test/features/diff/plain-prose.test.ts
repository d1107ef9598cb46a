import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/load/requirement/markdown-parser.js';
import { plainBlocks, plainProse } from '../../../src/features/diff/requirement-text.js';

/** The plain text the Markdown parser gives: what plainProse must equal whenever it answers. */
const parsed = (markdown: string) => plainBlocks(parseMarkdown(markdown).children).join('\n');

describe('statements read as plain prose without the Markdown parser', () => {
  it('give exactly the text the parser gives, whenever they are taken as plain prose', () => {
    const plain = fc.constantFrom(
      ...'abcXYZéóßж 0123456789,.;\'"()/%?{}+=-'.split(''),
      '{{max_seconds}}',
      '{{_x_}}',
      '{{a__b}}',
      '_',
      ' shall ',
      'within ',
      '3.5',
      '1.',
      '1)',
    );
    const markup = fc.constantFrom(
      '*',
      '_',
      '`',
      '[',
      ']',
      '<',
      '>',
      '&amp;',
      '!',
      '#',
      '|',
      '~~',
      '\\',
      '\n',
      '\n\n',
      '\t',
      '    ',
      'www.',
      'https://',
      'a@b.eu',
      'example.com',
      '- ',
      '+ ',
      '= ',
      '\u00a0',
    );
    const text = fc
      .array(fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: markup, weight: 1 }), { maxLength: 40 })
      .map((parts) => parts.join(''));
    let taken = 0;
    fc.assert(
      fc.property(text, (markdown) => {
        const fast = plainProse(markdown);
        if (fast === undefined) return;
        taken++;
        expect(fast).toBe(parsed(markdown));
      }),
      { numRuns: 4000 },
    );
    // the property says something only if many texts were taken
    expect(taken).toBeGreaterThan(400);
  });

  it('leave to the parser what Markdown would read otherwise', () => {
    for (const markdown of [
      'The system *shall* log.',
      '1. First item',
      '- item',
      '# Heading',
      'A | B',
      'See <https://x.eu>',
      'A &amp; B',
      'Two\n\nparagraphs',
      'Line one\nline two',
      'Visit www.example.eu',
    ]) {
      expect(plainProse(markdown), markdown).toBeUndefined();
    }
    expect(
      plainProse('The operator console shall deliver messages within {{max_seconds}}, keeping {{copies}} copies.'),
    ).toBe(parsed('The operator console shall deliver messages within {{max_seconds}}, keeping {{copies}} copies.'));
  });
});
