import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EffectiveRequirement } from '../../resolve/resolved.js';
import { collapseSpaces } from '../../lib/text/normalise-text.js';

/**
 * The plain text of Markdown blocks, one line per paragraph or list item, with `{{name}}` placeholders kept:
 * what reports and the redline compare word by word. Inline formatting is dropped; list items keep a marker.
 */
export function plainBlocks(nodes: readonly RootContent[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'list':
        out.push(...listBlocks(node));
        break;
      case 'blockquote':
        out.push(...plainBlocks(node.children));
        break;
      case 'code':
        out.push(...node.value.split('\n').map(collapseSpaces).filter(Boolean));
        break;
      case 'table':
        for (const row of node.children) out.push(row.children.map((c) => collapseSpaces(toString(c))).join(' | '));
        break;
      case 'thematicBreak':
        break;
      case 'html':
        if (node.value.trim() && !node.value.trim().startsWith('<!--')) out.push(collapseSpaces(node.value));
        break;
      default: {
        const text = collapseSpaces(toString(node));
        if (text) out.push(text);
      }
    }
  }
  return out;
}

function listBlocks(list: List): string[] {
  const out: string[] = [];
  list.children.forEach((item, i) => {
    const marker = list.ordered ? `${(list.start ?? 1) + i}. ` : '\u2022 ';
    const inner = plainBlocks(item.children);
    if (inner.length === 0) out.push(marker.trim());
    inner.forEach((b, k) => out.push(k === 0 ? marker + b : b));
  });
  return out;
}

/** A requirement's statement as plain text, paragraphs separated by a line break. */
export function statementText(r: EffectiveRequirement): string {
  return plainProse(r.statement.markdown) ?? plainBlocks(r.statement.nodes).join('\n');
}

/**
 * The plain text of Markdown that can only be one paragraph of text: one line that starts with a letter (or a
 * placeholder), of letters, digits, spaces and punctuation that no Markdown rule reads (no emphasis, code, link,
 * entity, escape, HTML, table or strikethrough character, and nothing an address could be made of). Most statements
 * are such a sentence, and a report of their changes then needs no Markdown parser. Undefined otherwise.
 */
export function plainProse(markdown: string): string | undefined {
  const text = markdown.trim();
  // a placeholder's underscores stand between letters or digits, where they never mark emphasis
  const words = text.replace(PLACEHOLDER_NAME, 'x');
  return PLAIN_PROSE.test(words) && !/www\./i.test(words) ? collapseSpaces(text) : undefined;
}

const PLAIN_PROSE = /^[\p{L}{][\p{L}\p{N} ,.;'"()/%?{}+=-]*$/u;
const PLACEHOLDER_NAME = /(?<=\{\{)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*(?=\}\})/g;
