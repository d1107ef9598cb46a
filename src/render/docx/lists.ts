import type { List, ListItem, RootContent } from 'mdast';
import { renderInline } from './inline.js';
import { listIndent, MAX_LIST_LEVEL } from './numbering.js';
import { paragraph } from './paragraphs.js';
import type { BlockSettings, RenderContext } from './render-context.js';
import { textRun } from './runs.js';
import { STYLE } from './styles.js';

export type RenderBlocks = (nodes: readonly RootContent[], context: RenderContext, settings?: BlockSettings) => string;

/**
 * A list as numbered paragraphs: the first paragraph of an item carries the number or bullet, the item's other
 * paragraphs and blocks are indented to its text, and a nested list goes one level deeper.
 */
export function renderList(list: List, context: RenderContext, renderBlocks: RenderBlocks, depth = 0): string {
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const numId = list.ordered ? context.lists.ordered(list.start ?? 1, level) : context.lists.bullet();
  return list.children.map((item) => renderItem(item, numId, level, context, renderBlocks)).join('');
}

function renderItem(
  item: ListItem,
  numId: number,
  level: number,
  context: RenderContext,
  renderBlocks: RenderBlocks,
): string {
  const [first, ...rest] = item.children;
  const check = typeof item.checked === 'boolean' ? textRun(item.checked ? '\u2612 ' : '\u2610 ') : '';
  const lead = first?.type === 'paragraph' ? renderInline(first.children, context) : '';
  let out = paragraph({ style: STYLE.listParagraph, numbering: { numId, level } }, check + lead);
  for (const child of first?.type === 'paragraph' ? rest : item.children) {
    if (child.type === 'list') out += renderList(child, context, renderBlocks, level + 1);
    else out += renderBlocks([child], context, { style: STYLE.listParagraph, indent: listIndent(level) });
  }
  return out;
}
