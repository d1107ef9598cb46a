import type { Status } from '../../load/requirement/requirement.js';
import type { Spec } from '../../load/spec/spec.js';
import type { LintContext, Location } from '../rule.js';

export interface StatusUse {
  spec: Spec;
  requirement: string;
  at: Location;
  /** true when a deviation adds it, false when `select` picks it */
  added: boolean;
}

/** The statuses a spec should not select unnoticed. */
export type UnapprovedStatus = Exclude<Status, 'approved'>;

const byResolution = new WeakMap<LintContext['resolution'], Map<UnapprovedStatus, StatusUse[]>>();

/**
 * The selections of requirements with a status, each once, at the spec that made it: the `add` deviation,
 * or the root's `select.include` item or `select.domains` entry. Specs further down inherit it silently.
 */
export function selectionsWithStatus(context: LintContext, status: UnapprovedStatus): StatusUse[] {
  let byStatus = byResolution.get(context.resolution);
  if (!byStatus) byResolution.set(context.resolution, (byStatus = selectionsByStatus(context)));
  return byStatus.get(status) ?? [];
}

/** The selections of every unapproved status in one walk over the resolved specs: two rules ask, and each spec holds the whole catalogue. */
function selectionsByStatus({ catalogue, resolution }: LintContext): Map<UnapprovedStatus, StatusUse[]> {
  const seen = new Set<string>();
  const byStatus = new Map<UnapprovedStatus, StatusUse[]>();
  for (const resolved of resolution.resolved.values()) {
    for (const r of resolved.requirements) {
      const status = r.source.status;
      if (status === 'approved') continue;
      const spec = catalogue.specs.get(r.provenance.selected.spec);
      const key = `${r.provenance.selected.spec}\u0000${r.id}`;
      if (!spec || seen.has(key)) continue;
      seen.add(key);
      let out = byStatus.get(status);
      if (!out) byStatus.set(status, (out = []));
      const add = spec.deviations.find((d) => d.kind === 'add' && d.requirement === r.id);
      if (add) {
        out.push({
          spec,
          requirement: r.id,
          at: { spec, path: ['deviations', add.index, 'requirement'] },
          added: true,
        });
        continue;
      }
      const include = spec.select?.include.indexOf(r.id) ?? -1;
      const domain = spec.select?.domains?.indexOf(r.source.domain) ?? -1;
      const path =
        include >= 0
          ? ['select', 'include', include]
          : domain >= 0
            ? ['select', 'domains', domain]
            : spec.select
              ? ['select']
              : ['id'];
      out.push({
        spec,
        requirement: r.id,
        at: { spec, path, key: path[0] === 'select' && path.length === 1 },
        added: false,
      });
    }
  }
  for (const out of byStatus.values()) out.sort((a, b) => (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
  return byStatus;
}
