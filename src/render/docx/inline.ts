import type { PhrasingContent } from 'mdast';
import { ExternalHyperlink, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { RenderContext } from './render-context.js';
import { STYLE } from './styles.js';

/** The character formatting in force at a point of the inline tree. */
export interface Marks {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly link?: boolean;
  readonly superScript?: boolean;
}

/**
 * Characters that XML 1.0 forbids, and the soft line breaks of the source (which Markdown reads as spaces).
 */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

function run(text: string, marks: Marks, style?: string): TextRun {
  const options: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } = { text };
  if (marks.bold) options.bold = true;
  if (marks.italics) options.italics = true;
  if (marks.strike) options.strike = true;
  if (marks.superScript) options.superScript = true;
  const chosen = style ?? (marks.link ? STYLE.hyperlink : undefined);
  if (chosen) options.style = chosen;
  return new TextRun(options);
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;
const LINE_BREAK_HTML = /^<br\s*\/?>$/i;

/** The runs and hyperlinks of a paragraph's inline content. */
export function renderInline(nodes: readonly PhrasingContent[], context: RenderContext, marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) out.push(...renderNode(node, context, marks));
  return out;
}

function renderNode(node: PhrasingContent, context: RenderContext, marks: Marks): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return node.value === '' ? [] : [run(cleanText(node.value), marks)];
    case 'emphasis':
      return renderInline(node.children, context, { ...marks, italics: true });
    case 'strong':
      return renderInline(node.children, context, { ...marks, bold: true });
    case 'delete':
      return renderInline(node.children, context, { ...marks, strike: true });
    case 'inlineCode':
      return [run(cleanText(node.value), marks, STYLE.inlineCode)];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link':
      return renderLink(node.url, node.children, context, marks);
    case 'linkReference':
      return renderInline(node.children, context, marks);
    case 'image':
    case 'imageReference':
      return node.alt ? [run(cleanText(node.alt), { ...marks, italics: true })] : [];
    case 'footnoteReference':
      return [run(`[${node.label ?? node.identifier}]`, { ...marks, superScript: true })];
    case 'html':
      return LINE_BREAK_HTML.test(node.value.trim()) ? [new TextRun({ break: 1 })] : [];
    default:
      return [];
  }
}

/**
 * `#anchor` links go to the bookmark of the heading with that anchor; a link to an anchor no heading has stays plain
 * text rather than a hyperlink Word cannot follow. Links with a scheme are external hyperlinks.
 */
function renderLink(url: string, children: readonly PhrasingContent[], context: RenderContext, marks: Marks): ParagraphChild[] {
  if (marks.link) return renderInline(children, context, marks);
  if (url.startsWith('#')) {
    const bookmark = context.bookmarks.get(decodeAnchor(url.slice(1)));
    if (bookmark === undefined) return renderInline(children, context, marks);
    return [new InternalHyperlink({ anchor: bookmark, children: runsOnly(renderInline(children, context, { ...marks, link: true })) })];
  }
  if (EXTERNAL.test(url)) {
    return [new ExternalHyperlink({ link: url, children: runsOnly(renderInline(children, context, { ...marks, link: true })) })];
  }
  return renderInline(children, context, marks);
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/** A hyperlink holds runs only (an image or another link inside a link is flattened to its runs above). */
function runsOnly(children: ParagraphChild[]): TextRun[] {
  return children.filter((c): c is TextRun => c instanceof TextRun);
}
