import type { Heading } from 'mdast';
import { Bookmark, HeadingLevel, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { anchorOf } from './bookmark-names.js';
import { renderInline } from './inline.js';
import type { RenderContext } from './render-context.js';
import { STYLE } from './styles.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A heading: Heading 1 to 3 (deeper ones as Heading 3), its chapter number as text followed by a tab to the style's
 * hanging indent, and a bookmark over it all when it has an anchor. Cover headings use the Title style (or Cover
 * Heading below level 1), which have no outline level, so they stay out of the contents.
 */
export function renderHeading(heading: Heading, context: RenderContext, pageBreakBefore: boolean): Paragraph {
  let children: ParagraphChild[] = renderInline(heading.children, context);
  const data = heading.data;
  if (data?.number && !data.cover) children = [new TextRun({ children: [data.number, new Tab()] }), ...children];
  const anchor = anchorOf(heading);
  const bookmark = anchor === undefined ? undefined : context.bookmarks.get(anchor);
  if (bookmark !== undefined) children = [new Bookmark({ id: bookmark, children })];
  const breakBefore = pageBreakBefore ? { pageBreakBefore: true } : {};
  if (data?.cover) {
    return new Paragraph({ style: heading.depth === 1 ? STYLE.title : STYLE.coverHeading, children, ...breakBefore });
  }
  const level = LEVELS[Math.min(heading.depth, LEVELS.length) - 1]!;
  return new Paragraph({ heading: level, children, ...breakBefore });
}
