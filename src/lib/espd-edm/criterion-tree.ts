import data from './criteria.json' with { type: 'json' };
import type { XmlOut } from '../xml/xml-tree.js';

const TREES = data.criteria as unknown as Record<string, XmlOut>;

/**
 * A criterion of the ESPD-EDM 4.1.0 taxonomy (EU Publications Office, EUPL 1.2: see NOTICE.md beside this file) as
 * the element tree an ESPD Request copies: its fixed UUID, name, description and property groups; undefined for a
 * code the taxonomy does not have.
 */
export function criterionTree(code: string): XmlOut | undefined {
  return Object.hasOwn(TREES, code) ? TREES[code] : undefined;
}
