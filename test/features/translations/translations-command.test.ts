import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { FIXTURES } from '../../support/workspace.js';

const fixture = path.join(FIXTURES, 'i18n-basic');

describe('tenderkit translations', () => {
  it('counts per language and spec what is translated, missing and stale (JSON)', async () => {
    const run = await runCli(['translations', '--root', fixture, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sourceLanguage).toBe('en');
    expect(report.languages.map((l: { lang: string }) => l.lang)).toEqual(['de', 'fr']);
    const fr = report.languages[1];
    const states = { translated: 4, reviewed: 0, final: 0 };
    expect(fr.catalogue).toEqual({ total: 5, translated: 3, missing: ['SEC-001'], stale: ['RES-001'], states });
    expect(fr.specs).toEqual([
      {
        spec: 'fr',
        total: 5,
        translated: 3,
        missing: ['SEC-001'],
        stale: ['RES-001'],
        states,
        replacedStatements: [],
        // INT-002's translation gives no French title for its reference
        references: ['INT-002: OASIS CAP 1.2'],
        values: [],
        specTexts: [],
        annexes: [],
        labels: [],
        complete: false,
        // the hash each missing or stale translation must name as its source
        sources: {
          'SEC-001': expect.stringMatching(/^[0-9a-f]{16}$/),
          'RES-001': expect.stringMatching(/^[0-9a-f]{16}$/),
        },
      },
    ]);
    expect(report.languages[0].specs[0]).toMatchObject({
      spec: 'de',
      translated: 1,
      missing: ['INT-002', 'SEC-001', 'SEC-002', 'RES-001'],
    });
  });

  it('prints a table and the lists for one language (Markdown)', async () => {
    const run = await runCli(['translations', '--root', fixture, '--lang', 'fr']);
    expect(run.stdout).toContain('## French (fr)');
    expect(run.stdout).toContain('| catalogue | 5 | 3 | 1 | 1 | 0 | 0 |');
    expect(run.stdout).toContain('| spec fr | 5 | 3 | 1 | 1 | 0 | 0 |');
    expect(run.stdout).toContain('Reference titles for spec fr without a French text (1): INT-002: OASIS CAP 1.2');
    expect(run.stdout).toContain('Stale for spec fr (1): RES-001');
    expect(run.stdout).not.toContain('German');
  });

  it('refuses a language that is no BCP 47 tag', async () => {
    const run = await runCli(['translations', '--root', fixture, '--lang', 'fr_FR!']);
    expect(run.code).toBe(2);
  });
});
