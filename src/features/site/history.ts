import type { ContentStore } from '../../load/cache/cache.js';
import { listTags, openRepository } from '../../load/git/repository.js';
import { resolveAll } from '../../resolve/resolve.js';
import { compareSnapshots } from '../changes/compare-snapshots.js';
import { summaryLines } from '../changes/render-text.js';
import { renderChangesHtml } from '../changes/render-html.js';
import { loadRevision, resolveNeeded, type Snapshot } from '../changes/snapshot.js';
import { buildMatrix } from '../matrix/build-matrix.js';

/** One release of the catalogue: a tag of its repository. */
export interface Release {
  tag: string;
  /** YYYY-MM-DD */
  date: string;
  requirements: number;
  /** per spec id: the share of its root's requirements it keeps unchanged, as `matrix` computes it */
  harmonisation: ReadonlyMap<string, number>;
  /** against the release before: one line per kind of change, and the changelog as a page; none for the first */
  changes?: { summary: string[]; page: string };
  /** the release did not load cleanly: what the pages say about it */
  notes: string[];
}

export interface SiteHistory {
  releases: Release[];
}

/** The last releases shown: each is loaded from git and resolved in full. */
export const MAX_RELEASES = 20;

/**
 * The history of the catalogue from the tags of its git repository: every release resolved (its harmonisation
 * index per spec) and compared with the release before. Undefined outside git or without a tag: the site then has
 * no history page.
 */
export async function loadHistory(root: string, store: ContentStore): Promise<SiteHistory | undefined> {
  const opened = openRepository(root);
  if (!opened.ok) return undefined;
  const tags = listTags(opened.repository).slice(-MAX_RELEASES);
  const releases: Release[] = [];
  let before: Snapshot | undefined;
  for (const tag of tags) {
    const loaded = await loadRevision(opened.repository, tag.name, store, before);
    if (!loaded.ok) continue;
    const snapshot = loaded.snapshot;
    const { catalogue } = snapshot.workspace;
    const resolution = resolveAll(catalogue);
    const harmonisation = buildMatrix(resolution.resolved, catalogue.config.domains).harmonisation;
    let changes: Release['changes'];
    if (before) {
      resolveNeeded([before, snapshot]);
      const delta = compareSnapshots(before, snapshot);
      changes = { summary: summaryLines(delta), page: renderChangesHtml(delta) };
    }
    releases.push({
      tag: tag.name,
      date: tag.date,
      requirements: catalogue.requirements.size,
      harmonisation,
      ...(changes ? { changes } : {}),
      notes: snapshot.notes,
    });
    before = snapshot;
  }
  return releases.length > 0 ? { releases } : undefined;
}
