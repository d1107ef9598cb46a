import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Reads Markdown back the way GitHub does (CommonMark and GFM), independently of tenderkit's own parser. */
export function parseGfm(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/** The text of every block, one entry each (tables: one entry per cell). */
export function blockTexts(tree: Root): string[] {
  const out: string[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'table') for (const row of n.children) for (const cell of row.children) out.push(toString(cell));
      else if (n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote')
        visit(n.children as RootContent[]);
      else out.push(toString(n));
    }
  };
  visit(tree.children);
  return out;
}

export function tables(tree: Root): Table[] {
  return tree.children.filter((n): n is Table => n.type === 'table');
}

/** Raw HTML nodes, anywhere in the tree. */
export function htmlNodes(tree: Root): string[] {
  const out: string[] = [];
  const visit = (n: { type: string; value?: string; children?: unknown[] }) => {
    if (n.type === 'html') out.push(n.value ?? '');
    for (const c of (n.children ?? []) as Array<typeof n>) visit(c);
  };
  visit(tree as never);
  return out;
}
