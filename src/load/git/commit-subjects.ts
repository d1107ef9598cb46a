import type { GitRepository } from './repository.js';
import { runGit } from './run-git.js';

/** The subject lines of the commits after `from` up to HEAD that touched the workspace folder, oldest first. */
export function commitSubjects(repository: GitRepository, from: string): string[] {
  const run = runGit(repository.root, ['log', '--reverse', '--format=%s', `${from}..HEAD`, '--', '.']);
  if (!run.ok) return [];
  return run.stdout
    .toString('utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
