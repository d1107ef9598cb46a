import type {
  BlockContent,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { textContent, type XmlElement, type XmlNode } from '../../lib/xml/safe-xml.js';

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, {
  bullet: '-',
  // asterisks, because another tool's emphasis often starts or ends inside a word
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
});

export interface Conversion {
  markdown: string;
  /** element names that have no Markdown equivalent and were reduced to their text */
  dropped: string[];
}

const INLINE = new Set([
  'span',
  'font',
  'em',
  'i',
  'cite',
  'dfn',
  'var',
  'strong',
  'b',
  'u',
  'ins',
  'del',
  's',
  'strike',
  'code',
  'tt',
  'kbd',
  'samp',
  'a',
  'br',
  'sub',
  'sup',
  'q',
  'abbr',
  'acronym',
  'small',
  'big',
  'img',
  'object',
  'label',
]);
const BLOCK = new Set([
  'div',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'blockquote',
  'address',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'html',
]);

/**
 * XHTML from a ReqIF value as Markdown: paragraphs, lists, tables, emphasis, code and links survive; images
 * and other objects become their text and are reported. Headings are demoted to level 3 and below, because
 * `##` starts a section in a requirement file. `{{` is escaped so that no text reads as a parameter.
 */
export function markdownFromXhtml(content: readonly XmlElement[]): Conversion {
  const dropped = new Set<string>();
  const root: Root = { type: 'root', children: blocks(content, dropped) };
  const markdown = processor
    .stringify(root as never)
    .replace(/\{\{/g, '\\{\\{')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, dropped: [...dropped].sort() };
}

/** Plain text of an XHTML value, whitespace collapsed: for ids, titles and comparisons. */
export function xhtmlText(content: readonly XmlNode[]): string {
  return content.map(spacedText).join(' ').replace(/\s+/g, ' ').trim();
}

/** Text with a space where a block or a line break ends, so that "<p>a</p><p>b</p>" reads "a b". */
function spacedText(node: XmlNode): string {
  if (typeof node === 'string') return node;
  const name = node.name.toLowerCase();
  if (name === 'br') return ' ';
  const inner = node.children.map(spacedText).join('');
  return BLOCK.has(name) ? ` ${inner} ` : inner;
}

function isInline(node: XmlNode): boolean {
  return typeof node === 'string' || INLINE.has(node.name.toLowerCase()) || !BLOCK.has(node.name.toLowerCase());
}

/** Block content: runs of inline nodes become paragraphs, block elements map to their Markdown node. */
function blocks(nodes: readonly XmlNode[], dropped: Set<string>): RootContent[] {
  const out: RootContent[] = [];
  let run: XmlNode[] = [];
  const flush = () => {
    const children = trimPhrasing(phrasing(run, dropped));
    if (children.length) out.push({ type: 'paragraph', children });
    run = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    flush();
    out.push(...block(node as XmlElement, dropped));
  }
  flush();
  return out;
}

function block(e: XmlElement, dropped: Set<string>): RootContent[] {
  const name = e.name.toLowerCase();
  switch (name) {
    case 'p':
    case 'address':
    case 'caption':
    case 'dt': {
      const children = trimPhrasing(phrasing(e.children, dropped));
      return children.length ? [{ type: 'paragraph', children }] : [];
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const children = trimPhrasing(phrasing(e.children, dropped));
      const depth = Math.min(6, Math.max(3, Number(name.slice(1)) + 2)) as 3 | 4 | 5 | 6;
      return children.length ? [{ type: 'heading', depth, children }] : [];
    }
    case 'ul':
    case 'ol':
      return list(e, name === 'ol', dropped);
    case 'dl':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: e.children
            .filter((c): c is XmlElement => typeof c !== 'string')
            .map((c) => listItem(c.children, dropped)),
        },
      ];
    case 'pre':
      return [{ type: 'code', value: textContent(e).replace(/^\n/, '').replace(/\s+$/, '') }];
    case 'blockquote': {
      const children = blocks(e.children, dropped) as BlockContent[];
      return children.length ? [{ type: 'blockquote', children }] : [];
    }
    case 'hr':
      return [{ type: 'thematicBreak' }];
    case 'table':
      return table(e, dropped);
    default:
      return blocks(e.children, dropped);
  }
}

function list(e: XmlElement, ordered: boolean, dropped: Set<string>): List[] {
  const items = e.children
    .filter((c): c is XmlElement => typeof c !== 'string')
    .map((c) => (c.name.toLowerCase() === 'li' ? listItem(c.children, dropped) : listItem([c], dropped)));
  return items.length ? [{ type: 'list', ordered, spread: false, children: items }] : [];
}

function listItem(children: readonly XmlNode[], dropped: Set<string>): ListItem {
  const content = blocks(children, dropped) as BlockContent[];
  return {
    type: 'listItem',
    spread: false,
    children: content.length ? content : [{ type: 'paragraph', children: [] }],
  };
}

