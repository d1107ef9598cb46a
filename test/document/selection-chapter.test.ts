import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canUse } from '../support/outside-tools.js';
import { runCli } from '../support/cli.js';
import { FIXTURES, fixtureCopies } from '../support/workspace.js';

const copy = fixtureCopies();
const baseline = async (selection: string) =>
  `${await readFile(path.join(FIXTURES, 'basic/specs/eu-baseline.yaml'), 'utf8')}selection:\n${selection}`;
const BASELINE_SELECTION = `  exclusion:
    - exg-crim-corrpt
    - { code: exg-natl-bre-nat-law, description: The prohibition of Art. 5k of Regulation (EU) No 833/2014. }
  criteria:
    - { code: slc-stand-to-spec, description: Turnover from operational management systems., threshold: { amount: 2000000, currency: EUR, years: 3 } }
    - { code: slc-abil-ref-supply, threshold: { count: 2, years: 5 } }
`;
const BE_SELECTION = `selection:
  criteria:
    - code: slc-stand-to-spec
      description: { nl: Omzet uit operationele beheersystemen. }
      threshold: { amount: 4500000, currency: EUR, years: 3 }
`;

describe('the tender document: exclusion and selection', () => {
  it.runIf(canUse('pandoc', 'the selection chapter test'))(
    'lists the inherited grounds with their official names in the document language, and the nearest threshold',
    async () => {
      const be = await readFile(path.join(FIXTURES, 'basic/specs/be.yaml'), 'utf8');
      const root = await copy('basic', {
        'specs/eu-baseline.yaml': await baseline(BASELINE_SELECTION),
        'specs/be.yaml': `${be}${BE_SELECTION}`,
      });
      const run = await runCli(['build', 'be', '--format', 'docx', '--out', 'out'], { cwd: root });
      expect(run.code, run.stderr).toBe(0);
      const plain = execFileSync(
        'pandoc',
        [path.join(root, 'out/be/tender-specification.docx'), '-t', 'plain', '--wrap=none', '--columns=10000'],
        {
          encoding: 'utf8',
        },
      ).replace(/\s+/g, ' ');
      const chapter = plain.slice(plain.lastIndexOf('Uitsluiting en selectie'));
      expect(chapter).toMatch(/Uitsluitingsgronden .*exg-crim-corrpt.*Corruptie/);
      // the baseline's English description, marked as not yet translated
      expect(chapter).toContain('[Tekst nog niet beschikbaar in het Nederlands');
      expect(chapter).toContain('The prohibition of Art. 5k');
      // be's own threshold and Dutch description replace the baseline's; the baseline's reference criterion stays
      expect(chapter).toContain('Omzet uit operationele beheersystemen.');
      expect(chapter).toMatch(/ten minste € 4\.500\.000, over de laatste 3 jaar/);
      expect(chapter).not.toContain('2.000.000');
      expect(chapter).toMatch(/Referenties voor gespecificeerde leveringen.*ten minste 2, over de laatste 5 jaar/);
    },
  );

  it('refuses a threshold amount without its currency, at the threshold', async () => {
    const text = await baseline('  criteria:\n    - { code: slc-stand-to-gen, threshold: { amount: 2000000 } }\n');
    const root = await copy('basic', { 'specs/eu-baseline.yaml': text });
    const run = await runCli(['validate'], { cwd: root });
    expect(run.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('slc-stand-to-gen')) + 1;
    expect(run.stderr).toMatch(new RegExp(`specs/eu-baseline\\.yaml:${line}:\\d+: error .*currency`));
  });
});
