import type MarkdownIt from 'markdown-it';
import { lazyRequire } from '../../lib/lazy-require.js';
import type { Root } from 'mdast';
import { tokensToMdast } from './tokens-to-mdast.js';

/** CommonMark with GFM tables, strikethrough and autolinked addresses; no raw HTML rendering is ever done. */
const markdownIt = lazyRequire<typeof MarkdownIt>('markdown-it');
let parser: MarkdownIt | undefined;

/** Parses one Markdown text (a requirement body, a template result) into mdast. */
export function parseMarkdown(text: string): Root {
  parser ??= new (markdownIt())('commonmark', { html: true, linkify: true }).enable([
    'table',
    'strikethrough',
    'linkify',
  ]);
  return tokensToMdast(parser.parse(text, {}));
}
