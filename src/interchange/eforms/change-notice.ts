import { compareSnapshots } from '../../features/changes/compare-snapshots.js';
import { WORKTREE } from '../../features/changes/revision-range.js';
import { loadRevision, loadWorktree, resolveNeeded } from '../../features/changes/snapshot.js';
import { buildDate } from '../../lib/build-date.js';
import { uuidFromName } from '../../lib/hash/name-uuid.js';
import { commitSubjects } from '../../load/git/commit-subjects.js';
import { commitTime, openRepository } from '../../load/git/repository.js';
import type { Labels } from '../../load/frame/labels.js';
import type { Result } from '../../lib/result.js';
import { noticeChanges, type DocumentChange } from './notice-changes.js';
import { noticeModel, type NoticeModel } from './notice-model.js';
import { resolveSome } from '../../resolve/resolve.js';

/**
 * The notice as a change notice of the one the spec gave at `revision`: the spec and the catalogue are read at that
 * revision (git), the notice it gave then is rebuilt, and what differs, in the notice and in the requirements of the
 * tender documents (as `changes` finds them), becomes the notice's changes. The reason (BT-762) is the subject of each
 * commit since the revision that touched the workspace; the date of the change is the newest commit's, so that the
 * same history gives the same file.
 */
export async function changeNoticeModel(
  root: string,
  specId: string,
  revision: string,
  current: NoticeModel,
  labels: Labels,
): Promise<Result<{ value: NoticeModel; diagnostics: [] }>> {
  const opened = openRepository(root);
  if (!opened.ok) return { kind: 'usage', message: `--change-from: ${opened.message}` };
  const { repository } = opened;
  const before = await loadRevision(repository, revision, undefined);
  if (!before.ok) return { kind: 'usage', message: `--change-from: ${before.message}` };
  const now = await loadWorktree(repository.root, WORKTREE, undefined);
  resolveNeeded([before.snapshot, now]);
  const was = resolveSome(before.snapshot.workspace.catalogue, [specId]).resolved.get(specId);
  const isNow = resolveSome(now.workspace.catalogue, [specId]).resolved.get(specId);
  if (!was)
    return {
      kind: 'usage',
      message: `--change-from: the spec "${specId}" did not resolve at ${revision}, so no notice was published from it there; name the revision the published notice was made from`,
    };
  const previous = noticeModel(was, before.snapshot.workspace.catalogue.config, labels).model;
  if (!previous)
    return {
      kind: 'usage',
      message: `--change-from: the spec "${specId}" gave no notice at ${revision} (export eforms refused it there)`,
    };
  const delta = compareSnapshots(before.snapshot, now);
  const selected = new Set([...was.requirements.map((r) => r.id), ...(isNow?.requirements.map((r) => r.id) ?? [])]);
  const chain = new Set([...was.chain.map((s) => s.id), specId]);
  const documents: DocumentChange[] = delta.requirements
    .filter((r) => selected.has(r.id))
    .map((r) => ({ id: r.id, change: r.change }));
  for (const spec of delta.specs.filter((s) => chain.has(s.id)))
    for (const d of spec.deviations)
      if (!documents.some((x) => x.id === d.requirement)) documents.push({ id: d.requirement, change: 'modified' });
  const head = commitTime(repository, 'HEAD');
  const date = buildDate(head, undefined).date.toISOString().slice(0, 10);
  const changes = noticeChanges(previous, current, documents, labels, {
    date: `${date}Z`,
    reasons: commitSubjects(repository, before.snapshot.commit!),
  });
  return {
    kind: 'ok',
    value: {
      ...current,
      // a notice of its own, made from the notice it changes and the change
      noticeId: uuidFromName(
        `tenderkit change ${current.noticeId} ${before.snapshot.commit} ${JSON.stringify(changes)}`,
      ),
      changes,
    },
    diagnostics: [],
  };
}
