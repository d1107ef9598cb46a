import { realpathSync } from 'node:fs';
import { GIT_MISSING, runGit } from './run-git.js';

/** The git repository that holds a workspace. */
export interface GitRepository {
  /** the real path of the workspace folder */
  root: string;
  /** the top of the repository's working tree */
  top: string;
  /** the workspace folder inside the repository, "" or ending in "/" */
  prefix: string;
  /** a clone made with --depth, which lacks older history */
  shallow: boolean;
  /** blobs read so far, by object id: two revisions share most of their files, which are then read once */
  blobs: Map<string, Buffer>;
}

export type Opened<T> = ({ ok: true } & T) | { ok: false; message: string };

/** The repository whose working tree holds `rootDir`; a clear message when there is none or git is missing. */
export function openRepository(rootDir: string): Opened<{ repository: GitRepository }> {
  let root: string;
  try {
    root = realpathSync(rootDir);
  } catch {
    return { ok: false, message: `the workspace folder ${rootDir} does not exist` };
  }
  const run = runGit(root, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  if (!run.ok) {
    if (run.missing) return { ok: false, message: GIT_MISSING };
    return {
      ok: false,
      message: `the workspace ${root} is not in a git repository (or not in its working tree); revisions can only be compared in a workspace kept in git`,
    };
  }
  const [top = '', prefix = '', shallow = 'false'] = run.stdout.toString('utf8').split('\n');
  return { ok: true, repository: { root, top, prefix, shallow: shallow === 'true', blobs: new Map() } };
}

/**
 * The commit a revision names (a tag, a branch, a commit or any expression git understands, such as `HEAD~2`).
 * An unknown name, or one a shallow clone lacks, gets a message that says which and what to do.
 */
export function resolveRevision(repository: GitRepository, revision: string): Opened<{ commit: string }> {
  if (revision === '' || revision.startsWith('-'))
    return { ok: false, message: `"${revision}" is not a revision: name a tag, a branch or a commit` };
  const run = runGit(repository.root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (run.ok) return { ok: true, commit: run.stdout.toString('utf8').trim() };
  if (!run.ok && run.missing) return { ok: false, message: GIT_MISSING };
  if (repository.shallow)
    return {
      ok: false,
      message: `the revision "${revision}" is not in this shallow clone of the repository, which holds only recent history; fetch the history first (git fetch --unshallow, or git fetch --tags for a tag)`,
    };
  return {
    ok: false,
    message: `unknown revision "${revision}": no tag, branch or commit of that name in the repository at ${repository.top} (git tag and git branch list them)`,
  };
}

/** The commit's committer time in seconds since 1970, or undefined when git cannot tell. */
export function commitTime(repository: GitRepository, commit: string): number | undefined {
  const run = runGit(repository.root, ['show', '-s', '--format=%ct', commit]);
  const seconds = run.ok ? Number(run.stdout.toString('utf8').trim()) : Number.NaN;
  return Number.isSafeInteger(seconds) ? seconds : undefined;
}

/** A tag of the repository with the day it was made (an annotated tag's date, else its commit's). */
export interface Tag {
  name: string;
  /** YYYY-MM-DD */
  date: string;
}

/** The repository's tags, oldest first (by the date git records for them, then by name). */
export function listTags(repository: GitRepository): Tag[] {
  const run = runGit(repository.root, [
    'for-each-ref',
    '--sort=creatordate',
    '--format=%(refname:short)%09%(creatordate:short)',
    'refs/tags',
  ]);
  if (!run.ok) return [];
  return run.stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [name = '', date = ''] = line.split('\t');
      return { name, date };
    });
}
