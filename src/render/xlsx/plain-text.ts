import type { Nodes, RootContent } from 'mdast';

/**
 * Markdown nodes as plain text for a spreadsheet cell: one line per paragraph, "- " or "1. " before list
 * items, table rows with " | " between cells. Emphasis is dropped; the words stay.
 */
export function plainText(nodes: readonly RootContent[]): string {
  return blocks(nodes, '')
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function blocks(nodes: readonly RootContent[], indent: string): string[] {
  const lines: string[] = [];
  for (const node of nodes) lines.push(...block(node, indent));
  return lines;
}

function block(node: RootContent, indent: string): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [indent + inline(node.children)];
    case 'list': {
      const start = node.start ?? 1;
      return node.children.flatMap((item, i) => {
        const marker = node.ordered ? `${start + i}. ` : '- ';
        const inner = blocks(item.children, indent + ' '.repeat(marker.length));
        const first = inner[0] ?? '';
        return [indent + marker + first.slice(indent.length + marker.length), ...inner.slice(1)];
      });
    }
    case 'blockquote':
      return blocks(node.children, indent);
    case 'code':
      return node.value.split('\n').map((l) => indent + l);
    case 'table':
      return node.children.map((row) => indent + row.children.map((cell) => inline(cell.children)).join(' | '));
    case 'thematicBreak':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    default:
      return 'children' in node
        ? blocks(node.children as RootContent[], indent)
        : 'value' in node
          ? [indent + String(node.value)]
          : [];
  }
}

function inline(nodes: readonly Nodes[]): string {
  return nodes
    .map(inlineText)
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, ' ');
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? inline(node.children as Nodes[]) : 'value' in node ? String(node.value) : '';
  }
}
