#!/usr/bin/env node
// The static site at scale: build time, the largest page, the total size, and what a reader waits for in headless
// Chromium (Debian's, driven by playwright-core): the home page, a spec page, a requirement page, a search.
// Usage: node scripts/bench-site.mjs [--sizes 1000,5000,20000] [--out scripts/benchmark-site-results.md]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '1000,5000,20000').split(',').map(Number);
const resultsFile = opt('--out', path.join(repo, 'scripts', 'benchmark-site-results.md'));
const CHROMIUM = '/usr/bin/chromium';
const work = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-bench-site-'));

const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
const ms = (x) => (x === undefined ? 'n/a' : `${Math.round(x)} ms`);

function files(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Milliseconds from navigation to the load event of a page, and to its first paint of content. */
async function load(browser, url) {
  const page = await browser.newPage();
  const start = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const loaded = performance.now() - start;
  await page.close();
  return loaded;
}

/** The first search (which loads the index) and a second one, each from typing to the results being shown. */
async function search(browser, url, query, pause) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (pause) await page.waitForTimeout(pause);
  const answered = async (text) => {
    await page.fill('#search-input', '');
    const start = performance.now();
    await page.fill('#search-input', text);
    await page.waitForFunction(
      () => /result|Nothing matches/.test(document.getElementById('search-status')?.textContent ?? ''),
      undefined,
      {
        polling: 'raf',
      },
    );
    return performance.now() - start;
  };
  const first = await answered(query);
  const again = await answered(query.slice(0, -1));
  await page.close();
  return { first, again };
}

const rows = [];
try {
  const { chromium } = existsSync(CHROMIUM) ? await import('playwright-core') : { chromium: undefined };
  for (const size of sizes) {
    const ws = path.join(work, `ws-${size}`);
    spawnSync(
      process.execPath,
      [path.join(repo, 'scripts/generate-workspace.mjs'), ws, '--requirements', String(size), '--variants', '26'],
      { stdio: 'ignore' },
    );
    const site = path.join(work, `site-${size}`);
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [path.join(repo, 'bin/tenderkit.js'), 'site', '--root', ws, '--out', site],
      { encoding: 'utf8' },
    );
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`site failed at ${size}: ${run.stderr}`);
    const all = files(site).map((f) => ({ f, size: statSync(f).size }));
    const largest = all.reduce((a, b) => (b.size > a.size ? b : a));
    const total = all.reduce((n, x) => n + x.size, 0);
    const row = {
      size,
      seconds,
      largest: `${kib(largest.size)} (${path.relative(site, largest.f)})`,
      total,
      home: kib(statSync(path.join(site, 'index.html')).size),
    };
    if (chromium) {
      const launchStart = performance.now();
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      row.launch = performance.now() - launchStart;
      const url = (p) => pathToFileURL(path.join(site, p)).href;
      const spec = readdirSync(path.join(site, 'specs')).sort().at(-1);
      const requirement = readdirSync(path.join(site, 'requirements')).sort()[0];
      row.homeLoad = await load(browser, url('index.html'));
      row.specLoad = await load(browser, url(`specs/${spec}`));
      row.requirementLoad = await load(browser, url(`requirements/${requirement}`));
      row.search = await search(browser, url('index.html'), requirement.replace(/\.html$/, ''), 0);
      row.settled = await search(browser, url('index.html'), requirement.replace(/\.html$/, ''), 1000);
      await browser.close();
    }
    rows.push(row);
    process.stderr.write(`site at ${size}: ${seconds.toFixed(2)} s\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const lines = [
  `# The site at scale`,
  '',
  `\`node scripts/bench-site.mjs\` (part of \`npm run bench\`) on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}: generated catalogues with 26 national variants. Browser times are wall-clock in headless Chromium after it started (its start is shown apart), from navigation to the load event; a search from typing to the results: typed the moment the page loaded (the index still loading), typed a second later (a reader's pause; the index loads after the page), and the next one.`,
  '',
  '| requirements | build | largest file | home page | total | Chromium start | home loaded | spec page | requirement page | search at once | search after 1 s | next search |',
  '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.seconds.toFixed(2)} s | ${r.largest} | ${r.home} | ${(r.total / 1024 / 1024).toFixed(1)} MiB | ${ms(r.launch)} | ${ms(r.homeLoad)} | ${ms(r.specLoad)} | ${ms(r.requirementLoad)} | ${ms(r.search?.first)} | ${ms(r.settled?.first)} | ${ms(r.settled?.again)} |`,
  ),
  '',
];
writeFileSync(resultsFile, lines.join('\n'));
process.stdout.write(lines.join('\n'));
