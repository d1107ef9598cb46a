import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { TenderDocument } from '../document/tender-document.js';
import { toString } from 'mdast-util-to-string';

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  handlers: {
    pageBreak: () => '',
  } as never,
  join: [
    // no blank-line artefacts around removed nodes
    (left: { type: string }, right: { type: string }) => (left.type === 'pageBreak' || right.type === 'pageBreak' ? 1 : undefined),
  ] as never,
});

/** The tender document as GitHub-flavoured Markdown. */
export function renderMarkdown(document: TenderDocument): string {
  const root: Root = { type: 'root', children: prepare(document.tree.children, document) };
  return processor.stringify(root as never).replace(/\n{3,}/g, '\n\n');
}

function prepare(nodes: RootContent[], document: TenderDocument): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
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
