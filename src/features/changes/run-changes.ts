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
import { fileDiagnostic } from '../../lib/diagnostics.js';
import type { Invalid, Result } from '../../lib/result.js';

export type ChangesFormat = 'text' | 'md' | 'json' | 'html' | 'docx';

export type ChangesOutcome = Result<{ output: string | Uint8Array; changes: Changes; notes: string[] }>;

/**
 * `tenderkit changes FROM[..TO]`: the workspace at two git revisions (TO the working tree by default), each loaded
 * as far as it loads, compared, and reported in one format. A workspace outside git, an unknown revision or one a
 * shallow clone lacks is refused with a diagnostic of the workspace folder (rule `git`); a redline that cannot be
 * made, with one of the spec it is of (rule `changes`).
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
  if (!opened.ok) return refused(opened.message, request.root);
  const { repository } = opened;
  // one cache of parsed YAML for both sides: most files are the same bytes in both, and are parsed once
  const kept = request.cache ? Cache.open(repository.root) : undefined;
  const store = kept?.parsed ?? memoryStore();
  const to =
    range.to === undefined
      ? { ok: true as const, snapshot: await loadWorktree(repository.root, WORKTREE, store) }
      : await loadRevision(repository, range.to, store);
  if (!to.ok) return refused(to.message, request.root);
  const from = await loadRevision(repository, range.from, store, to.snapshot);
  if (!from.ok) return refused(from.message, request.root);
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
      if (!redline.ok) return refused(redline.message, request.root, 'changes');
      return { kind: 'ok', output: redline.bytes, changes, notes };
    }
    default:
      return { kind: 'ok', output: renderChangesText(changes), changes, notes: [] };
  }
}

function refused(message: string, file: string, rule = 'git'): Invalid {
  return { kind: 'invalid', diagnostics: [fileDiagnostic(rule, message, file)] };
}
