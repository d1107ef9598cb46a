import { compareIds } from '../lib/text/order.js';
import type { ResolvedSpec } from './resolved.js';

/** Roots in id order, each followed depth-first by its children in id order: a chain reads left to right. */
export function treeOrder(resolved: ReadonlyMap<string, ResolvedSpec>): ResolvedSpec[] {
  const all = [...resolved.values()];
  const children = (parent: string | undefined) =>
    all
      .filter((s) => (parent === undefined ? s.chain.length === 1 : s.spec.extends === parent))
      .sort((a, b) => compareIds(a.spec.id, b.spec.id));
  const out: ResolvedSpec[] = [];
  const visit = (s: ResolvedSpec) => {
    out.push(s);
    for (const c of children(s.spec.id)) visit(c);
  };
  for (const root of children(undefined)) visit(root);
  return out;
}
