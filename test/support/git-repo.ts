import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { FIXTURES } from './workspace.js';

/** A real git repository in a temporary folder, with a fixed author and dates so that runs are alike. */
export interface GitRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** commits everything in the working tree; returns the commit id */
  commit: (message: string) => string;
  write: (file: string, text: string) => Promise<void>;
  read: (file: string) => Promise<string>;
  edit: (file: string, change: (text: string) => string) => Promise<void>;
}

let tick = 0;

export async function makeGitRepo(dir?: string): Promise<GitRepo> {
  const root = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'tenderkit-git-')));
  const git = (...args: string[]) => {
    const date = `${1_800_000_000 + ++tick * 60} +0000`;
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  };
  git('init', '-q', '-b', 'main');
  return {
    dir: root,
    git,
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    write: async (file, text) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    },
    read: (file) => readFile(path.join(root, file), 'utf8'),
    edit: async (file, change) => {
      const target = path.join(root, file);
      await writeFile(target, change(await readFile(target, 'utf8')));
    },
  };
}

/** A fixture workspace copied into a new repository (at `sub` inside it, when given) and committed. */
export async function fixtureInGit(fixture: string, sub = ''): Promise<GitRepo & { root: string }> {
  const repo = await makeGitRepo();
  const root = path.join(repo.dir, sub);
  const source = path.join(FIXTURES, fixture);
  await cp(source, root, {
    recursive: true,
    filter: (from) => path.relative(source, from).split(path.sep)[0] !== 'out',
  });
  repo.commit(`${fixture} as it is`);
  return { ...repo, root };
}

/** Removes the repositories a test file made, after each test. */
export function gitRepos(): { track: <T extends { dir: string }>(repo: T) => T } {
  let made: string[] = [];
  afterEach(async () => {
    for (const d of made) await rm(d, { recursive: true, force: true });
    made = [];
  });
  return {
    track: (repo) => {
      made.push(repo.dir);
      return repo;
    },
  };
}
