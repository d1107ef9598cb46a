import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/load/parse-catalogue.js';
import { openRepository } from '../../../src/load/git/repository.js';
import { revisionSource } from '../../../src/load/git/revision-source.js';
import { readFiles } from '../../../src/load/read-files.js';
import { runCli } from '../../support/cli.js';
import { fixtureInGit, gitRepos, makeGitRepo } from '../../support/git-repo.js';
import { workspaceFrom } from '../../support/workspace.js';

const INT_001 = 'requirements/interconnection/INT-001.md';
const repos = gitRepos();

async function changesJson(root: string, range: string) {
  const run = await runCli(['changes', range, '--root', root, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as {
    from: string;
    to: string;
    requirements: Array<{ id: string; change: string; fields: Array<{ field: string; from: unknown; to: unknown }> }>;
    specs: Array<{ id: string; change: string; deviations: Array<{ requirement: string; change: string }> }>;
    review: Array<{ spec: string; requirement: string }>;
  };
}

describe('a workspace at a git revision', () => {
  it('reads through the same loader as the working tree: the same files, bytes and requirements', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    const first = repo.git('rev-parse', 'HEAD');
    await repo.edit(INT_001, (t) => t.replace('default: 5', 'default: 4'));
    repo.commit('tighter delivery');
    const opened = openRepository(repo.root);
    if (!opened.ok) throw new Error(opened.message);
    const past = readFiles(repo.root, { source: revisionSource(opened.repository, first) });
    repo.git('checkout', '-q', first);
    const disk = readFiles(repo.root);
    const files = (w: typeof disk) =>
      [w.config, ...w.requirements, ...w.specs, ...(w.labels ?? [])].map((f) => [f?.path, f?.sha256]);
    expect(files(past)).toEqual(files(disk));
    expect(past.diagnostics).toEqual([]);
    const ids = (w: typeof disk) => [...parseCatalogue(w).catalogue.requirements.keys()];
    expect(ids(past)).toEqual(ids(disk));
    expect(
      parseCatalogue(past).catalogue.requirements.get('INT-001')!.parameters.get('max_delivery_seconds')!.default,
    ).toBe(5);
  });

  it('compares tags, branches and commits, in a packed repository too', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    repo.git('tag', 'v1.0');
    repo.git('checkout', '-q', '-b', 'revision');
    await repo.edit(INT_001, (t) => t.replace('default: 5', 'default: 4'));
    const second = repo.commit('tighter delivery');
    repo.git('tag', '-a', 'v1.1', '-m', 'release 1.1');
    repo.git('checkout', '-q', 'main');
    repo.git('gc', '-q', '--aggressive');
    expect(repo.git('count-objects', '-v')).toMatch(/^count: 0$/m);
    for (const range of ['v1.0..v1.1', 'main..revision', `v1.0..${second.slice(0, 10)}`, 'revision~1..revision']) {
      const json = await changesJson(repo.root, range);
      expect(json.requirements, range).toEqual([
        { id: 'INT-001', change: 'modified', fields: [{ field: 'parameters.max_delivery_seconds', from: 5, to: 4 }] },
      ]);
    }
    const worktree = await changesJson(repo.root, 'v1.1');
    expect(worktree.to).toBe('WORKTREE');
    expect(worktree.requirements.map((r) => r.fields)).toEqual([
      [{ field: 'parameters.max_delivery_seconds', from: 4, to: 5 }],
    ]);
  });

  it('compares a workspace kept in a folder of the repository, and says when it did not exist yet', async () => {
    const repo = repos.track(await makeGitRepo());
    await repo.write('README.md', 'a repository that later holds a catalogue\n');
    repo.commit('start');
    repo.git('tag', 'before');
    const copy = await workspaceFrom('basic');
    execFileSync('cp', ['-r', `${copy.root}/.`, path.join(repo.dir, 'catalogue')]);
    await copy.dispose();
    repo.commit('the catalogue');
    const root = path.join(repo.dir, 'catalogue');
    const run = await runCli(['changes', 'before..HEAD', '--root', root, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/note: the workspace did not exist at before \([0-9a-f]{12}\)/);
    const json = JSON.parse(run.stdout);
    expect(json.requirements.every((r: { change: string }) => r.change === 'added')).toBe(true);
    expect(json.requirements.map((r: { id: string }) => r.id)).toContain('INT-001');
    expect(json.specs.map((s: { id: string; change: string }) => `${s.id} ${s.change}`)).toEqual([
      'be added',
      'benelux added',
      'eu-baseline added',
    ]);
  });

  it('compares a revision where the workspace was invalid as far as it loads, and says so', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    await repo.edit('requirements/security/SEC-001.md', (t) => t.replace(/^obligation: .*$/m, 'obligation: [broken'));
    repo.commit('a broken file');
    repo.git('tag', 'broken');
    await repo.edit('requirements/security/SEC-001.md', () => '');
    repo.git('checkout', '-q', '--', '.');
    await repo.edit('requirements/security/SEC-001.md', (t) =>
      t.replace('obligation: [broken', 'obligation: mandatory'),
    );
    await repo.edit(INT_001, (t) => t.replace('Incident information exchange', 'Incident data exchange'));
    const run = await runCli(['changes', 'broken', '--root', repo.root]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Notes');
    expect(run.stdout).toMatch(
      /the workspace had 1 error at broken \([0-9a-f]{12}\) \(in requirements\/security\/SEC-001\.md\)/,
    );
    expect(run.stdout).toContain('title: Incident [-information-]{+data+} exchange in EMSI');
    // what did not load at that revision is added by the fix
    expect(run.stdout).toMatch(/\+ SEC-001/);
  });
});

describe('bad input', () => {
  it('an unknown revision: exit 1, the name and what to do, nothing on standard output', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    const run = await runCli(['changes', 'v9.9', '--root', repo.root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    // a refusal without a position: a diagnostic of the workspace folder, printed `path: error message [rule]`
    expect(run.stderr).toBe(
      `${path.relative(process.cwd(), repo.root) || '.'}: error unknown revision "v9.9": no tag, branch or commit of that name in the repository at ${repo.dir} (git tag and git branch list them) [git]\n1 error, 0 warnings\n`,
    );
  });

  it('a workspace outside git: exit 1 with a message', async () => {
    const copy = await workspaceFrom('basic');
    const run = await runCli(['changes', 'HEAD', '--root', copy.root]);
    await copy.dispose();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^\S+: error the workspace \S+ is not in a git repository.* \[git\]$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a shallow clone that lacks the revision: exit 1, and how to fetch it', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    repo.git('tag', 'v1.0');
    await repo.edit(INT_001, (t) => t.replace('default: 5', 'default: 4'));
    repo.commit('tighter delivery');
    const parent = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-shallow-'));
    try {
      const clone = path.join(parent, 'clone');
      execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${repo.dir}`, clone], {
        stdio: 'ignore',
      });
      for (const range of ['v1.0', 'HEAD~1..HEAD']) {
        const run = await runCli(['changes', range, '--root', clone]);
        expect(run.code, range).toBe(1);
        expect(run.stderr).toContain('is not in this shallow clone of the repository');
        expect(run.stderr).toContain('git fetch --unshallow');
      }
      // what the clone holds still compares
      const run = await runCli(['changes', 'HEAD', '--root', clone, '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).requirements).toEqual([]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('a malformed range or --format docx without --out: exit 2', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    for (const args of [['a...b'], ['..HEAD'], ['HEAD', '--format', 'docx']]) {
      const run = await runCli(['changes', ...args, '--root', repo.root]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
