import { spawnSync } from 'node:child_process';

export type GitRun =
  | { ok: true; stdout: Buffer }
  | { ok: false; status: number | null; stderr: string; missing: boolean };

/**
 * Runs the git command line with an argument array (never a shell) in `cwd` and waits for it. The reads tenderkit
 * makes are synchronous like the workspace reader's: a lint rule that looks up history cannot wait for a promise.
 * Locks are not taken (a read must not block a commit running beside it) and messages are in English.
 */
export function runGit(cwd: string, args: readonly string[], input?: string, maxBuffer = 256 * 1024 * 1024): GitRun {
  const result = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, status: null, stderr: result.error.message, missing };
  }
  if (result.status !== 0)
    return { ok: false, status: result.status, stderr: result.stderr.toString('utf8').trim(), missing: false };
  return { ok: true, stdout: result.stdout };
}

/** The message for a workspace whose history cannot be read because git itself is not there. */
export const GIT_MISSING = 'the git command was not found; install git to compare revisions of the workspace';
