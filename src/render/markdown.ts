import type { Heading, List, ListItem, Nodes, RootContent } from 'mdast';
import type { TenderDocument } from '../document/tender-document.js';
import { toMarkdown } from './mdast-to-markdown.js';
import { toString } from 'mdast-util-to-string';

/** The tender document as GitHub-flavoured Markdown. */
export function renderMarkdown(document: TenderDocument): string {
  return toMarkdown(prepare(document.tree.children, document));
}

function prepare(nodes: RootContent[], document: TenderDocument): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes.map((n) => htmlAsText(n))) {
    if (node.type === 'pageBreak') continue;
    if (node.type === 'tableOfContents') {
      out.push(contents(document.tree.children, node.depth));
      continue;
    }
    if (node.type === 'heading') {
      out.push(markdownHeading(node));
      continue;
    }
    out.push(node);
  }
  return out;
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
      children: [{ type: 'paragraph', children: [{ type: 'link', url: `#${anchorOf(n)}`, children: [{ type: 'text', value: `${n.data.number} ${toString(n)}` }] }] }],
    });
  }
  return { type: 'list', ordered: false, spread: false, children: items };
}
