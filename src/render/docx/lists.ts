import type { List, ListItem, RootContent } from 'mdast';
import { Paragraph, TextRun, type FileChild } from 'docx';
import { renderInline } from './inline.js';
import { listIndent, MAX_LIST_LEVEL, type ListReference } from './numbering.js';
import type { BlockSettings, RenderContext } from './render-context.js';
import { STYLE } from './styles.js';

export type RenderBlocks = (nodes: readonly RootContent[], context: RenderContext, settings?: BlockSettings) => FileChild[];

/**
 * A list as numbered paragraphs: the first paragraph of an item carries the number or bullet, the item's other
 * paragraphs and blocks are indented to its text, and a nested list goes one level deeper.
 */
export function renderList(list: List, context: RenderContext, renderBlocks: RenderBlocks, level = 0): FileChild[] {
  const numbering = list.ordered ? context.lists.ordered(list.start ?? 1) : context.lists.bullet();
  const out: FileChild[] = [];
  for (const item of list.children) out.push(...renderItem(item, numbering, context, renderBlocks, Math.min(level, MAX_LIST_LEVEL)));
  return out;
}

function renderItem(item: ListItem, numbering: ListReference, context: RenderContext, renderBlocks: RenderBlocks, level: number): FileChild[] {
  const out: FileChild[] = [];
  const [first, ...rest] = item.children;
  const check = typeof item.checked === 'boolean' ? [new TextRun(item.checked ? '\u2612 ' : '\u2610 ')] : [];
  const numbered = { style: STYLE.listParagraph, numbering: { ...numbering, level } };
  const following = first?.type === 'paragraph' ? rest : item.children;
  out.push(new Paragraph({ ...numbered, children: [...check, ...(first?.type === 'paragraph' ? renderInline(first.children, context) : [])] }));
  for (const child of following) {
    if (child.type === 'list') out.push(...renderList(child, context, renderBlocks, level + 1));
    else out.push(...renderBlocks([child], context, { style: STYLE.listParagraph, indent: listIndent(level) }));
  }
  return out;
}
