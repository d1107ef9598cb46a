import type { Code, Paragraph, RootContent } from 'mdast';
import { renderContents } from './contents.js';
import { renderHeading } from './headings.js';
import { renderInline } from './inline.js';
import { renderList } from './lists.js';
import { paragraph } from './paragraphs.js';
import type { BlockSettings, RenderContext } from './render-context.js';
import { LINE_BREAK_RUN, PAGE_BREAK_RUN, textRun } from './runs.js';
import { STYLE } from './styles.js';
import { renderTable } from './tables.js';
import { wordLanguage } from './word-language.js';
import { cleanText } from './xml.js';

type Role = NonNullable<NonNullable<Paragraph['data']>['role']>;

const ROLE_STYLE: Record<Role, string> = {
  title: STYLE.title,
  subtitle: STYLE.subtitle,
  label: STYLE.label,
  note: STYLE.note,
  small: STYLE.small,
};

/** Blocks that begin with a paragraph of their own, which can carry `pageBreakBefore`. */
const STARTS_WITH_PARAGRAPH = new Set(['paragraph', 'heading', 'code', 'tableOfContents']);
/** Nodes with no place in the printed document. */
const SILENT = new Set(['html', 'definition', 'yaml', 'pageBreak']);

/**
 * The WordprocessingML of a sequence of mdast blocks. A pageBreak node sets the next block on a new page:
 * `pageBreakBefore` on its paragraph, or a paragraph holding a page break before a list or a table.
 */
export function renderBlocks(
  nodes: readonly RootContent[],
  context: RenderContext,
  settings: BlockSettings = {},
): string {
  // joined once: a flat string, where += would leave a rope that is slow to encode
  return [...blocksXml(nodes, context, settings)].join('');
}

/**
 * The WordprocessingML of the blocks one at a time, each written when it is asked for (with the paragraphs that
 * separate it from the one before): the body of a large document can go to its bytes piece by piece.
 */
export function* blocksXml(
  nodes: readonly RootContent[],
  context: RenderContext,
  settings: BlockSettings = {},
): Generator<string, void, undefined> {
  let previous: string | undefined;
  for (const node of nodes) {
    if (node.type === 'pageBreak') {
      context.pageBreakPending = true;
      continue;
    }
    if (SILENT.has(node.type)) continue;
    const breakBefore = context.pageBreakPending;
    context.pageBreakPending = false;
    if (breakBefore && !STARTS_WITH_PARAGRAPH.has(node.type)) yield paragraph({}, PAGE_BREAK_RUN);
    // Word joins adjacent tables into one; an empty paragraph keeps them apart
    if (previous === 'table' && node.type === 'table') yield paragraph({ style: STYLE.small }, '');
    // lists and tables have no spacing after them of their own
    const spaced = (previous === 'list' || previous === 'table') && !breakBefore;
    yield inLanguage(node, context, () => renderBlock(node, context, settings, breakBefore, spaced));
    previous = node.type;
  }
}

/** Renders a block with its text tagged in the language its tree node names (the nearest ancestor's otherwise). */
function inLanguage(node: RootContent, context: RenderContext, render: () => string): string {
  const lang = node.data?.lang;
  if (!lang) return render();
  const outer = context.lang;
  context.lang = wordLanguage(lang);
  try {
    return render();
  } finally {
    context.lang = outer;
  }
}

function renderBlock(
  node: RootContent,
  context: RenderContext,
  settings: BlockSettings,
  breakBefore: boolean,
  spaced: boolean,
): string {
  switch (node.type) {
    case 'heading':
      return renderHeading(node, context, breakBefore);
    case 'paragraph':
      return renderParagraph(node, context, settings, breakBefore, spaced);
    case 'list':
      return renderList(node, context, renderBlocks);
    case 'table':
      return renderTable(node, context);
    case 'code':
      return renderCode(node, settings, breakBefore);
    case 'blockquote':
      return renderBlocks(node.children, context, { style: STYLE.quote });
    case 'thematicBreak':
      return paragraph({ rule: true }, '');
    case 'tableOfContents':
      return renderContents(node.depth, context);
    case 'footnoteDefinition':
      return renderBlocks(node.children, context, { style: STYLE.small });
    default:
      return '';
  }
}

function renderParagraph(
  node: Paragraph,
  context: RenderContext,
  settings: BlockSettings,
  pageBreakBefore: boolean,
  spaced: boolean,
): string {
  const role = node.data?.role;
  const style = role ? ROLE_STYLE[role] : settings.style;
  return paragraph(
    {
      ...(style ? { style } : {}),
      pageBreakBefore,
      ...(spaced ? { spaceBefore: 120 } : {}),
      ...(settings.indent === undefined ? {} : { indentLeft: settings.indent }),
    },
    renderInline(node.children, context),
  );
}

/** A code block as one paragraph in a monospaced style, a line break per source line, tabs as spaces. */
function renderCode(node: Code, settings: BlockSettings, pageBreakBefore: boolean): string {
  const content = node.value
    .split(/\r?\n/)
    .map((line) => textRun(cleanText(line.replace(/\t/g, '    '))))
    .join(LINE_BREAK_RUN);
  return paragraph(
    { style: STYLE.code, pageBreakBefore, ...(settings.indent === undefined ? {} : { indentLeft: settings.indent }) },
    content,
  );
}
