import { loadWorkspace } from '../load/load-workspace.js';
import { commitOfLine } from '../load/git/line-author.js';
import { openRepository, type GitRepository } from '../load/git/repository.js';
import { revisionSource } from '../load/git/revision-source.js';
import type { Deviation, Spec } from '../load/spec/spec.js';
import type { FieldState } from '../resolve/deviation-steps.js';
import { resolveSome } from '../resolve/resolve.js';
import { parentRequirement, reviewStamp } from '../resolve/review-stamp.js';

/** The parent's requirement as it was when a deviation's stamp was written, and the commit it was read from. */
export interface ReviewedParent {
  commit: string;
  state: FieldState;
}

/** Finds what a stale stamp was made from; undefined when the history does not tell. */
export type ReviewHistory = (spec: Spec, deviation: Deviation, stamp: string) => ReviewedParent | undefined;

/**
 * The history of a workspace kept in git: the commit that last wrote the `reviewed:` line of a deviation is read
 * (through the same loader and resolver as the working tree), and its parent requirement is taken when its stamp
 * is the one written. Each commit is loaded once; nothing is read until a stamp is stale.
 */
export function gitReviewHistory(root: string): ReviewHistory {
  let repository: GitRepository | null | undefined;
  const loaded = new Map<string, ReturnType<typeof loadAt>>();
  return (spec, deviation, stamp) => {
    if (repository === undefined) {
      const opened = openRepository(root);
      repository = opened.ok ? opened.repository : null;
    }
    if (!repository || !spec.extends) return undefined;
    const line = spec.yaml.positionOf(['deviations', deviation.index, 'reviewed']).line;
    const commit = commitOfLine(repository, spec.file, line);
    if (!commit) return undefined;
    let past = loaded.get(commit);
    if (!past) loaded.set(commit, (past = loadAt(repository, commit)));
    const resolved = past.resolve(spec.extends);
    const state = parentRequirement(resolved, past.catalogue, deviation.requirement);
    return state && reviewStamp(state) === stamp ? { commit, state } : undefined;
  };
}

function loadAt(repository: GitRepository, commit: string) {
  const { catalogue } = loadWorkspace(repository.root, { until: 'parse', source: revisionSource(repository, commit) });
  return { catalogue, resolve: (id: string) => resolveSome(catalogue, [id]).resolved.get(id) };
}
