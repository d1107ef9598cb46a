import { xmlAttribute, xmlText } from './escape.js';

/** An element to write: text or children, never both. */
export interface XmlOut {
  name: string;
  attributes: ReadonlyArray<readonly [string, string]>;
  content: string | readonly XmlOut[];
}

/** An element; `content` is its text or its child elements (undefined children are left out). */
export function element(
  name: string,
  attributes: Record<string, string>,
  content: string | ReadonlyArray<XmlOut | undefined>,
): XmlOut {
  return {
    name,
    attributes: Object.entries(attributes),
    content: typeof content === 'string' ? content : content.filter((c): c is XmlOut => c !== undefined),
  };
}

/** The element indented with tabs, one element a line, text escaped by the one XML escaper. */
export function serialise(node: XmlOut, depth = 0): string {
  const indent = '\t'.repeat(depth);
  const attributes = node.attributes.map(([k, v]) => ` ${k}="${xmlAttribute(v)}"`).join('');
  if (typeof node.content === 'string')
    return `${indent}<${node.name}${attributes}>${xmlText(node.content)}</${node.name}>\n`;
  if (node.content.length === 0) return `${indent}<${node.name}${attributes}/>\n`;
  return `${indent}<${node.name}${attributes}>\n${node.content.map((c) => serialise(c, depth + 1)).join('')}${indent}</${node.name}>\n`;
}
