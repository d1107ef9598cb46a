import type { Heading } from 'mdast';
import { renderInline } from './inline.js';
import { headingLevel } from './outline.js';
import { paragraph } from './paragraphs.js';
import type { RenderContext } from './render-context.js';
import { TAB_RUN, textRun } from './runs.js';
import { STYLE } from './styles.js';

/**
 * A heading: Heading 1 to 3, its chapter number as text followed by a tab to the style's hanging indent, and a
 * bookmark over it all when it has an anchor or is listed in the contents. Cover headings use the Title style (or
 * Cover Heading below level 1), which have no outline level, so they stay out of the contents.
 */
export function renderHeading(heading: Heading, context: RenderContext, pageBreakBefore: boolean): string {
  const data = heading.data;
  let content = renderInline(heading.children, context);
  if (data?.number && !data.cover) content = textRun(data.number) + TAB_RUN + content;
  const bookmark = context.outline.bookmarkOf(heading);
  if (bookmark !== undefined) {
    const id = context.nextBookmarkId++;
    content = `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
  const style = data?.cover
    ? heading.depth === 1
      ? STYLE.title
      : STYLE.coverHeading
    : `Heading${headingLevel(heading)}`;
  return paragraph({ style, pageBreakBefore }, content);
}
