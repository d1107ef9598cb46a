import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitCommit } from '../../../src/lib/git-commit.js';
import { runCli } from '../../support/cli.js';
import { workspaceFrom } from '../../support/workspace.js';

const A = 'a'.repeat(40);
const B = '0123456789abcdef0123456789abcdef01234567';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-git-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes files relative to the test folder. */
async function files(entries: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

describe('the git commit of a workspace, read without git', () => {
  it('is null outside a repository', async () => {
    expect(await gitCommit(dir)).toBeNull();
  });

  it('follows HEAD to a loose branch ref', async () => {
    await files({ '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${A}\n` });
    expect(await gitCommit(dir)).toBe(A);
  });

  it('finds a branch in packed-refs, skipping comments and peeled tags', async () => {
    await files({
      '.git/HEAD': 'ref: refs/heads/release/2027\n',
      '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted\n${A} refs/heads/main\n${B} refs/heads/release/2027\n^${A}\n`,
    });
    expect(await gitCommit(dir)).toBe(B);
  });

  it('reads a detached HEAD, and finds the repository from a sub-folder', async () => {
    await files({ '.git/HEAD': `${B}\n`, 'tenders/workspace/tenderkit.yaml': '' });
    expect(await gitCommit(path.join(dir, 'tenders/workspace'))).toBe(B);
  });

  it('follows a .git file to a linked worktree, whose refs live in the common folder', async () => {
    await files({
      'main/.git/refs/heads/feature': `${B}\n`,
      'main/.git/worktrees/wt/HEAD': 'ref: refs/heads/feature\n',
      'main/.git/worktrees/wt/commondir': '../..\n',
      'wt/.git': 'gitdir: ../main/.git/worktrees/wt\n',
    });
    expect(await gitCommit(path.join(dir, 'wt'))).toBe(B);
  });

  it('is null on a branch without commits, and for a HEAD that points outside refs/', async () => {
    await files({ '.git/HEAD': 'ref: refs/heads/main\n' });
    expect(await gitCommit(dir)).toBeNull();
    await files({ '.git/HEAD': 'ref: refs/../../../outside\n', outside: `${A}\n` });
    expect(await gitCommit(dir)).toBeNull();
    await files({ '.git/HEAD': 'ref: /etc/passwd\n' });
    expect(await gitCommit(dir)).toBeNull();
  });

  it('is recorded in the manifest of a pack', async () => {
    const ws = await workspaceFrom('basic');
    try {
      await mkdir(path.join(ws.root, '.git/refs/heads'), { recursive: true });
      await writeFile(path.join(ws.root, '.git/HEAD'), 'ref: refs/heads/main\n');
      await writeFile(path.join(ws.root, '.git/refs/heads/main'), `${B}\n`);
      expect((await runCli(['build', 'eu-baseline', '--root', ws.root, '--format', 'md'])).code).toBe(0);
      const manifest = JSON.parse(await readFile(path.join(ws.root, 'out/eu-baseline/manifest.json'), 'utf8')) as {
        gitCommit: string | null;
      };
      expect(manifest.gitCommit).toBe(B);
      const verified = await runCli(['verify', path.join(ws.root, 'out/eu-baseline'), '--format', 'json']);
      expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, builtWith: { gitCommit: B } });
    } finally {
      await ws.dispose();
    }
  });
});
