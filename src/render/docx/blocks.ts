import type { Code, Paragraph as MdParagraph, RootContent } from 'mdast';
import { PageBreak, Paragraph, TextRun, type FileChild, type IParagraphOptions } from 'docx';
import { renderContents } from './contents.js';
import { renderHeading } from './headings.js';
import { cleanText, renderInline } from './inline.js';
import { renderList } from './lists.js';
import type { BlockSettings, RenderContext } from './render-context.js';
import { STYLE } from './styles.js';
import { renderTable } from './tables.js';

type Role = NonNullable<NonNullable<MdParagraph['data']>['role']>;

const ROLE_STYLE: Record<Role, string> = {
  title: STYLE.title,
  subtitle: STYLE.subtitle,
  label: STYLE.label,
  note: STYLE.note,
  small: STYLE.small,
};

/**
 * The Word blocks of a sequence of mdast blocks. `all` is the whole document, which the contents look through for
 * headings. A pageBreak node sets the next paragraph or heading on a new page (`pageBreakBefore`), or, before a block
 * that cannot carry it, becomes a paragraph with a page break.
 */
export function renderBlocks(nodes: readonly RootContent[], context: RenderContext, settings: BlockSettings = {}, all: readonly RootContent[] = nodes): FileChild[] {
  const out: FileChild[] = [];
  const recurse = (inner: readonly RootContent[], ctx: RenderContext, s: BlockSettings = {}) => renderBlocks(inner, ctx, s, all);
  for (const node of nodes) {
    if (node.type === 'pageBreak') {
      context.pageBreakPending = true;
      continue;
    }
    const breakBefore = context.pageBreakPending;
    const carriesBreak = node.type === 'paragraph' || node.type === 'heading' || node.type === 'code' || node.type === 'tableOfContents';
    if (breakBefore && !carriesBreak && producesOutput(node)) out.push(new Paragraph({ children: [new PageBreak()] }));
    if (producesOutput(node)) context.pageBreakPending = false;
    switch (node.type) {
      case 'heading':
        out.push(renderHeading(node, context, breakBefore));
        break;
      case 'paragraph':
        out.push(renderParagraph(node, context, settings, breakBefore));
        break;
      case 'list':
        out.push(...renderList(node, context, recurse));
        break;
      case 'table':
        out.push(renderTable(node, context));
        break;
      case 'code':
        out.push(renderCode(node, settings, breakBefore));
        break;
      case 'blockquote':
        out.push(...recurse(node.children, context, { style: STYLE.quote }));
        break;
      case 'thematicBreak':
        out.push(new Paragraph({ thematicBreak: true, children: [] }));
        break;
      case 'tableOfContents':
        out.push(...renderContents(node, all, context));
        break;
      case 'footnoteDefinition':
        out.push(...recurse(node.children, context, { style: STYLE.small }));
        break;
      default:
        // html, definitions and front matter have no place in the printed document
        break;
    }
  }
  return out;
}

function producesOutput(node: RootContent): boolean {
  return !['html', 'definition', 'yaml', 'pageBreak'].includes(node.type);
}

function indentOf(settings: BlockSettings): Pick<IParagraphOptions, 'indent'> {
  return settings.indent === undefined ? {} : { indent: { left: settings.indent } };
}

function renderParagraph(node: MdParagraph, context: RenderContext, settings: BlockSettings, pageBreakBefore: boolean): Paragraph {
  const role = node.data?.role;
  const style = role ? ROLE_STYLE[role] : settings.style;
  return new Paragraph({
    children: renderInline(node.children, context),
    ...(style ? { style } : {}),
    ...indentOf(settings),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A code block as one paragraph in a monospaced style, a line break per source line, tabs as spaces. */
function renderCode(node: Code, settings: BlockSettings, pageBreakBefore: boolean): Paragraph {
  const lines = node.value.split(/\r?\n/);
  const children = lines.map((line, i) => new TextRun({ text: cleanText(line.replace(/\t/g, '    ')), ...(i > 0 ? { break: 1 } : {}) }));
  return new Paragraph({
    style: STYLE.code,
    children,
    ...indentOf(settings),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}
