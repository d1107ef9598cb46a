import type { Inline } from './inline.js';

/**
 * The target's inline codes renumbered to carry the id of the source code they correspond to (same kind and
 * markup, in order), as XLIFF asks; a code the source lacks gets a fresh id from `fresh`.
 */
export function alignCodeIds(source: readonly Inline[], target: readonly Inline[], fresh: () => string): Inline[] {
  const pool = new Map<string, string[]>();
  const collect = (items: readonly Inline[]) => {
    for (const c of items) {
      if (c.kind === 'text') continue;
      const key = signature(c);
      pool.set(key, [...(pool.get(key) ?? []), c.id]);
      if (c.kind === 'pc') collect(c.children);
    }
  };
  collect(source);
  const renumber = (items: readonly Inline[]): Inline[] =>
    items.map((c) => {
      if (c.kind === 'text') return c;
      const ids = pool.get(signature(c));
      const id = ids && ids.length > 0 ? ids.shift()! : fresh();
      return c.kind === 'pc' ? { ...c, id, children: renumber(c.children) } : { ...c, id };
    });
  return renumber(target);
}

function signature(c: Exclude<Inline, { kind: 'text' }>): string {
  return c.kind === 'ph' ? `ph:${c.dataRef}` : `pc:${c.dataRefStart}:${c.dataRefEnd}`;
}
