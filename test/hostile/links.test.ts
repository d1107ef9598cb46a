import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { FIXTURES, workspaceFrom } from '../support/workspace.js';

/** Links can only be made at run time; each must be refused (outside the workspace) or read (inside), never followed out. */
let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-outside-'));
  await writeFile(
    path.join(outside, 'secret.md'),
    await readFile(path.join(FIXTURES, 'basic/requirements/security/SEC-001.md')),
  );
  await writeFile(path.join(outside, 'intro.md.hbs'), 'Secret introduction\n');
  await mkdir(path.join(outside, 'folder'));
  await writeFile(
    path.join(outside, 'folder/INT-070.md'),
    (await readFile(path.join(FIXTURES, 'basic/requirements/interconnection/INT-002.md'), 'utf8')).replace(
      'INT-002',
      'INT-070',
    ),
  );
});
afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

async function validateWith(setup: (root: string) => Promise<void>) {
  const ws = await workspaceFrom('basic');
  try {
    await setup(ws.root);
    return await runCli(['validate', '--root', ws.root]);
  } finally {
    await ws.dispose();
  }
}

describe('links and special files', () => {
  it('refuses a requirement that links to a file outside the workspace', async () => {
    const run = await validateWith((root) =>
      symlink(path.join(outside, 'secret.md'), path.join(root, 'requirements/security/SEC-070.md')),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^requirements\/security\/SEC-070\.md:1:1: error this file is a link to .*secret\.md, outside the workspace.* \[outside-workspace\]$/m,
    );
  });

  it('refuses a template that links outside, and never renders its text', async () => {
    const ws = await workspaceFrom('basic');
    try {
      await mkdir(path.join(ws.root, 'templates'), { recursive: true });
      await symlink(path.join(outside, 'intro.md.hbs'), path.join(ws.root, 'templates/introduction.md.hbs'));
      const run = await runCli(['build', 'eu-baseline', '--root', ws.root, '--format', 'md']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^templates\/introduction\.md\.hbs:1:1: error .*outside the workspace.* \[outside-workspace\]$/m,
      );
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a linked folder that lies outside, and reads none of its files', async () => {
    const run = await validateWith((root) =>
      symlink(path.join(outside, 'folder'), path.join(root, 'requirements/linked'), 'dir'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^requirements\/linked:1:1: error this folder is a link to .*folder, outside the workspace.* \[outside-workspace\]$/m,
    );
    expect(run.stderr).not.toContain('INT-070');
  });

  it('reads a linked folder inside the workspace once, even when links make a cycle', async () => {
    const run = await validateWith(async (root) => {
      await mkdir(path.join(root, 'shared/more'), { recursive: true });
      await writeFile(
        path.join(root, 'shared/more/SEC-074.md'),
        (await readFile(path.join(root, 'requirements/security/SEC-002.md'), 'utf8')).replace('SEC-002', 'SEC-074'),
      );
      await symlink('../../shared', path.join(root, 'requirements/security/shared'), 'dir');
      await symlink('../..', path.join(root, 'shared/more/loop'), 'dir');
    });
    expect(run.stderr).not.toMatch(/: error /);
    expect(run.stderr).toMatch(
      /^requirements\/security\/shared\/more\/loop:1:1: warning this folder is a link to a folder that contains it; it is not followed \[link-cycle\]$/m,
    );
    expect(run.code).toBe(0);
  });

  it('reports a link that points at itself, without hanging', async () => {
    const run = await validateWith((root) =>
      symlink('SEC-071.md', path.join(root, 'requirements/security/SEC-071.md')),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^requirements\/security\/SEC-071\.md:1:1: error cannot read the file: ELOOP \[read\]$/m,
    );
  });

  it('reads a link that stays inside the workspace', async () => {
    const run = await validateWith(async (root) => {
      await mkdir(path.join(root, 'shared'));
      await writeFile(
        path.join(root, 'shared/SEC-072.md'),
        (await readFile(path.join(root, 'requirements/security/SEC-002.md'), 'utf8')).replace('SEC-002', 'SEC-072'),
      );
      await symlink('../../shared/SEC-072.md', path.join(root, 'requirements/security/SEC-072.md'));
    });
    expect(run.stderr).not.toMatch(/: error /);
    expect(run.code).toBe(0);
  });

  it('skips a named pipe instead of waiting on it forever', async () => {
    const run = await validateWith(async (root) => {
      execFileSync('mkfifo', [path.join(root, 'requirements/security/SEC-073.md')]);
    });
    expect(run.code).toBe(0);
  });
});
