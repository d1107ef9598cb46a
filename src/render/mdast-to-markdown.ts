import type { Nodes, PhrasingContent, RootContent, Table } from 'mdast';

/**
 * mdast to GitHub-flavoured Markdown for the nodes a tender document holds. remark-stringify needed about 2 s
 * per 1,000 requirements, most of it in its generic "unsafe" pattern checks; this writer escapes every ASCII
 * punctuation character that Markdown could read as syntax (CommonMark allows a backslash before any of them),
 * which keeps text as text in one pass.
 */
export function toMarkdown(nodes: readonly RootContent[]): string {
  return `${blocks(nodes, false)}\n`;
}

/**
 * The Markdown of each block in turn, written when it is asked for: joined with blank lines and ended with a
 * newline, they are `toMarkdown` of the same nodes. A large document can then go to its bytes piece by piece.
 */
export function* markdownBlocks(nodes: Iterable<RootContent>): Generator<string, void, undefined> {
  for (const node of nodes) {
    const text = block(node);
    if (text !== undefined) yield text;
  }
}

function blocks(nodes: readonly (RootContent | Nodes)[], tight: boolean): string {
  const parts: string[] = [];
  for (const node of nodes) {
    const text = block(node);
    if (text !== undefined) parts.push(text);
  }
  return parts.join(tight ? '\n' : '\n\n');
}

function block(node: RootContent | Nodes): string | undefined {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${oneLine(phrasing(node.children)).replace(/#/g, '\\#')}`;
    case 'paragraph':
      return protectLineStarts(phrasing(node.children));
    case 'thematicBreak':
      return '***';
    case 'blockquote':
      return prefixLines(blocks(node.children, false), '> ', '>');
    case 'code': {
      const fence = '`'.repeat(Math.max(3, longestRun(node.value, '`') + 1));
      return `${fence}${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}\n${node.value}\n${fence}`;
    }
    case 'html':
      return node.value;
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return undefined;
    default:
      return 'children' in node
        ? blocks(node.children as RootContent[], false)
        : 'value' in node
          ? escapeText(String(node.value))
          : undefined;
  }
}

function list(node: Extract<Nodes, { type: 'list' }>): string {
  const start = node.start ?? 1;
  const items = node.children.map((item, i) => {
    const marker = node.ordered ? `${start + i}.` : '-';
    const body = blocks(item.children, !(item.spread ?? false));
    const indent = ' '.repeat(marker.length + 1);
    const lines = body.split('\n');
    return `${marker} ${lines[0] ?? ''}${
      lines.length > 1
        ? `\n${lines
            .slice(1)
            .map((l) => (l ? indent + l : l))
            .join('\n')}`
        : ''
    }`;
  });
  return items.join(node.spread ? '\n\n' : '\n');
}

function table(node: Table): string {
  const rows = node.children.map((row) =>
    row.children.map((cell) => oneLine(phrasing(cell.children)).replace(/(?<!\\)\|/g, '\\|') || ' '),
  );
  const width = Math.max(...rows.map((r) => r.length), 1);
  const fill = (r: string[]) => [...r, ...Array<string>(width - r.length).fill(' ')];
  const align = Array.from({ length: width }, (_, i) => {
    const a = node.align?.[i];
    return a === 'left' ? ':--' : a === 'right' ? '--:' : a === 'center' ? ':-:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(fill(head ?? [])), line(align), ...body.map((r) => line(fill(r)))].join('\n');
}

function phrasing(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) out += inline(node);
  return out;
}

function inline(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'emphasis':
      return wrap('*', phrasing(node.children));
    case 'strong':
      return wrap('**', phrasing(node.children));
    case 'delete':
      return wrap('~~', phrasing(node.children));
    case 'inlineCode': {
      const fence = '`'.repeat(longestRun(node.value, '`') + 1);
      const pad = /^`|`$|^ .* $/.test(node.value) || node.value === '' ? ' ' : '';
      return `${fence}${pad}${node.value.replace(/\n/g, ' ')}${pad}${fence}`;
    }
    case 'break':
      return '\\\n';
    case 'link':
      return `[${phrasing(node.children)}](${destination(node.url)}${node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : ''})`;
    case 'image':
      return `![${escapeText(node.alt ?? '')}](${destination(node.url)}${node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : ''})`;
    case 'html':
      return node.value;
    default:
      return 'children' in node
        ? phrasing(node.children as PhrasingContent[])
        : 'value' in node
          ? escapeText(String(node.value))
          : '';
  }
}

/** Emphasis markers only work against non-space characters: spaces at the edges move outside. */
function wrap(marker: string, content: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : content;
}

function destination(url: string): string {
  return /[\s()<>]/.test(url) || url === '' ? `<${url.replace(/[<>\\]/g, '\\$&')}>` : url.replace(/\\/g, '\\\\');
}

const AUTOLINK_TRIGGER = /(www|https?|ftp|mailto|xmpp)([.:])/gi;
const INLINE_SYNTAX = /[\\`*_[\]<|~]|&(?=#?[A-Za-z0-9]+;)|!(?=\[)/g;

/** Text as text: every character that could open Markdown syntax gets a backslash. */
export function escapeText(value: string): string {
  // a blank line would end the paragraph and trailing spaces would make a hard break: a newline stays one soft break
  // GFM links bare `www.` and `http://` text and shows backslashes inside such links as they are: an escaped dot or
  // colon keeps the text from becoming a link, so the escapes after it keep working
  return value
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(AUTOLINK_TRIGGER, '$1\\$2')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n');
}

/** Characters that start a block at the beginning of a line (headings, quotes, lists, rules, setext underlines). */
function protectLineStarts(text: string): string {
  return text
    .split('\n')
    .map((raw) => {
      // leading spaces mean nothing in a paragraph, and four of them would start code
      const line = raw.replace(/^[ \t]+/, '');
      if (/^[#>+=-]/.test(line)) return `\\${line}`;
      return line.replace(/^(\d{1,9})([.)])/, '$1\\$2');
    })
    .join('\n');
}

function oneLine(text: string): string {
  // only spaces and tabs are Markdown whitespace: a no-break space at an edge is text
  return text
    .replace(/\\\n/g, ' ')
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

function prefixLines(text: string, prefix: string, empty: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : empty))
    .join('\n');
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
