import { diffSpecs, round4, type SpecDiff } from '../diff/diff-specs.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Domain } from '../../load/config.js';
import { compareIds } from '../../lib/text/order.js';
import { treeOrder } from '../../resolve/tree-order.js';

/** How a requirement stands in one spec, against the root of that spec's chain. */
export type MatrixCell = 'unchanged' | 'stricter' | 'looser' | 'modified' | 'removed' | 'added' | 'absent';

export interface MatrixRow {
  id: string;
  title: string;
  domain: string;
  cells: Map<string, MatrixCell>;
}

export interface Matrix {
  /** roots first, each spec followed by its descendants */
  specs: ResolvedSpec[];
  rows: MatrixRow[];
  /** per spec: share of its root's requirements kept unchanged */
  harmonisation: Map<string, number>;
  /** per domain and spec: the same share within the domain; null when the root has none of the domain */
  byDomain: Array<{ domain: Domain; values: Map<string, number | null> }>;
  diffs: Map<string, SpecDiff>;
}

/** Every requirement against every resolved spec. Pure. */
export function buildMatrix(resolved: ReadonlyMap<string, ResolvedSpec>, domains: readonly Domain[]): Matrix {
  const specs = treeOrder(resolved);
  const domainIds = domains.map((d) => d.id);
  const diffs = new Map(
    specs.map((s) => [s.spec.id, diffSpecs(resolved.get(s.chain[0]!.id) ?? s, s, { domains: domainIds })]),
  );

  const sources = new Map<string, { title: string; domain: string }>();
  for (const s of specs)
    for (const r of s.requirements) sources.set(r.id, { title: r.source.title, domain: r.source.domain });
  const rank = new Map(domainIds.map((d, i) => [d, i]));
  const ids = [...sources.keys()].sort((a, b) => {
    const da = rank.get(sources.get(a)!.domain) ?? rank.size;
    const db = rank.get(sources.get(b)!.domain) ?? rank.size;
    return da - db || sources.get(a)!.domain.localeCompare(sources.get(b)!.domain) || compareIds(a, b);
  });

  const entries = new Map(specs.map((s) => [s.spec.id, new Map(diffs.get(s.spec.id)!.entries.map((e) => [e.id, e]))]));
  const rows: MatrixRow[] = ids.map((id) => {
    const cells = new Map<string, MatrixCell>();
    for (const s of specs) {
      const entry = entries.get(s.spec.id)!.get(id);
      cells.set(s.spec.id, entry ? (entry.change?.change ?? 'unchanged') : 'absent');
    }
    return { id, ...sources.get(id)!, cells };
  });

  const harmonisation = new Map(specs.map((s) => [s.spec.id, diffs.get(s.spec.id)!.summary.harmonisation]));
  const known = domains.filter((d) => rows.some((r) => r.domain === d.id));
  const extra = [...new Set(rows.map((r) => r.domain))]
    .filter((d) => !rank.has(d))
    .map((id) => ({ id, prefix: '', title: id }));
  const byDomain = [...known, ...extra].map((domain) => {
    const values = new Map<string, number | null>();
    for (const s of specs) {
      const root = resolved.get(s.chain[0]!.id) ?? s;
      const base = new Set(root.requirements.filter((r) => r.source.domain === domain.id).map((r) => r.id));
      let kept = 0;
      for (const r of rows) if (r.cells.get(s.spec.id) === 'unchanged' && base.has(r.id)) kept++;
      values.set(s.spec.id, base.size === 0 ? null : round4(kept / base.size));
    }
    return { domain, values };
  });
  return { specs, rows, harmonisation, byDomain, diffs };
}
