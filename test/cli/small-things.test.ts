import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixtureCopies } from '../support/workspace.js';

/** npm's own reading of version ranges (the package has no type declarations of its own here). */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

const copy = fixtureCopies();
const REPO = path.resolve(import.meta.dirname, '../..');

/** The warning lines of a run's stderr (path:line:column: warning … [rule]). */
const warnings = (stderr: string) => stderr.split('\n').filter((l) => / warning .*\[[a-z-]+\]$/.test(l));

describe('issue 28.11: small things', () => {
  it('every package npm installs runs on the Node the README names (20.19): no EBADENGINE', async () => {
    const { engines } = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(semver.minVersion(engines.node)?.version).toBe('20.19.0');
    const lock = JSON.parse(await readFile(path.join(REPO, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && typeof p.engines.node === 'string')
      .filter(([, p]) => !semver.satisfies('20.19.0', (p.engines as { node: string }).node))
      .map(([name, p]) => `${name} (${(p.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });

  it('init tells the user to run npx tenderkit, which works without a global install', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-init-'));
    made.push(dir);
    const run = await runCli(['init', path.join(dir, 'ws')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/next: npx tenderkit validate --root \S+ && npx tenderkit build --root \S+\n/);
  });

  it('a build with nothing changed prints the warnings validate gives, not only "up to date"', async () => {
    const root = await copy('basic');
    const validate = await runCli(['validate', '--root', root]);
    const expected = warnings(validate.stderr);
    expect(expected.length).toBeGreaterThan(0);
    const first = await runCli(['build', 'be', '--root', root], { cache: true });
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(['build', 'be', '--root', root], { cache: true });
    expect(again.stdout).toMatch(/up to date/);
    expect(warnings(again.stderr)).toEqual(expect.arrayContaining(expected));
  });
});
