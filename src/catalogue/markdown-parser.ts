import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses one Markdown text (GFM, YAML front matter) into mdast. Texts are parsed one at a time: remark slows down on huge documents. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
