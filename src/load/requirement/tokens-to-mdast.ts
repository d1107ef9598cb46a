import type Token from 'markdown-it/lib/token.mjs';
import type { AlignType, List, Nodes, Parent, PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';

/**
 * Builds an mdast tree from markdown-it's token stream. markdown-it parses CommonMark + GFM tables and
 * strikethrough many times faster than micromark, which matters for catalogues of thousands of requirements;
 * the tree it yields here is the mdast that remark would give for the same text (checked in the tests).
 */
export function tokensToMdast(tokens: readonly Token[]): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  const top = () => stack[stack.length - 1]!;
  let pendingAlign: AlignType[] = [];

  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph_open': {
        const parent = top();
        // a tight list item's paragraph is hidden in markdown-it; mdast still has a paragraph, and a loose list is spread
        if (!token.hidden && parent.type === 'listItem') {
          const list = stack[stack.length - 2];
          if (list?.type === 'list') (list as List).spread = true;
        }
        const node = { type: 'paragraph', children: [] } as unknown as Parent;
        (parent.children as Nodes[]).push(node as Nodes);
        stack.push(node);
        break;
      }
      case 'heading_open': {
        const node = { type: 'heading', depth: Number(token.tag.slice(1)), children: [] } as unknown as Parent;
        (top().children as Nodes[]).push(node as Nodes);
        stack.push(node);
        break;
      }
      case 'blockquote_open':
        push({ type: 'blockquote', children: [] });
        break;
      case 'bullet_list_open':
        push({ type: 'list', ordered: false, start: null, spread: false, children: [] });
        break;
      case 'ordered_list_open': {
        const start = token.attrGet('start');
        push({ type: 'list', ordered: true, start: start === null ? 1 : Number(start), spread: false, children: [] });
        break;
      }
      case 'list_item_open':
        push({ type: 'listItem', spread: false, checked: null, children: [] });
        break;
      case 'table_open':
        pendingAlign = [];
        push({ type: 'table', align: pendingAlign, children: [] });
        break;
      case 'tr_open':
        push({ type: 'tableRow', children: [] } as TableRow);
        break;
      case 'th_open':
      case 'td_open': {
        const style = token.attrGet('style') ?? '';
        const m = /text-align:\s*(left|right|center)/.exec(style);
        const row = top() as TableRow;
        const isHeaderRow = token.type === 'th_open';
        if (isHeaderRow) pendingAlign.push(m ? (m[1] as AlignType) : null);
        push({ type: 'tableCell', children: [] } as TableCell);
        void row;
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        stack.pop();
        break;
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'inline':
        (top().children as PhrasingContent[]).push(...inline(token.children ?? []));
        break;
      case 'fence': {
        const info = token.info.trim();
        const [lang, ...meta] = info.split(/\s+/);
        (top().children as Nodes[]).push({
          type: 'code',
          lang: lang || null,
          meta: meta.length ? meta.join(' ') : null,
          value: token.content.replace(/\n$/, ''),
        } as Nodes);
        break;
      }
      case 'code_block':
        (top().children as Nodes[]).push({
          type: 'code',
          lang: null,
          meta: null,
          value: token.content.replace(/\n$/, ''),
        } as Nodes);
        break;
      case 'hr':
        (top().children as Nodes[]).push({ type: 'thematicBreak' } as Nodes);
        break;
      case 'html_block':
        (top().children as Nodes[]).push({ type: 'html', value: token.content.replace(/\n$/, '') } as Nodes);
        break;
      default:
        break;
    }
  }
  return root;

  function push(node: unknown): void {
    (top().children as Nodes[]).push(node as Nodes);
    stack.push(node as Parent);
  }
}

function inline(tokens: readonly Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const top = () => stack[stack.length - 1]!;
  const add = (node: PhrasingContent) => {
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else siblings.push(node);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        add({ type: 'text', value: t.content });
        break;
      case 'softbreak':
        add({ type: 'text', value: '\n' });
        break;
      case 'hardbreak':
        top().children.push({ type: 'break' });
        break;
      case 'code_inline':
        top().children.push({ type: 'inlineCode', value: t.content });
        break;
      case 'html_inline':
        top().children.push({ type: 'html', value: t.content });
        break;
      case 'image':
        top().children.push({
          type: 'image',
          url: t.attrGet('src') ?? '',
          title: t.attrGet('title') ?? null,
          alt: t.content,
        });
        break;
      case 'em_open':
      case 'strong_open':
      case 's_open':
      case 'link_open': {
        const node = (
          t.type === 'em_open'
            ? { type: 'emphasis', children: [] }
            : t.type === 'strong_open'
              ? { type: 'strong', children: [] }
              : t.type === 's_open'
                ? { type: 'delete', children: [] }
                : { type: 'link', url: t.attrGet('href') ?? '', title: t.attrGet('title') ?? null, children: [] }
        ) as PhrasingContent & { children: PhrasingContent[] };
        top().children.push(node);
        stack.push(node);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        if (t.content) add({ type: 'text', value: t.content });
    }
  }
  return root.children;
}

export type { RootContent };
