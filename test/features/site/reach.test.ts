import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';

/**
 * A generated catalogue large enough that every list is cut into pages: nothing may be lost on the way, and no
 * page may grow with the catalogue.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const REQUIREMENTS = 1000;
const MAX_PAGE_BYTES = 500 * 1024;

let dir: string;
let site: string;
let workspace: string;

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The pages one click away: every relative link of the page, without its query and fragment. */
function linksOf(page: string, html: string): string[] {
  const out: string[] = [];
  for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
    const target = href!.replace(/&amp;/g, '&').split(/[?#]/)[0]!;
    if (!target || /^[a-z]+:/i.test(target)) continue;
    out.push(path.posix.normalize(path.posix.join(path.posix.dirname(page), target)));
  }
  return out;
}

describe('the site of a large catalogue', () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-reach-'));
    workspace = path.join(dir, 'ws');
    const generated = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'scripts/generate-workspace.mjs'),
        workspace,
        '--requirements',
        String(REQUIREMENTS),
        '--variants',
        '26',
      ],
      { encoding: 'utf8' },
    );
    expect(generated.status, generated.stderr).toBe(0);
    site = path.join(dir, 'site');
    const run = await runCli(['site', '--root', workspace, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every page under 500 KB, the home page and every piece of the search index included', async () => {
    const sizes = await Promise.all(
      (await filesUnder(site)).map(async (f) => [f, (await stat(path.join(site, f))).size] as const),
    );
    expect(sizes.filter(([, size]) => size > MAX_PAGE_BYTES)).toEqual([]);
    expect(sizes.find(([f]) => f === 'index.html')![1]).toBeLessThan(100 * 1024);
  });

  it('reaches every requirement, every spec and every deviation from the home page in at most three clicks', async () => {
    const depth = new Map<string, number>([['index.html', 0]]);
    let frontier = ['index.html'];
    for (let clicks = 1; clicks <= 3; clicks++) {
      const next: string[] = [];
      for (const page of frontier) {
        for (const target of linksOf(page, await readFile(path.join(site, page), 'utf8'))) {
          if (depth.has(target) || !target.endsWith('.html')) continue;
          depth.set(target, clicks);
          next.push(target);
        }
      }
      frontier = next;
    }
    const pages = (await filesUnder(site)).filter((f) => f.startsWith('requirements/') || f.startsWith('specs/'));
    expect(pages.length).toBeGreaterThan(REQUIREMENTS);
    expect(pages.filter((p) => !depth.has(p))).toEqual([]);
    // a deviation is a row of its spec's page, anchored by the requirement it changes
    const specs = (await readdir(path.join(workspace, 'specs'), { recursive: true })).filter((f) =>
      f.endsWith('.yaml'),
    );
    let deviations = 0;
    for (const file of specs) {
      const text = await readFile(path.join(workspace, 'specs', file), 'utf8');
      const id = /^id: (\S+)/m.exec(text)![1]!;
      const page = await readFile(path.join(site, `specs/${id}.html`), 'utf8');
      expect(depth.get(`specs/${id}.html`)).toBeLessThanOrEqual(2);
      for (const [, requirement] of text.matchAll(/- requirement: (\S+)/g)) {
        deviations++;
        expect(page, `${id}: ${requirement}`).toContain(`id="${requirement}"`);
      }
    }
    expect(deviations).toBeGreaterThan(26);
  });
});
