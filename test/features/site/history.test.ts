import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { fixtureInGit, type GitRepo } from '../../support/git-repo.js';

const BE = 'specs/national/be.yaml';
const INT_001_DEVIATION = `  - requirement: INT-001
    set: { parameters: { max_delivery_seconds: 3 } }
    justification: The national radio network already guarantees delivery within 3 s.
`;

let repo: GitRepo & { root: string };
let site: string;
/** `matrix --format json` at each release, from a checkout of its tag: what the history must show */
const matrixAt = new Map<string, { harmonisation: Record<string, number> }>();

async function matrixNow(tag: string): Promise<void> {
  const run = await runCli(['matrix', '--format', 'json', '--root', repo.root]);
  expect(run.code).toBe(0);
  matrixAt.set(tag, JSON.parse(run.stdout) as { harmonisation: Record<string, number> });
}

/** v1.0: the fixture. v1.1: be drops its deviation on INT-001 (more harmonised). v1.2: SEC-001 reworded. */
beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-history-site-'));
  repo = await fixtureInGit('variants-basic');
  repo.git('tag', 'v1.0');
  await matrixNow('v1.0');
  await repo.edit(BE, (t) => t.replace(INT_001_DEVIATION, ''));
  repo.commit('release 1.1: be keeps INT-001 as the baseline has it');
  repo.git('tag', 'v1.1');
  await matrixNow('v1.1');
  await repo.edit('requirements/security/SEC-001.md', (t) =>
    t.replace(/^title: .*$/m, 'title: Encrypted links to every peer'),
  );
  repo.commit('release 1.2');
  repo.git('tag', '-a', 'v1.2', '-m', 'release 1.2');
  await matrixNow('v1.2');
  const run = await runCli(['site', '--root', repo.root, '--out-dir', path.join(site, 'out')]);
  expect(run.stderr).not.toMatch(/: error /);
  expect(run.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
  await rm(site, { recursive: true, force: true });
});

const page = (name: string) => readFile(path.join(site, 'out', name), 'utf8');

describe('the history of a catalogue kept in git', () => {
  it('lists every tag as a release, newest first, with what changed since the one before', async () => {
    const history = await page('history/index.html');
    const order = ['v1.2', 'v1.1', 'v1.0'].map((tag) => history.indexOf(`>${tag}<`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page('index.html')).toContain('href="history/index.html"');
    // the first release has nothing to compare with; the others link their changelog
    expect(existsSync(path.join(site, 'out', 'history', 'v1.0.html'))).toBe(false);
    expect(history).toContain('href="../history/v1.1.html"');
    const v11 = await page('history/v1.1.html');
    expect(v11).toContain('be');
    expect(v11).toContain('INT-001');
    const v12 = await page('history/v1.2.html');
    expect(v12).toContain('SEC-001');
    expect(v12).toContain('Encrypted links to every peer');
  });

  it('plots and tabulates each spec’s harmonisation index at each release as matrix computed it then', async () => {
    const history = await page('history/index.html');
    expect(history).toMatch(/<svg [^>]*role="img"/);
    const specs = Object.keys(matrixAt.get('v1.0')!.harmonisation);
    expect((history.match(/<polyline /g) ?? []).length).toBe(specs.length);
    const be = /<tr><th scope="row">be<\/th>(.*?)<\/tr>/.exec(history)![1]!;
    const shown = [...be.matchAll(/<td>([\d.]+) %<\/td>/g)].map((m) => Number(m[1]));
    const expected = ['v1.0', 'v1.1', 'v1.2'].map((t) =>
      Number((matrixAt.get(t)!.harmonisation['be']! * 100).toFixed(1)),
    );
    expect(shown).toEqual(expected);
    expect(expected[1]).toBeGreaterThan(expected[0]!);
  });

  it('has no history page outside git', async () => {
    const plain = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-no-git-'));
    try {
      const copy = path.join(plain, 'ws');
      await import('node:fs/promises').then((fs) =>
        fs.cp(repo.root, copy, { recursive: true, filter: (f) => !f.includes(`${path.sep}.git`) }),
      );
      const run = await runCli(['site', '--root', copy, '--out-dir', path.join(plain, 'site')]);
      expect(run.code).toBe(0);
      expect(existsSync(path.join(plain, 'site', 'history', 'index.html'))).toBe(false);
      expect(await readFile(path.join(plain, 'site', 'index.html'), 'utf8')).not.toContain('history/index.html');
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });
});
