import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/lib/hash/sha256.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';

const basic = path.join(FIXTURES, 'basic');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-site-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('tenderkit site', () => {
  it('writes a home page, a page per requirement, spec and domain, the heat map by domain, one stylesheet, one script and the search index in pieces', async () => {
    const out = path.join(scratch, 'site');
    const run = await runCli(['site', '--root', basic, '--out', out]);
    expect(run.stderr).not.toMatch(/: error /);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/20 pages, 24 files/);
    expect(await listFiles(out)).toEqual(
      [
        'assets/search-index.js',
        'assets/search/part-0.js',
        'assets/site.css',
        'catalogue/eu-sourcing.html',
        'catalogue/interconnection.html',
        'catalogue/resilience.html',
        'catalogue/security.html',
        'heat-map/eu-sourcing.html',
        'heat-map/index.html',
        'heat-map/interconnection.html',
        'heat-map/resilience.html',
        'heat-map/security.html',
        'assets/site.js',
        'index.html',
        'requirements/BE-INT-001.html',
        'requirements/EUS-001.html',
        'requirements/INT-001.html',
        'requirements/INT-002.html',
        'requirements/RES-001.html',
        'requirements/SEC-001.html',
        'requirements/SEC-002.html',
        'specs/be.html',
        'specs/benelux.html',
        'specs/eu-baseline.html',
      ].sort(),
    );
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    // nothing is loaded from elsewhere: every address in the page is relative or a fragment
    for (const [, url] of home.matchAll(/(?:src|href)="([^"]*)"/g)) expect(url).not.toMatch(/^(?:[a-z]+:|\/\/|\/)/i);
    expect(home.match(/<script /g)).toHaveLength(2);
    expect(home).toContain('<script src="assets/search-index.js" defer></script>');
    expect(home).toContain('<a class="skip-link" href="#main">');
    expect(home).toMatch(/<main id="main"/);
    expect(home).not.toContain('<li id="INT-001">');
    expect(home).toContain('href="catalogue/interconnection.html"');
    const domain = await readFile(path.join(out, 'catalogue/interconnection.html'), 'utf8');
    expect(domain).toContain('<li id="INT-001"><a href="../requirements/INT-001.html">');
  });

  it('shows on a requirement page every spec that selects it, with its values, change class, justification and word diff', async () => {
    const out = path.join(scratch, 'site');
    await runCli(['site', '--root', basic, '--out', out]);
    const page = await readFile(path.join(out, 'requirements', 'INT-001.html'), 'utf8');
    const row = (spec: string) =>
      page.slice(page.indexOf(`<tr id="in-${spec}"`), page.indexOf('</tr>', page.indexOf(`<tr id="in-${spec}"`)));
    expect(row('eu-baseline')).toContain('5\u00a0s');
    expect(row('eu-baseline')).toContain('Unchanged');
    expect(row('be')).toContain('<strong class="changed">3\u00a0s</strong>');
    expect(row('be')).toContain('Stricter');
    expect(row('be')).toContain('The national radio network already guarantees delivery within 3 s.');
    expect(row('be')).toContain('href="../specs/be.html#INT-001"');
    expect(page).toContain('<del>5\u00a0s</del><ins>3\u00a0s</ins>');
    // the baseline text, parameters filled with their defaults
    expect(page).toContain('within 5\u00a0s of the event being recorded.');
    const spec = await readFile(path.join(out, 'specs', 'be.html'), 'utf8');
    expect(spec).toMatch(/<tr id="INT-001">[\s\S]*?The national radio network/);
  });

  it('escapes every text of the catalogue: a title with <script>, & and quotes stays text on every page', async () => {
    const title = 'Exchange <script>alert("x")</script> & \'quoted\' data';
    const original = await readFile(path.join(basic, 'requirements/interconnection/INT-002.md'), 'utf8');
    const edited = `${original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)}\n<div onclick="steal()">raw</div>\n`;
    const ws = await workspaceFrom('basic', { 'requirements/interconnection/INT-002.md': edited });
    try {
      const out = path.join(ws.root, 'out', 'site');
      const run = await runCli(['site', '--root', ws.root]);
      expect(run.code).toBe(0);
      const escaped = 'Exchange &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; data';
      for (const file of [
        'catalogue/interconnection.html',
        'heat-map/interconnection.html',
        'requirements/INT-002.html',
      ]) {
        const html = await readFile(path.join(out, file), 'utf8');
        expect(html, file).not.toContain('<script>alert');
        expect(html, file).not.toContain('<div onclick');
        expect(html, file).toContain(escaped);
      }
      expect(await readFile(path.join(out, 'requirements/INT-002.html'), 'utf8')).toContain(
        '&lt;div onclick=&quot;steal()&quot;&gt;raw&lt;/div&gt;',
      );
      const index = await readFile(path.join(out, 'assets/search/part-0.js'), 'utf8');
      expect(index).not.toMatch(/<\/?script/i);
      expect(index).toContain(
        'Exchange \\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e \\u0026 \'quoted\' data',
      );
    } finally {
      await ws.dispose();
    }
  });

  it('writes the same bytes twice (reproducible)', async () => {
    const first = path.join(scratch, 'one');
    const second = path.join(scratch, 'two');
    expect((await runCli(['site', '--root', basic, '--out', first])).code).toBe(0);
    expect((await runCli(['site', '--root', basic, '--out', second])).code).toBe(0);
    const files = await listFiles(first);
    expect(await listFiles(second)).toEqual(files);
    for (const f of files)
      expect(sha256(await readFile(path.join(second, f))), f).toBe(sha256(await readFile(path.join(first, f))));
  });

  it('links the packs that `build` wrote next to the site', async () => {
    const ws = await workspaceFrom('basic');
    try {
      expect((await runCli(['build', 'be', '--root', ws.root, '--format', 'md,csv'])).code).toBe(0);
      expect((await runCli(['site', '--root', ws.root])).code).toBe(0);
      const be = await readFile(path.join(ws.root, 'out', 'site', 'specs', 'be.html'), 'utf8');
      expect(be).toContain('href="../../be/tender-specification.md"');
      expect(be).toContain('href="../../be/manifest.json"');
      const benelux = await readFile(path.join(ws.root, 'out', 'site', 'specs', 'benelux.html'), 'utf8');
      expect(benelux).toContain('No pack has been built for this spec');
    } finally {
      await ws.dispose();
    }
  });

  it('refuses to run on a workspace with errors: exit 1, diagnostics printed, nothing written', async () => {
    const ws = await workspaceFrom('basic', { 'specs/be.yaml': 'id: be\nextends: nowhere\ntitle: Broken\n' });
    try {
      const run = await runCli(['site', '--root', ws.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^specs\/be\.yaml:\d+:\d+: error /m);
      expect(run.stderr).toContain('nothing was written');
      await expect(readdir(path.join(ws.root, 'out', 'site'))).rejects.toThrow();
    } finally {
      await ws.dispose();
    }
  });

  it('replaces a site written before, but never a folder that holds something else', async () => {
    const site = path.join(scratch, 'again');
    expect((await runCli(['site', '--root', basic, '--out', site])).code).toBe(0);
    await writeFile(path.join(site, 'stale.html'), 'old');
    expect((await runCli(['site', '--root', basic, '--out', site])).code).toBe(0);
    expect(await listFiles(site)).not.toContain('stale.html');

    const other = path.join(scratch, 'documents');
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, 'thesis.docx'), 'precious');
    const run = await runCli(['site', '--root', basic, '--out', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to replace/);
    expect(await readFile(path.join(other, 'thesis.docx'), 'utf8')).toBe('precious');
  });
});
