import fc from 'fast-check';
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/render/mdast-to-markdown.js';

/** remark reads what we write: an independent CommonMark + GFM parser. */
const remark = unified().use(remarkParse).use(remarkGfm);
const read = (markdown: string) => remark.parse(markdown);
const text = (value: string): PhrasingContent => ({ type: 'text', value });
/** Markdown does not keep runs of white space, nor white space at the ends of a block. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Printable text with every character Markdown treats as syntax, plus letters of other scripts. */
const markdownish = fc.string({
  unit: fc.constantFrom(...'abc XYZ 019 \\`*_{}[]()<>#+-.!|~&;:=\'"/@$%^?,\t\nαβγ дж ع 😀'.split('')),
  maxLength: 60,
});

describe('mdast to Markdown', () => {
  it('keeps any text of a paragraph as text', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        const tree = read(toMarkdown([{ type: 'paragraph', children: [text(value)] }]));
        expect(squash(toString(tree))).toBe(squash(value));
        expect(tree.children.every((n) => n.type === 'paragraph')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps any text of a heading, a list item and a table cell as text, in place', () => {
    fc.assert(
      fc.property(markdownish, markdownish, markdownish, (h, item, cellText) => {
        const nodes: RootContent[] = [
          { type: 'heading', depth: 2, children: [text(h)] },
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(item)] }] }],
          },
          {
            type: 'table',
            align: [null, null],
            children: [
              {
                type: 'tableRow',
                children: [
                  { type: 'tableCell', children: [text('id')] },
                  { type: 'tableCell', children: [text('value')] },
                ],
              },
              {
                type: 'tableRow',
                children: [
                  { type: 'tableCell', children: [text('INT-001')] },
                  { type: 'tableCell', children: [text(cellText)] },
                ],
              },
            ],
          },
        ];
        const tree = read(toMarkdown(nodes));
        const [heading, list, table] = tree.children;
        expect(heading?.type).toBe('heading');
        expect(squash(toString(heading))).toBe(squash(h));
        expect(list?.type).toBe('list');
        expect(squash(toString(list))).toBe(squash(item));
        expect(table?.type).toBe('table');
        const cells = table?.type === 'table' ? table.children[1]!.children : [];
        expect(cells.map((c) => squash(toString(c)))).toEqual(['INT-001', squash(cellText)]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes emphasis, strong, code, links and nested lists that remark reads back the same', () => {
    const nodes: RootContent[] = [
      {
        type: 'paragraph',
        children: [
          text('The system '),
          { type: 'strong', children: [text('shall')] },
          text(' keep '),
          { type: 'emphasis', children: [text('every')] },
          text(' message with `ticks` in '),
          { type: 'inlineCode', value: 'a `b` c' },
          text(', see '),
          { type: 'link', url: '#INT-001', title: null, children: [text('INT-001')] },
          text('.'),
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        spread: false,
        children: [
          {
            type: 'listItem',
            spread: false,
            children: [
              { type: 'paragraph', children: [text('third')] },
              {
                type: 'list',
                ordered: false,
                start: null,
                spread: false,
                children: [
                  { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('inner')] }] },
                ],
              },
            ],
          },
          { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('fourth')] }] },
        ],
      },
    ];
    const strip = (n: unknown) =>
      JSON.parse(
        JSON.stringify(n, (k, v: unknown) => (k === 'position' || k === 'spread' || k === 'checked' ? undefined : v)),
      ) as unknown;
    expect(strip(read(toMarkdown(nodes)).children)).toEqual(strip(nodes));
  });
});