function table(e: XmlElement, dropped: Set<string>): RootContent[] {
  const rows: XmlElement[] = [];
  const collect = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      const n = c.name.toLowerCase();
      if (n === 'tr') rows.push(c);
      else if (n === 'thead' || n === 'tbody' || n === 'tfoot') collect(c);
    }
  };
  collect(e);
  const cells = rows.map((r) =>
    r.children
      .filter(
        (c): c is XmlElement =>
          typeof c !== 'string' && (c.name.toLowerCase() === 'td' || c.name.toLowerCase() === 'th'),
      )
      .map(
        (c): TableCell => ({ type: 'tableCell', children: trimPhrasing(phrasing(flattenBlocks(c.children), dropped)) }),
      ),
  );
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (width === 0) return [];
  const tableRows: TableRow[] = cells.map((r) => ({
    type: 'tableRow',
    children: [
      ...r,
      ...Array.from({ length: width - r.length }, (): TableCell => ({ type: 'tableCell', children: [] })),
    ],
  }));
  const node: Table = { type: 'table', align: Array.from({ length: width }, () => null), children: tableRows };
  return [node];
}

/** Block content inside a table cell becomes one line: GFM cells hold inline content only. */
function flattenBlocks(nodes: readonly XmlNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of nodes) {
    if (typeof n === 'string' || isInline(n)) out.push(n);
    else {
      if (out.length) out.push(' ');
      out.push(...flattenBlocks(n.children));
    }
  }
  return out;
}

function phrasing(nodes: readonly XmlNode[], dropped: Set<string>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      const value = node.replace(/\s+/g, ' ');
      if (value) out.push({ type: 'text', value });
      continue;
    }
    const name = node.name.toLowerCase();
    const inner = () => phrasing(node.children, dropped);
    switch (name) {
      case 'strong':
      case 'b':
        pushWrapped(out, 'strong', inner());
        break;
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
      case 'var':
        pushWrapped(out, 'emphasis', inner());
        break;
      case 'del':
      case 's':
      case 'strike':
        pushWrapped(out, 'delete', inner());
        break;
      case 'code':
      case 'tt':
      case 'kbd':
      case 'samp': {
        const value = textContent(node).replace(/\s+/g, ' ');
        if (value.trim()) out.push({ type: 'inlineCode', value });
        break;
      }
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'a': {
        const href = node.attributes['href'];
        const children = inner();
        if (href && children.length) out.push({ type: 'link', url: href, children });
        else out.push(...children);
        break;
      }
      case 'q':
        out.push({ type: 'text', value: '“' }, ...inner(), { type: 'text', value: '”' });
        break;
      case 'img':
      case 'object': {
        dropped.add(name);
        const alt = node.attributes['alt'] ?? node.attributes['name'] ?? textContent(node).trim();
        out.push({ type: 'text', value: alt ? `[${alt}]` : '[embedded object]' });
        break;
      }
      default:
        if (!INLINE.has(name) && !BLOCK.has(name)) dropped.add(name);
        if (BLOCK.has(name)) {
          // a block inside inline content (a list inside a span, say): keep its words on a new line
          out.push({ type: 'break' }, ...phrasing(flattenBlocks(node.children), dropped));
        } else {
          out.push(...inner());
        }
    }
  }
  return out;
}

function pushWrapped(
  out: PhrasingContent[],
  type: 'strong' | 'emphasis' | 'delete',
  children: PhrasingContent[],
): void {
  const trimmed = trimPhrasing(children);
  if (!trimmed.length) return;
  // Markdown emphasis cannot start or end with a space: move the spaces outside
  const first = children[0];
  const last = children[children.length - 1];
  if (first?.type === 'text' && /^\s/.test(first.value)) out.push({ type: 'text', value: ' ' });
  out.push({ type, children: trimmed } as PhrasingContent);
  if (last?.type === 'text' && /\s$/.test(last.value)) out.push({ type: 'text', value: ' ' });
}

/** Leading and trailing spaces and breaks of a paragraph carry nothing. */
function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (
    out.length &&
    (out[0]!.type === 'break' || (out[0]!.type === 'text' && !(out[0] as { value: string }).value.trim()))
  )
    out.shift();
  while (
    out.length &&
    (out[out.length - 1]!.type === 'break' ||
      (out[out.length - 1]!.type === 'text' && !(out[out.length - 1] as { value: string }).value.trim()))
  )
    out.pop();
  if (out[0]?.type === 'text') out[0] = { type: 'text', value: out[0].value.replace(/^\s+/, '') };
  const end = out[out.length - 1];
  if (end?.type === 'text') out[out.length - 1] = { type: 'text', value: end.value.replace(/\s+$/, '') };
  return out;
}

/** A plain string value (a STRING attribute) as Markdown: blank lines separate paragraphs, and no character turns into markup. */
export function markdownFromPlainText(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const root: Root = {
    type: 'root',
    children: paragraphs.map((p) => ({
      type: 'paragraph',
      children: p
        .split('\n')
        .flatMap((line, i): PhrasingContent[] =>
          i === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }],
        ),
    })),
  };
  return processor
    .stringify(root as never)
    .replace(/\{\{/g, '\\{\\{')
    .trim();
}
