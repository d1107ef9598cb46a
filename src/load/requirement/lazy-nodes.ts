import type { RootContent } from 'mdast';
import { parseMarkdown } from './markdown-parser.js';

/** Adds `nodes`, parsed from `markdown` on first use: validation needs only the text, rendering needs the tree. */
export function withLazyNodes<T extends { markdown: string }>(value: T): T & { readonly nodes: RootContent[] } {
  let nodes: RootContent[] | undefined;
  return Object.defineProperty(value, 'nodes', {
    enumerable: true,
    get() {
      nodes ??= parseMarkdown(value.markdown).children;
      return nodes;
    },
  }) as T & { readonly nodes: RootContent[] };
}
