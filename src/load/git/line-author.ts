import type { GitRepository } from './repository.js';
import { runGit } from './run-git.js';

/**
 * The commit that last wrote a line of a file in the working tree (`git blame`), or undefined when the line is not
 * committed yet or git cannot tell. `file` is relative to the workspace root; `line` is 1-based.
 */
export function commitOfLine(repository: GitRepository, file: string, line: number): string | undefined {
  const run = runGit(repository.root, ['blame', '--porcelain', '-L', `${line},${line}`, '--', file]);
  if (!run.ok) return undefined;
  // the porcelain output starts with "<commit> <original line> <final line> <lines>"
  const commit = /^([0-9a-f]{40,64}) /.exec(run.stdout.toString('utf8'))?.[1];
  return commit && !/^0+$/.test(commit) ? commit : undefined;
}
