/// <reference lib="dom" />
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse } from '../../support/outside-tools.js';
import { FIXTURES } from '../../support/workspace.js';

/** Debian's chromium (apt-get install chromium); playwright-core drives it and never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';
const available = canUse('chromium', "the site's browser tests");

let browser: Browser;
let site: string;
let home: string;

describe.skipIf(!available)('the site in a real browser, opened from the disk', () => {
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-site-browser-'));
    const run = await runCli(['site', '--root', path.join(FIXTURES, 'basic'), '--out', site]);
    expect(run.code).toBe(0);
    home = pathToFileURL(path.join(site, 'index.html')).href;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(site, { recursive: true, force: true });
  });

  /** A page that records script errors and every address it asks for. */
  async function open(width = 1280): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    return { page, errors, requests };
  }

  it('finds a requirement by id, opens it, shows its spec table and follows a deviation to its spec page', async () => {
    const { page, errors, requests } = await open();
    await page.goto(home);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('int-001');
    const first = page.locator('#search-results li a').first();
    // the exact id comes first, before BE-INT-001 which contains it
    await expect
      .poll(() => page.locator('#search-results .rid').allTextContents(), { timeout: 30_000 })
      .toEqual(['INT-001', 'BE-INT-001']);
    expect(await first.textContent()).toContain('Incident information exchange in EMSI');
    expect(await page.locator('#search-status').textContent()).toMatch(/^2 results\. Use the arrow keys/);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await Promise.all([page.waitForURL(/requirements\/INT-001\.html$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Incident information exchange in EMSI');

    const rows = page.locator('table.uses tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(['in-eu-baseline', 'in-benelux', 'in-be']);
    const be = page.locator('#in-be');
    expect(await be.textContent()).toContain('3\u00a0s');
    expect(await be.locator('.badge').textContent()).toContain('Stricter');
    expect(await be.textContent()).toContain('The national radio network already guarantees delivery within 3 s.');
    expect(await page.locator('#in-eu-baseline .badge').textContent()).toContain('Unchanged');

    await Promise.all([page.waitForURL(/specs\/be\.html#INT-001$/), be.locator('a.badge-link').click()]);
    const target = page.locator('tr:target');
    expect(await target.getAttribute('id')).toBe('INT-001');
    expect(await target.textContent()).toContain('max_delivery_seconds');
    expect(await target.isVisible()).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('Belgian federal police');

    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });

  it('filters by domain, spec and obligation, and moves through results with the arrow keys', async () => {
    const { page, errors } = await open();
    await page.goto(`${home}?domain=security`);
    const ids = () => page.locator('#search-results .rid').allTextContents();
    await expect.poll(ids, { timeout: 30_000 }).toEqual(['SEC-001', 'SEC-002']);
    await page.selectOption('#filter-domain', '');
    await page.selectOption('#filter-spec', 'be');
    await page.selectOption('#filter-obligation', 'mandatory');
    // SEC-002 is recommended in the catalogue; benelux makes it mandatory, so be lists it
    await expect.poll(ids, { timeout: 30_000 }).toContain('SEC-002');
    expect(await ids()).toContain('BE-INT-001');
    expect(await ids()).not.toContain('INT-002');

    await page.focus('#search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.querySelector('.rid')?.textContent);
    expect(focused).toBe((await ids())[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(errors).toEqual([]);
  });

  it('reads on a phone without sideways scrolling, and labels every field', async () => {
    const { page, errors } = await open(390);
    for (const file of ['index.html', 'requirements/INT-001.html', 'specs/be.html']) {
      await page.goto(pathToFileURL(path.join(site, file)).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, file).toBeLessThanOrEqual(0);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input, select')]
          .filter((el) => !(el as HTMLInputElement).labels?.length)
          .map((el) => el.id),
      );
      expect(unlabelled, file).toEqual([]);
      expect(await page.locator('header, nav, main, footer').count(), file).toBeGreaterThanOrEqual(4);
    }
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!available)('accessibility of every kind of page and HTML report (axe-core, WCAG 2.1 A and AA)', () => {
  let dir: string;
  let accessBrowser: Browser;
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-axe-'));
    const root = path.join(FIXTURES, 'basic');
    expect((await runCli(['site', '--root', root, '--out', path.join(dir, 'site')])).code).toBe(0);
    expect(
      (await runCli(['diff', 'be', '--root', root, '--format', 'html', '--out', path.join(dir, 'diff.html')])).code,
    ).toBe(0);
    expect(
      (await runCli(['matrix', '--root', root, '--format', 'html', '--out', path.join(dir, 'matrix.html')])).code,
    ).toBe(0);
    const { chromium } = await import('playwright-core');
    accessBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await accessBrowser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const file of [
    'site/index.html',
    'site/catalogue/interconnection.html',
    'site/heat-map/index.html',
    'site/heat-map/interconnection.html',
    'site/requirements/INT-001.html',
    'site/specs/be.html',
    'site/specs/eu-baseline.html',
    'diff.html',
    'matrix.html',
  ]) {
    it(`${file} has no violation`, async () => {
      for (const width of [1280, 390]) {
        const page = await accessBrowser.newPage({ viewport: { width, height: 900 } });
        await page.goto(pathToFileURL(path.join(dir, file)).href);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(
                  context: Document,
                  options: unknown,
                ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${file} at ${width} px`).toEqual([]);
        await page.close();
      }
    });
  }
});
