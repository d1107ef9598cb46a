import { collapseSpaces } from '../../lib/text/normalise-text.js';
import type { Inline } from './inline.js';

/** Markup for formatting codes whose original data a tool dropped: by their XLIFF subType. */
const FALLBACK_MARKUP: Readonly<Record<string, string>> = { 'xlf:b': '**', 'xlf:i': '*' };

/**
 * A translated segment as Markdown: the markup of its codes from the unit's original data, its text escaped
 * where Markdown would read it as markup. The result is one line, trimmed.
 */
export function inlineToMarkdown(content: readonly Inline[], data: ReadonlyMap<string, string>): string {
  const render = (items: readonly Inline[]): string =>
    items
      .map((c) => {
        if (c.kind === 'text') return escapeText(c.text.replace(/\s*\n\s*/g, ' '));
        if (c.kind === 'ph') return data.get(c.dataRef) ?? c.equiv ?? '';
        const fallback = c.subType ? (FALLBACK_MARKUP[c.subType] ?? '') : '';
        return `${data.get(c.dataRefStart) ?? fallback}${render(c.children)}${data.get(c.dataRefEnd) ?? fallback}`;
      })
      .join('');
  return escapeLineStart(render(content).trim());
}

/** A translated plain text (a title): placeholders back, no Markdown escaping. */
export function inlineToPlain(content: readonly Inline[], data: ReadonlyMap<string, string>): string {
  const render = (items: readonly Inline[]): string =>
    items
      .map((c) =>
        c.kind === 'text' ? c.text : c.kind === 'ph' ? (data.get(c.dataRef) ?? c.equiv ?? '') : render(c.children),
      )
      .join('');
  return collapseSpaces(render(content));
}

/** Backslash-escapes what Markdown would read as inline markup; `_` only where it could open or close emphasis. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*[\]<|~]/g, '\\$&')
    .replace(/_/g, (m: string, offset: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[offset + 1] ?? '') ? m : '\\_',
    )
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A segment starts a block: "# ", "> ", "- ", "+ ", "1. " there would start a heading, quote or list. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
