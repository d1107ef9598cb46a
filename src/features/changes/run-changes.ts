import { commitTime, openRepository } from '../../load/git/repository.js';
import { buildDate } from '../../lib/build-date.js';
import { renderChangesJson } from './changes-json.js';
import { compareSnapshots } from './compare-snapshots.js';
import type { Changes } from './model.js';
import { renderChangesHtml } from './render-html.js';
import { renderChangesMarkdown } from './render-markdown.js';
import { renderChangesText } from './render-text.js';
import { renderRevisionRedline } from './render-redline.js';
import { parseRevisionRange, WORKTREE } from './revision-range.js';
import { loadRevision, loadWorktree, resolveNeeded } from './snapshot.js';
import { Cache, memoryStore } from '../../load/cache/cache.js';

export type ChangesFormat = 'text' | 'md' | 'json' | 'html' | 'docx';

export type ChangesOutcome =
  | { kind: 'ok'; output: string | Uint8Array; changes: Changes; notes: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'usage'; message: string };

/**
 * `tenderkit changes FROM[..TO]`: the workspace at two git revisions (TO the working tree by default), each loaded
 * as far as it loads, compared, and reported in one format. A workspace outside git, an unknown revision or one a
 * shallow clone lacks is refused with a message.
 */
export async function runChanges(request: {
  root: string;
  range: string;
  format: ChangesFormat;
  sourceDateEpoch?: number;
  /** use the workspace's cache for parsed YAML (the command line does) */
  cache?: boolean;
}): Promise<ChangesOutcome> {
  const range = parseRevisionRange(request.range);
  if (typeof range === 'string') return { kind: 'usage', message: range };
  const opened = openRepository(request.root);
  if (!opened.ok) return { kind: 'refused', message: opened.message };
  const { repository } = opened;
  // one cache of parsed YAML for both sides: most files are the same bytes in both, and are parsed once
  const kept = request.cache ? Cache.open(repository.root) : undefined;
  const store = kept?.parsed ?? memoryStore();
  const to =
    range.to === undefined
      ? { ok: true as const, snapshot: await loadWorktree(repository.root, WORKTREE, store) }
      : await loadRevision(repository, range.to, store);
  if (!to.ok) return { kind: 'refused', message: to.message };
  const from = await loadRevision(repository, range.from, store, to.snapshot);
  if (!from.ok) return { kind: 'refused', message: from.message };
  kept?.save();
  resolveNeeded([from.snapshot, to.snapshot]);
  const changes = compareSnapshots(from.snapshot, to.snapshot);
  const notes = changes.notes;
  switch (request.format) {
    case 'json':
      return { kind: 'ok', output: renderChangesJson(changes), changes, notes };
    case 'md':
      return { kind: 'ok', output: renderChangesMarkdown(changes), changes, notes: [] };
    case 'html':
      return { kind: 'ok', output: renderChangesHtml(changes), changes, notes: [] };
    case 'docx': {
      // the time of the newer commit, so that the same two revisions give the same file
      const epoch =
        request.sourceDateEpoch ?? (to.snapshot.commit ? commitTime(repository, to.snapshot.commit) : undefined);
      const date = buildDate(epoch, undefined).date;
      const redline = await renderRevisionRedline(from.snapshot, to.snapshot, date);
      if (!redline.ok) return { kind: 'refused', message: redline.message };
      return { kind: 'ok', output: redline.bytes, changes, notes };
    }
    default:
      return { kind: 'ok', output: renderChangesText(changes), changes, notes: [] };
  }
}
