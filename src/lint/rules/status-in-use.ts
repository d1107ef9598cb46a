import type { Status } from '../../catalogue/requirement.js';
import type { Spec } from '../../spec/spec.js';
import type { LintContext, Location } from '../rule.js';

export interface StatusUse {
  spec: Spec;
  requirement: string;
  at: Location;
  /** true when a deviation adds it, false when `select` picks it */
  added: boolean;
}

/**
 * The selections of requirements with a status, each once, at the spec that made it: the `add` deviation,
 * or the root's `select.include` item or `select.domains` entry. Specs further down inherit it silently.
 */
export function selectionsWithStatus({ catalogue, resolution }: LintContext, status: Status): StatusUse[] {
  const seen = new Set<string>();
  const out: StatusUse[] = [];
  for (const resolved of resolution.resolved.values()) {
    for (const r of resolved.requirements) {
      if (r.source.status !== status) continue;
      const spec = catalogue.specs.get(r.provenance.selected.spec);
      const key = `${r.provenance.selected.spec}\u0000${r.id}`;
      if (!spec || seen.has(key)) continue;
      seen.add(key);
      const add = spec.deviations.find((d) => d.kind === 'add' && d.requirement === r.id);
      if (add) {
        out.push({ spec, requirement: r.id, at: { spec, path: ['deviations', add.index, 'requirement'] }, added: true });
        continue;
      }
      const include = spec.select?.include.indexOf(r.id) ?? -1;
      const domain = spec.select?.domains?.indexOf(r.source.domain) ?? -1;
      const path = include >= 0 ? ['select', 'include', include] : domain >= 0 ? ['select', 'domains', domain] : spec.select ? ['select'] : ['id'];
      out.push({ spec, requirement: r.id, at: { spec, path, key: path[0] === 'select' && path.length === 1 }, added: false });
    }
  }
  return out.sort((a, b) => (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
}
