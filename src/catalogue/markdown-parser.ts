import MarkdownIt from 'markdown-it';
import type { Root } from 'mdast';
import { tokensToMdast } from '../markdown/tokens-to-mdast.js';

/** CommonMark with GFM tables, strikethrough and autolinked addresses; no raw HTML rendering is ever done. */
const parser = new MarkdownIt('commonmark', { html: true, linkify: true }).enable(['table', 'strikethrough', 'linkify']);

/** Parses one Markdown text (a requirement body, a template result) into mdast. */
export function parseMarkdown(text: string): Root {
  return tokensToMdast(parser.parse(text, {}));
}
