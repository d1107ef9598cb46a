import type { Heading, List, ListItem, Nodes, RootContent } from 'mdast';
import type { TenderDocument } from '../document/tender-document.js';
import { markdownBlocks, toMarkdown } from './mdast-to-markdown.js';
import { Utf8Builder } from '../lib/text/utf8-builder.js';
import { toString } from 'mdast-util-to-string';

/** The tender document as GitHub-flavoured Markdown. */
export function renderMarkdown(document: TenderDocument): string {
  return toMarkdown([...prepare(document)]);
}

/** The size of the last Markdown file written in this thread: the next, of about the same size, goes into one buffer. */
let lastMarkdownBytes = 0;

/**
 * The tender document as GitHub-flavoured Markdown in UTF-8: the bytes of `renderMarkdown`, written block by block,
 * so a large document is never held as one string (nor as a second, prepared copy of its tree).
 */
export function renderMarkdownBytes(document: TenderDocument): Uint8Array {
  const out = new Utf8Builder(lastMarkdownBytes + (lastMarkdownBytes >> 4));
  let first = true;
  for (const text of markdownBlocks(prepare(document))) {
    if (!first) out.append('\n\n');
    out.append(text);
    first = false;
  }
  out.append('\n');
  const bytes = out.take();
  lastMarkdownBytes = bytes.length;
  return bytes;
}

/** The blocks as Markdown shows them, each prepared when it is asked for. */
function* prepare(document: TenderDocument): Generator<RootContent, void, undefined> {
  for (const original of document.tree.children) {
    const node = htmlAsText(original);
    if (node.type === 'pageBreak') continue;
    if (node.type === 'tableOfContents') {
      yield contents(document.tree.children, node.depth);
      continue;
    }
    if (node.type === 'heading') {
      yield markdownHeading(node);
      continue;
    }
    yield node;
  }
}

/**
 * Raw HTML written in a requirement is shown as the text it is, as in the Word document: the Markdown of a tender
 * pack is read in viewers that would run it. The renderer's own anchors are added after this.
 */
function htmlAsText<T extends Nodes>(node: T, block = true): T {
  if (node.type === 'html') {
    const text = { type: 'text', value: node.value } as const;
    return (block ? { type: 'paragraph', children: [text] } : text) as unknown as T;
  }
  if (!('children' in node)) return node;
  const blocksInside = BLOCK_CONTAINERS.has(node.type);
  return { ...node, children: (node.children as Nodes[]).map((c) => htmlAsText(c, blocksInside)) } as T;
}

const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function anchorOf(h: Heading): string | undefined {
  return h.data?.bookmark ?? (h.data?.number && !h.data.number.includes('.') ? `chapter-${h.data.number}` : undefined);
}

function markdownHeading(h: Heading): Heading {
  const children = [...h.children];
  if (h.data?.number) children.unshift({ type: 'text', value: `${h.data.number} ` });
  const anchor = anchorOf(h);
  if (anchor) children.unshift({ type: 'html', value: `<a id="${anchor}"></a>` });
  return { type: 'heading', depth: h.depth, children };
}

function contents(nodes: RootContent[], depth: number): List {
  const items: ListItem[] = [];
  for (const n of nodes) {
    if (n.type !== 'heading' || n.depth !== 1 || n.data?.cover || !n.data?.number) continue;
    void depth;
    items.push({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: `#${anchorOf(n)}`,
              children: [{ type: 'text', value: `${n.data.number} ${toString(n)}` }],
            },
          ],
        },
      ],
    });
  }
  return { type: 'list', ordered: false, spread: false, children: items };
}
