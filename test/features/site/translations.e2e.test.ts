/// <reference lib="dom" />
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse } from '../../support/outside-tools.js';
import { FIXTURES } from '../../support/workspace.js';

let site: string;
const page = (id: string) => readFile(path.join(site, 'requirements', `${id}.html`), 'utf8');

describe('translations on the requirement pages', () => {
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-site-lang-'));
    const run = await runCli(['site', '--root', path.join(FIXTURES, 'i18n-basic'), '--out', site]);
    expect(run.code, run.stderr).toBe(0);
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('shows each translation that exists, with its state, beside the English text', async () => {
    const int001 = await page('INT-001');
    expect(int001).toContain('<div class="lang-switch" role="group" aria-label="Language of the text">');
    expect(int001).toMatch(
      /<button type="button" data-lang="fr" aria-pressed="false">French \(fr\)<span class="lang-state lang-current">current<\/span><\/button>/,
    );
    expect(int001).toContain('<div class="lang-text" data-lang="fr" lang="fr">');
    expect(int001).toContain('<div class="lang-text" data-lang="de" lang="de">');
    // the French statement, its parameter filled with the default as the French write it
    expect(int001).toMatch(/lang="fr">[\s\S]*dans un délai de 5\u00a0s/);
    // RES-001's French translation was made from an older text
    expect(await page('RES-001')).toContain(
      '<span class="lang-state lang-stale">stale: made from an older English text</span>',
    );
    // a requirement without translations has no switch
    expect(await page('SEC-001')).not.toContain('lang-switch');
  });

  it.skipIf(!canUse('chromium', "the site's browser tests"))(
    'lets a reader switch the text between the languages in a browser',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox'],
      });
      try {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(pathToFileURL(path.join(site, 'requirements', 'INT-001.html')).href);
        const visible = () =>
          tab.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLElement>('.lang-text'))
              .filter((e) => !e.hidden)
              .map((e) => e.dataset['lang']),
          );
        expect(await visible()).toEqual(['en']);
        await tab.click('.lang-switch button[data-lang="fr"]');
        expect(await visible()).toEqual(['fr']);
        expect(await tab.getAttribute('.lang-switch button[data-lang="fr"]', 'aria-pressed')).toBe('true');
        expect(await tab.locator('.lang-text[data-lang="fr"]').textContent()).toContain('Le système doit');
        await tab.click('.lang-switch button[data-lang="en"]');
        expect(await visible()).toEqual(['en']);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
