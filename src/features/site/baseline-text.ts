import type { RootContent } from 'mdast';
import type { Requirement } from '../../load/requirement/requirement.js';
import { substituteParameters } from '../../document/substitute-parameters.js';

export interface BaselineText {
  statement: RootContent[];
  sections: Array<{ key: string; heading: string; nodes: RootContent[] }>;
}

const cache = new WeakMap<Requirement, BaselineText>();

/** The requirement's statement and sections with every `{{name}}` filled with its default: the catalogue's own text. */
export function baselineText(r: Requirement): BaselineText {
  let text = cache.get(r);
  if (!text) {
    const defaults = new Map([...r.parameters].map(([name, p]) => [name, p.default]));
    const fill = (nodes: readonly RootContent[]) => substituteParameters(nodes, defaults, r.parameters);
    text = {
      statement: fill(r.statement.nodes),
      sections: r.sections.map((s) => ({ key: s.key, heading: s.heading, nodes: fill(s.nodes) })),
    };
    cache.set(r, text);
  }
  return text;
}
