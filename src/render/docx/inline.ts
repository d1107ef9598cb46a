import type { PhrasingContent } from 'mdast';
import type { RenderContext } from './render-context.js';
import { LINE_BREAK_RUN, textRun, type RunFormat } from './runs.js';
import { STYLE } from './styles.js';
import { wordLanguage } from './word-language.js';
import { cleanText } from './xml.js';

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;
const LINE_BREAK_HTML = /^<br\s*\/?>$/i;

/** The runs and hyperlinks of a paragraph's inline content, as WordprocessingML. */
export function renderInline(
  nodes: readonly PhrasingContent[],
  context: RenderContext,
  format: RunFormat = {},
): string {
  const inherited = context.lang && !format.lang ? { ...format, lang: context.lang } : format;
  let out = '';
  for (const node of nodes) {
    const lang = node.data?.lang;
    out += renderNode(node, context, lang ? { ...inherited, lang: wordLanguage(lang) } : inherited);
  }
  return out;
}

function renderNode(node: PhrasingContent, context: RenderContext, format: RunFormat): string {
  switch (node.type) {
    case 'text':
      return node.value === '' ? '' : textRun(cleanText(node.value), format);
    case 'emphasis':
      return renderInline(node.children, context, { ...format, italics: true });
    case 'strong':
      return renderInline(node.children, context, { ...format, bold: true });
    case 'delete':
      return renderInline(node.children, context, { ...format, strike: true });
    case 'inlineCode':
      return textRun(cleanText(node.value), { ...format, style: STYLE.inlineCode });
    case 'break':
      return LINE_BREAK_RUN;
    case 'link':
      return renderLink(node.url, node.children, context, format);
    case 'linkReference':
      return renderInline(node.children, context, format);
    case 'image':
    case 'imageReference':
      return node.alt ? textRun(cleanText(node.alt), { ...format, italics: true }) : '';
    case 'footnoteReference':
      return textRun(`[${node.label ?? node.identifier}]`, { ...format, superScript: true });
    case 'html':
      return LINE_BREAK_HTML.test(node.value.trim()) ? LINE_BREAK_RUN : '';
    default:
      return '';
  }
}

/**
 * `#anchor` links go to the bookmark of the heading with that anchor; a link to an anchor no heading has stays plain
 * text rather than a hyperlink Word cannot follow. Links with a scheme are external hyperlinks; relative addresses
 * mean nothing inside a Word file and stay plain text.
 */
function renderLink(
  url: string,
  children: readonly PhrasingContent[],
  context: RenderContext,
  format: RunFormat,
): string {
  if (format.style === STYLE.hyperlink) return renderInline(children, context, format);
  const linked = { ...format, style: STYLE.hyperlink };
  if (url.startsWith('#')) {
    const bookmark = context.outline.anchor(decodeAnchor(url.slice(1)));
    if (bookmark === undefined) return renderInline(children, context, format);
    return `<w:hyperlink w:anchor="${bookmark}" w:history="1">${renderInline(children, context, linked)}</w:hyperlink>`;
  }
  if (EXTERNAL.test(url)) {
    return `<w:hyperlink r:id="${context.links.idOf(url)}" w:history="1">${renderInline(children, context, linked)}</w:hyperlink>`;
  }
  return renderInline(children, context, format);
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
