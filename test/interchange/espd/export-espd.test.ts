import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse, REPO_ROOT } from '../../support/outside-tools.js';
import { fixtureCopies } from '../../support/workspace.js';
import { FULL_NOTICE } from '../eforms/full-notice.js';
import { compiledRules, failedAsserts, HAVE_ESPD, REQUEST_XSD } from './espd-rules.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tenderkit-espd-'));
let sefs: string[] = [];
beforeAll(() => {
  if (HAVE_ESPD) sefs = compiledRules();
}, 1_200_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const shippedSelection = () => {
  const baseline = readFileSync(path.join(REPO_ROOT, 'specs/eu-baseline.yaml'), 'utf8');
  return baseline.slice(baseline.indexOf('\nselection:') + 1);
};
/** xmllint's answer to an XPath on local names (its --xpath takes no namespace declarations). */
const xpath = (file: string, expression: string) =>
  execFileSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' }).trim();
const local = (p: string) =>
  p
    .split('/')
    .map((step) => (/^[\w]+:[\w]+/.test(step) ? step.replace(/^\w+:(\w+)/, "*[local-name()='$1']") : step))
    .join('/');

describe.runIf(HAVE_ESPD && canUse('xmllint', 'the ESPD Request test'))('export espd: the ESPD Request', () => {
  const copy = fixtureCopies();

  it('writes the shipped be as a request that the XSD accepts and that fails only the rule on what the buyer completes', async () => {
    const file = path.join(tmp, 'be.xml');
    const run = await runCli(['export', 'espd', 'be', '--out', file, '--root', REPO_ROOT]);
    expect(run.code, run.stderr).toBe(0);
    execFileSync('xmllint', ['--noout', '--schema', REQUEST_XSD, file], { stdio: 'pipe' });
    // be states no registration number: the one rule it fails, a warning, names it, as does the tool
    expect(failedAsserts(sefs, file).map((f) => [f.id, f.flag])).toEqual([['BR-REQ-20-04', 'warning']]);
    expect(run.stderr).toContain("the buyer's registration number (cac:PartyIdentification)");
    // the criteria: each exclusion ground and selection criterion of the chain with an ESPD criterion, in order
    const codes = xpath(
      file,
      `${local('/qar:QualificationApplicationRequest/cac:TenderingCriterion/cbc:CriterionTypeCode')}/text()`,
    ).split('\n');
    expect(codes.slice(0, 3)).toEqual(['crime-org', 'corruption', 'fraud']);
    expect(codes).toContain('nati-ground');
    expect(codes.slice(-4)).toEqual(['trade-regist', 'spec-year-to', 'supply-perform', 'qu-certif-indep']);
    expect(run.stderr).not.toMatch(/^not in the ESPD/m);
  }, 600_000);

  it('fills the thresholds and texts of the spec, keeps the fixed UUIDs, and passes every rule when the buyer is named', async () => {
    const root = await copy('basic', {
      ...FULL_NOTICE,
      'specs/eu-baseline.yaml': `${FULL_NOTICE['specs/eu-baseline.yaml']}${shippedSelection()}`,
    });
    const file = path.join(tmp, 'full.xml');
    const run = await runCli(['export', 'espd', 'be', '--out', file, '--root', root], {
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(run.code, run.stderr).toBe(0);
    execFileSync('xmllint', ['--noout', '--schema', REQUEST_XSD, file], { stdio: 'pipe' });
    expect(failedAsserts(sefs, file)).toEqual([]);
    const criterion = (code: string) =>
      `${local('/qar:QualificationApplicationRequest/cac:TenderingCriterion')}[*[local-name()='CriterionTypeCode']='${code}']`;
    // the fixed UUIDs of the criterion taxonomy
    expect(xpath(file, `string(${criterion('crime-org')}/*[local-name()='ID'])`)).toBe(
      '005eb9ed-1347-4ca3-bb29-9bc0db64e1ab',
    );
    const turnover = criterion('spec-year-to');
    expect(xpath(file, `string(${turnover}//*[local-name()='MinimumAmount'])`)).toBe('4000000');
    expect(xpath(file, `string(${turnover}//*[local-name()='MinimumAmount']/@currencyID)`)).toBe('EUR');
    expect(xpath(file, `string(${turnover}//*[local-name()='ExpectedValueNumeric'])`)).toBe('3');
    expect(xpath(file, `string(${turnover}//*[local-name()='ExpectedDescription'])`)).toMatch(/^Een jaarlijkse omzet/);
    // the two lots of the notice block, referenced by every criterion
    expect(xpath(file, `count(${turnover}/*[local-name()='ProcurementProjectLotReference'])`)).toBe('2');
    expect(xpath(file, `string(${criterion('supply-perform')}//*[local-name()='ExpectedValueNumeric'][1])`)).toBe('2');
    // the issue date comes from SOURCE_DATE_EPOCH, and the same inputs give the same bytes
    expect(xpath(file, `string(/*/*[local-name()='IssueDate'])`)).toBe('2026-01-01');
    const again = path.join(tmp, 'again.xml');
    await runCli(['export', 'espd', 'be', '--out', again, '--root', root], {
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  }, 600_000);

  it('refuses a file name that is not .xml, as wrong usage', async () => {
    const run = await runCli(['export', 'espd', 'be', '--out', path.join(tmp, 'be.json'), '--root', REPO_ROOT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out must name an .xml file');
  });
});
