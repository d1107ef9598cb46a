import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse, REPO_ROOT } from '../../support/outside-tools.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-notice-selection-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.runIf(canUse('xmllint', 'the notice selection test'))('the contract notice: exclusion and selection', () => {
  it("writes the spec's grounds (BT-67) and criteria (BT-809) with their descriptions and thresholds in the notice language", async () => {
    const notice = path.join(tmp, 'be.xml');
    const run = await runCli(['export', 'eforms', 'be', '--out', notice, '--root', REPO_ROOT]);
    expect(run.code, run.stderr).toBe(0);
    const xpath = (expression: string) =>
      execFileSync('xmllint', ['--xpath', expression, notice], { encoding: 'utf8' }).trim();
    // xmllint 2.9 has no namespace declarations in --xpath: match on local names
    const values = (expression: string) =>
      xpath(`${expression}/text()`)
        .split('\n')
        .map((v) => v.trim());
    const grounds = values(
      "/*/*[local-name()='TenderingTerms']/*[local-name()='TendererQualificationRequest']/*[local-name()='SpecificTendererRequirement']/*[local-name()='TendererRequirementTypeCode'][@listName='exclusion-ground']",
    );
    expect(grounds.slice(0, 3)).toEqual(['exg-crim-part', 'exg-crim-corrpt', 'exg-crim-fraud']);
    expect(grounds).toContain('exg-natl-bre-nat-law');
    expect(
      values("//*[@listName='exclusion-grounds-source']"),
      'the grounds are in the notice and in the ESPD Request',
    ).toEqual(['epo-notice', 'epo-acc-espd-request']);
    const lot = "/*/*[local-name()='ProcurementProjectLot'][1]//*[local-name()='SelectionCriteria']";
    expect(values(`${lot}/*[local-name()='TendererRequirementTypeCode']`)).toEqual([
      'slc-suit-reg-trade',
      'slc-stand-to-spec',
      'slc-abil-ref-supply',
      'slc-sche-qu-cert-indep',
    ]);
    const turnover = xpath(`string(${lot}[2]/*[local-name()='Description'])`);
    expect(turnover).toMatch(/^Een jaarlijkse omzet, in elk van de laatste drie boekjaren/);
    expect(turnover).toMatch(/Minimumniveau: ten minste €\s4\.000\.000, over de laatste 3 jaar\.$/);
    expect(xpath(`string(${lot}[2]/*[local-name()='Description']/@languageID)`)).toBe('NLD');
  });
});
