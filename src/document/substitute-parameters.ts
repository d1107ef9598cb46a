import type { Nodes, RootContent } from 'mdast';
import { PLACEHOLDER } from '../load/requirement/placeholders.js';
import type { Parameter, ParameterValue } from '../load/requirement/requirement.js';
import { formatValue } from './format-value.js';

/**
 * The nodes with every `{{name}}` in text replaced by the effective value and unit. Only the nodes on the way to
 * a replaced text are copied; the rest are the given nodes themselves, so nothing may change what this returns.
 */
export function substituteParameters(
  nodes: readonly RootContent[],
  values: ReadonlyMap<string, ParameterValue>,
  parameters: ReadonlyMap<string, Parameter>,
  locale = 'en',
): RootContent[] {
  const replace = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values.get(name);
      return value === undefined ? whole : formatValue(value, parameters.get(name), locale);
    });
  return nodes.map((n) => substituted(n, replace) as RootContent);
}

export function substituteInText(
  text: string,
  values: ReadonlyMap<string, ParameterValue>,
  parameters: ReadonlyMap<string, Parameter>,
  locale = 'en',
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    return value === undefined ? whole : formatValue(value, parameters.get(name), locale);
  });
}

function substituted(node: Nodes, replace: (s: string) => string): Nodes {
  if (node.type === 'text') {
    if (!node.value.includes('{{')) return node;
    const value = replace(node.value);
    return value === node.value ? node : { ...node, value };
  }
  if (!('children' in node)) return node;
  let children: Nodes[] | undefined;
  node.children.forEach((child, i) => {
    const after = substituted(child, replace);
    if (after !== child) (children ??= [...node.children])[i] = after;
  });
  return children ? ({ ...node, children } as Nodes) : node;
}
