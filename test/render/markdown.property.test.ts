import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { TenderDocument } from '../../src/document/tender-document.js';
import { parseGfm, tables } from '../hostile/support/read-outputs.js';

/**
 * Any text in a text node comes back as the same text when the Markdown is read by an independent GFM parser
 * (remark), wherever the node sits: heading, paragraph, table cell, list item, emphasis, link. Whitespace is
 * compared collapsed: Markdown does not keep runs of spaces at line starts, or line breaks in one-line places.
 */
const MARKDOWN_CHARS = [
  ...'*_`|<>[]()#-+=!\\&;~:/.1 \n\t"\'{}^$%@',
  '&amp;',
  '&#x41;',
  '<script>',
  '</a>',
  'http://',
  'www.',
  '\u00a0',
  'é',
  'Ω',
  'ж',
  'ع',
  '😀',
  '👩🏽‍🚒',
  'a',
  'b',
];

/** Input texts: valid Unicode without the control characters tenderkit refuses on input (tab and newline stay). */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...MARKDOWN_CHARS), maxLength: 30 }),
  fc
    .string({ unit: 'grapheme', maxLength: 30 })
    .map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')),
);

const normalise = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();

function render(children: RootContent[]): Root {
  const document = { tree: { type: 'root', children }, properties: {} } as unknown as TenderDocument;
  return parseGfm(renderMarkdown(document));
}

const t = (value: string): PhrasingContent => ({ type: 'text', value });

describe('Markdown rendering of arbitrary text', () => {
  it('keeps a paragraph as one paragraph with the same text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tree = render([{ type: 'paragraph', children: [t('x '), t(s), t(' y')] }]);
        expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
        expect(normalise(toString(tree))).toBe(normalise(`x ${s} y`));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a heading as one heading with the same text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 3 }), (s, depth) => {
        const tree = render([{ type: 'heading', depth: depth as 1 | 2 | 3, children: [t(`x ${s} y`)] }]);
        expect(tree.children.map((n) => n.type)).toEqual(['heading']);
        expect(normalise(toString(tree))).toBe(normalise(`x ${s} y`));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a table cell in its row and column, with the same text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 3, maxLength: 3 }), (cells) => {
        const row = (values: string[]) => ({
          type: 'tableRow' as const,
          children: values.map((v) => ({ type: 'tableCell' as const, children: [t(v)] })),
        });
        const tree = render([
          {
            type: 'table',
            align: [null, null, null],
            children: [row(['a', 'b', 'c']), row(cells), row(['x', 'y', 'z'])],
          },
        ]);
        const [table] = tables(tree);
        expect(table).toBeDefined();
        expect(table!.children.map((r) => r.children.length)).toEqual([3, 3, 3]);
        expect(table!.children[1]!.children.map((c) => normalise(toString(c)))).toEqual(cells.map(normalise));
        expect(table!.children[2]!.children.map((c) => toString(c))).toEqual(['x', 'y', 'z']);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps list items, emphasis and link text as they are', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const tree = render([
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: [
              { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [t(`x ${a}`)] }] },
              {
                type: 'listItem',
                spread: false,
                children: [
                  {
                    type: 'paragraph',
                    children: [
                      { type: 'strong', children: [t('s')] },
                      t(` ${b} `),
                      { type: 'link', url: '#INT-001', children: [t(`l ${a}`)] },
                    ],
                  },
                ],
              },
            ],
          },
        ]);
        expect(tree.children.map((n) => n.type)).toEqual(['list']);
        const items = (tree.children[0] as Extract<RootContent, { type: 'list' }>).children;
        expect(items.map((i) => normalise(toString(i)))).toEqual([normalise(`x ${a}`), normalise(`s ${b} l ${a}`)]);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws, whatever the tree holds', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const children: RootContent[] = texts.map((s, i) =>
          i % 3 === 0
            ? { type: 'heading', depth: 2, children: [t(s)] }
            : i % 3 === 1
              ? { type: 'paragraph', children: [{ type: 'emphasis', children: [t(s)] }] }
              : { type: 'blockquote', children: [{ type: 'paragraph', children: [t(s)] }] },
        );
        expect(() =>
          renderMarkdown({ tree: { type: 'root', children }, properties: {} } as unknown as TenderDocument),
        ).not.toThrow();
      }),
      { numRuns: 600 },
    );
  });
});
