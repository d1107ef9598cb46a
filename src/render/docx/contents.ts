import type { RootContent } from 'mdast';
import type { TableOfContents as TocNode } from '../../document/mdast-extensions.js';
import { Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import type { RenderContext } from './render-context.js';
import { STYLE } from './styles.js';

/**
 * The contents on a page of their own: a title and a TOC field over Heading 1 to the node's depth, with hyperlinked
 * entries. docx writes the entries and their PAGEREF fields into the field result, so the contents are readable before
 * any update; `updateFields` in the settings makes Word refresh the page numbers on opening. A document without any
 * heading to list gets an instruction instead, so the field result is never empty.
 */
export function renderContents(node: TocNode, all: readonly RootContent[], context: RenderContext): FileChild[] {
  const depth = Math.min(Math.max(node.depth, 1), 9);
  const title = new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(context.labels.contents)] });
  const listed = all.some((n) => n.type === 'heading' && !n.data?.cover && n.depth <= depth);
  const options = { hyperlink: true, headingStyleRange: `1-${depth}` };
  const toc = listed
    ? new TableOfContents(context.labels.contents, options)
    : new TableOfContents(context.labels.contents, { ...options, contentChildren: [new Paragraph({ style: STYLE.note, children: [new TextRun(context.labels.updateContents)] })] });
  return [title, toc];
}
