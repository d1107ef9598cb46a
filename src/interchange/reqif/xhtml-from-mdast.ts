import type { Nodes, PhrasingContent, RootContent, TableRow } from 'mdast';
import { xmlText } from '../../lib/xml/escape.js';

/**
 * Markdown nodes as the XHTML of a ReqIF XHTML value: one `xhtml:div` holding paragraphs, lists, tables and
 * inline emphasis, limited to the XHTML modules the ReqIF schema admits (no images, no raw HTML).
 */
export function xhtmlDiv(nodes: readonly RootContent[]): string {
  return `<xhtml:div>${nodes.map(block).join('')}</xhtml:div>`;
}

const el = (name: string, content: string, attributes = '') => `<xhtml:${name}${attributes}>${content}</xhtml:${name}>`;

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return el('p', inline(node.children));
    case 'heading':
      return el(`h${Math.min(6, Math.max(1, node.depth))}`, inline(node.children));
    case 'list': {
      // XHTML 1.1 lists have no start attribute: an ordered list always counts from 1
      const items = node.children.map((item) => el('li', item.children.map(listItemBlock).join(''))).join('');
      return items ? el(node.ordered ? 'ol' : 'ul', items) : '';
    }
    case 'blockquote': {
      const inner = node.children.map(block).join('');
      return inner ? el('blockquote', inner) : '';
    }
    case 'code':
      return el('pre', xmlText(node.value));
    case 'table':
      return table(node.children);
    case 'thematicBreak':
      return '<xhtml:hr/>';
    case 'html':
      return node.value.trim() ? el('p', xmlText(node.value)) : '';
    default:
      return 'children' in node ? (node.children as RootContent[]).map(block).join('') : '';
  }
}

/** A tight list item's paragraph reads better as bare text inside <li>. */
function listItemBlock(node: RootContent, _index: number, all: readonly RootContent[]): string {
  if (node.type === 'paragraph' && all.length === 1) return inline(node.children);
  return block(node);
}

function table(rows: readonly TableRow[]): string {
  if (rows.length === 0) return '';
  const [head, ...body] = rows;
  const row = (r: TableRow, cell: 'th' | 'td') =>
    el('tr', r.children.map((c) => el(cell, inline(c.children))).join(''));
  const thead = head ? el('thead', row(head, 'th')) : '';
  const tbody = body.length ? el('tbody', body.map((r) => row(r, 'td')).join('')) : '';
  // a table needs at least one body row in XHTML 1.1; a header-only table keeps its header as the body
  return el('table', tbody ? thead + tbody : el('tbody', head ? row(head, 'th') : ''));
}

function inline(nodes: readonly Nodes[]): string {
  return nodes.map(phrase).join('');
}

function phrase(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return xmlText(node.value);
    case 'emphasis':
      return el('em', inline(node.children));
    case 'strong':
      return el('strong', inline(node.children));
    case 'delete':
      return el('del', inline(node.children));
    case 'inlineCode':
      return el('code', xmlText(node.value));
    case 'break':
      return '<xhtml:br/>';
    case 'link':
      return el('a', inline(node.children), ` href="${xmlText(node.url)}"`);
    case 'image':
      return xmlText(node.alt ?? '');
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node
        ? inline(node.children as PhrasingContent[])
        : 'value' in node
          ? xmlText(String(node.value))
          : '';
  }
}
