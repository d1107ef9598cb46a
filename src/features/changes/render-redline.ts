import { diffSpecs } from '../diff/diff-specs.js';
import { renderRedline } from '../diff/render-redline.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Snapshot } from './snapshot.js';

/**
 * The root spec between two revisions as a Word redline: the deviation redline's renderer, given the root spec as
 * resolved at FROM for its baseline and at TO for its variant. Rejecting all changes gives the old release,
 * accepting all the new one. The root is the spec that extends none and that the most specs build on.
 */
export async function renderRevisionRedline(
  from: Snapshot,
  to: Snapshot,
  date: Date,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const root = rootSpec(to) ?? rootSpec(from);
  if (!root)
    return { ok: false, message: 'neither revision has a spec that resolves, so there is no root spec to compare' };
  const after = to.workspace.resolution.resolved.get(root) ?? emptyLike(from.workspace.resolution.resolved.get(root)!);
  const before = from.workspace.resolution.resolved.get(root) ?? emptyLike(after);
  const domains = to.workspace.catalogue.config.domains;
  const diff = diffSpecs(before, after, { domains: domains.map((d) => d.id) });
  const toName = to.commit ? to.label : 'the working tree';
  const bytes = await renderRedline(diff, {
    date,
    domains,
    revisions: { baseline: from.label, variant: toName, author: to.commit ? to.label : 'working tree' },
  });
  return { ok: true, bytes };
}

/** The spec extending no other that the most resolved specs descend from (by id on a tie). */
function rootSpec(snapshot: Snapshot): string | undefined {
  const counts = new Map<string, number>();
  for (const resolved of snapshot.workspace.resolution.resolved.values()) {
    const root = resolved.chain[0]!.id;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The same spec with no requirement: the side of a revision where it did not exist. */
function emptyLike(resolved: ResolvedSpec): ResolvedSpec {
  return { spec: resolved.spec, chain: [resolved.spec], requirements: [], removed: [] };
}
