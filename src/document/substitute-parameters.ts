import type { Nodes, RootContent } from 'mdast';
import { PLACEHOLDER } from '../catalogue/placeholders.js';
import type { Parameter, ParameterValue } from '../catalogue/requirement.js';
import { formatValue } from './format-value.js';

/** A copy of the nodes with every `{{name}}` in text replaced by the effective value and unit. */
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
  return nodes.map((n) => cloneWith(n, replace) as RootContent);
}

export function substituteInText(text: string, values: ReadonlyMap<string, ParameterValue>, parameters: ReadonlyMap<string, Parameter>, locale = 'en'): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    return value === undefined ? whole : formatValue(value, parameters.get(name), locale);
  });
}

function cloneWith(node: Nodes, replace: (s: string) => string): Nodes {
  const { position: _position, ...rest } = node as Nodes & { position?: unknown };
  const copy = { ...rest } as Nodes & { value?: string; children?: Nodes[] };
  if (copy.type === 'text' && typeof copy.value === 'string') copy.value = replace(copy.value);
  if (Array.isArray(copy.children)) copy.children = copy.children.map((c) => cloneWith(c, replace));
  return copy;
}
