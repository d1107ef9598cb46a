import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AcceptanceReport } from '../../../src/features/acceptance/acceptance-report.js';
import type { PlanFile } from '../../../src/features/acceptance/plan-json.js';
import { ACCEPTANCE_NL } from '../../../src/load/frame/label-sets/acceptance/nl.js';
import { runCli } from '../../support/cli.js';
import { makeGitRepo, type GitRepo } from '../../support/git-repo.js';
import { canUse, SHARED } from '../../support/outside-tools.js';
import { shippedCopy, SHIPPED } from '../../support/shipped.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1800000000' };
const readers = SHIPPED && canUse('openpyxl', 'the acceptance scenario') && canUse('pandoc', 'the acceptance scenario');

/** Fills rows of a results workbook with openpyxl, as a witness would in Excel: { case id: [result, date, concession] }. */
function fill(file: string, rows: Record<string, [string, string, string?]>): void {
  const script = `
import json, sys, datetime, openpyxl
path, rows = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
for row in ws.iter_rows(min_row=2):
    case = row[0].value
    if case in rows:
        result, date, concession = (rows[case] + [None])[:3]
        row[6].value = result
        row[7].value = datetime.date.fromisoformat(date)
        row[8].value = "M. Janssens"
        row[9].value = "FAT-LOG-" + case
        if concession: row[10].value = concession
wb.save(path)
`;
  execFileSync('/usr/bin/python3', ['-c', script, file, JSON.stringify(rows)]);
}

/** A JUnit file as pytest writes it (--junitxml; record_property gives the properties), one test case per conformance case. */
function pytestJunit(
  cases: Array<{ name: string; requirement?: string; failure?: string; attachment?: string }>,
): string {
  const body = cases
    .map(
      (c) =>
        `<testcase classname="conformance.test_exchange" name="${c.name}" time="0.412">${c.requirement ? `<properties><property name="requirement" value="${c.requirement}" /></properties>` : ''}${c.failure ? `<failure message="${c.failure}">AssertionError: ${c.failure}</failure>` : ''}${c.attachment ? `<system-out>[[ATTACHMENT|${c.attachment}]]</system-out>` : ''}</testcase>`,
    )
    .join('');
  const failures = cases.filter((c) => c.failure).length;
  return `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="${failures}" skipped="0" tests="${cases.length}" time="12.204" timestamp="2027-03-05T09:12:44.102938+01:00" hostname="harness-peer">${body}</testsuite></testsuites>`;
}

describe.runIf(readers)('acceptance of be: from the plan to the decision', () => {
  let repo: GitRepo;
  let plan: PlanFile;
  const planDir = () => path.join(repo.dir, 'acceptance');
  const results = () => path.join(planDir(), 'test-results.xlsx');
  const cli = (...args: string[]) => runCli(args, { cwd: repo.dir, env: EPOCH });

  beforeAll(async () => {
    const copy = shippedCopy();
    repo = await makeGitRepo(copy.root);
    repo.commit('the catalogue at award');
    const made = await cli('acceptance', 'plan', 'be', '--out-dir', 'acceptance');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    plan = JSON.parse(await readFile(path.join(planDir(), 'plan.json'), 'utf8')) as PlanFile;
  });
  afterAll(async () => {
    if (repo) await rm(repo.dir, { recursive: true, force: true });
  });

  it('plans one case per requirement and phase, with the phases of the baseline and the fingerprint of each requirement', () => {
    expect(plan.phases).toEqual(['fat', 'sat', 'sit', 'trial']);
    const int001 = plan.requirements.find((r) => r.id === 'INT-001')!;
    // INT-001 is tested against a peer (SIT), demonstrated on site (SAT), and supports readiness scenarios (trial)
    expect(int001.phases).toEqual(['sat', 'sit', 'trial']);
    expect(int001.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    for (const r of plan.requirements)
      expect(plan.cases.filter((c) => c.requirement === r.id).map((c) => c.phase)).toEqual(r.phases);
    expect(plan.cases.map((c) => c.id)).toContain('TC-INT-001-sit');
  });

  it('writes a test plan in each language of be that Word, the Office schemas and pandoc accept', () => {
    for (const name of ['test-plan.docx', 'test-results.xlsx']) {
      const file = path.join(planDir(), name);
      if (existsSync(path.join(SHARED, 'ooxml'))) {
        const check = spawnSync('bash', [path.join(SHARED, 'ooxml', 'validate-ooxml.sh'), file], { encoding: 'utf8' });
        expect(check.status, check.stdout + check.stderr).toBe(0);
      }
    }
    const md = execFileSync('pandoc', [path.join(planDir(), 'test-plan.docx'), '-t', 'gfm'], { encoding: 'utf8' });
    // a test case heading per case, with the effective value of be (INT-013: directory_sync_hours 6)
    expect(md).toMatch(/TC-INT-001-sit/);
    expect(md).toMatch(/directory_sync_hours = 6/);
    expect(md.match(/^#{2} .*TC-[A-Z0-9-]+-(fat|sat|sit|trial) /gm)?.length).toBe(plan.cases.length);
  });

  it('locks the ids of the results workbook and offers the results as a list', () => {
    const script = `
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(ws.protection.sheet, ws['A2'].protection.locked, ws['G2'].protection.locked, ws.max_row - 1)
print(';'.join(str(v.formula1) + '@' + str(v.sqref) for v in ws.data_validations.dataValidation))
`;
    const [lock, validation] = execFileSync('/usr/bin/python3', ['-c', script, results()], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(lock).toBe(`True True False ${plan.cases.length}`);
    expect(validation).toMatch(new RegExp(`^".+,.+,.+,.+"@G2:G${plan.cases.length + 1}$`));
  });

  it('accepts when every case passed, and ends the Word report with a certificate to sign', async () => {
    const all = path.join(repo.dir, 'all-passed.xlsx');
    await copyFile(results(), all);
    fill(all, Object.fromEntries(plan.cases.map((c) => [c.id, [ACCEPTANCE_NL.workbook.results.pass, '2027-02-10']])));
    const json = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--results',
      'all-passed.xlsx',
      '--format',
      'json',
    );
    const report = JSON.parse(json.stdout) as AcceptanceReport;
    expect(report).toMatchObject({ accepted: true, blocking: [] });
    expect(report.summary).toEqual({
      cases: plan.cases.length,
      passed: plan.cases.length,
      failed: 0,
      notRun: 0,
      concession: 0,
      outdated: 0,
    });
    const docx = path.join(repo.dir, 'acceptance-report.docx');
    const run = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--results',
      'all-passed.xlsx',
      '--format',
      'docx',
      '--out',
      'acceptance-report.docx',
    );
    expect(run.code, run.stderr).toBe(0);
    if (existsSync(path.join(SHARED, 'ooxml'))) {
      const check = spawnSync('bash', [path.join(SHARED, 'ooxml', 'validate-ooxml.sh'), docx], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    }
    const md = execFileSync('pandoc', [docx, '-t', 'gfm', '--wrap=none'], { encoding: 'utf8' });
    const words = ACCEPTANCE_NL.report;
    expect(md).toContain(words.certificate.title);
    expect(md).toContain(words.accepted);
    expect(md).toContain(ACCEPTANCE_NL.plan.approval.signature);
    // the certificate names the evidence it rests on
    expect(md).toMatch(/all-passed\.xlsx \(SHA-256 [0-9a-f]{16}\)/);
    await rm(all);
  });

  it('reports the scenario: a fail, a concession, a case not run, a conflict decided by date, an edited requirement', async () => {
    const mandatory = new Set(plan.requirements.filter((r) => r.obligation === 'mandatory').map((r) => r.id));
    const sit = plan.cases.filter((c) => c.phase === 'sit');
    const fatMandatory = plan.cases.filter((c) => c.phase === 'fat' && mandatory.has(c.requirement));
    const failed = fatMandatory[0]!;
    const conceded = fatMandatory[1]!;
    const edited = fatMandatory[2]!.requirement;
    const notRun = plan.cases.find(
      (c) =>
        c.phase === 'trial' &&
        mandatory.has(c.requirement) &&
        ![failed, conceded].some((x) => x.requirement === c.requirement) &&
        c.requirement !== edited,
    )!;
    const disputed = sit[1]!;
    // the witness picks the Dutch words of the workbook's list (be is written in Dutch first)
    const words = ACCEPTANCE_NL.workbook.results;
    const rows: Record<string, [string, string, string?]> = {};
    for (const c of plan.cases) if (c.phase !== 'sit' && c.id !== notRun.id) rows[c.id] = [words.pass, '2027-02-10'];
    rows[failed.id] = [words.fail, '2027-02-11'];
    rows[conceded.id] = [words.concession, '2027-02-11', 'CON-2027-007'];
    rows[disputed.id] = [words.fail, '2027-03-01'];
    fill(results(), rows);
    const junit = path.join(repo.dir, 'conformance-run.xml');
    await writeFile(
      junit,
      pytestJunit([
        ...sit.map((c) => ({ name: `test_${c.requirement}`, requirement: c.requirement })),
        // named as the conformance suite names its cases, without the property
        { name: 'INT-001 CT-EMSI-02', attachment: 'evidence/ct-emsi-02.log' },
      ]),
    );
    const before = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--results',
      'acceptance/test-results.xlsx',
      '--junit',
      'conformance-run.xml',
      '--format',
      'json',
    );
    expect(before.stderr).toBe('');
    const first = JSON.parse(before.stdout) as AcceptanceReport;
    expect(first.blocking).toEqual(
      plan.requirements.map((r) => r.id).filter((id) => id === failed.requirement || id === notRun.requirement),
    );

    // the working group edits a requirement after the plan, and commits it
    const folder = readdirSync(path.join(repo.dir, 'requirements')).find((d) =>
      existsSync(path.join(repo.dir, 'requirements', d, `${edited}.md`)),
    )!;
    await repo.edit(`requirements/${folder}/${edited}.md`, (text) =>
      text.replace(/^title: (.*)$/m, 'title: $1, revised'),
    );
    repo.commit(`${edited}: a clearer title`);

    const after = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--results',
      'acceptance/test-results.xlsx',
      '--junit',
      'conformance-run.xml',
      '--format',
      'json',
    );
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout) as AcceptanceReport;
    const outdatedCases = plan.cases.filter((c) => c.requirement === edited).length;
    expect(report.accepted).toBe(false);
    expect(report.summary).toEqual({
      cases: plan.cases.length,
      passed: plan.cases.length - outdatedCases - 3,
      failed: 1,
      notRun: 1,
      concession: 1,
      outdated: outdatedCases,
    });
    expect(report.blocking).toEqual(
      plan.requirements.map((r) => r.id).filter((id) => [failed.requirement, notRun.requirement, edited].includes(id)),
    );
    const byId = new Map(report.requirements.map((r) => [r.id, r]));
    // the workbook lists the cases in the plan's order, below its header row
    const row = (id: string) => plan.cases.findIndex((c) => c.id === id) + 2;
    expect(byId.get(failed.requirement)).toMatchObject({ status: 'failed', obligation: 'mandatory' });
    expect(byId.get(failed.requirement)!.cases.find((c) => c.id === failed.id)).toMatchObject({
      result: 'fail',
      source: `acceptance/test-results.xlsx!G${row(failed.id)}`,
      date: '2027-02-11',
      witness: 'M. Janssens',
    });
    expect(byId.get(conceded.requirement)!.cases.find((c) => c.id === conceded.id)).toMatchObject({
      status: 'concession',
      concession: 'CON-2027-007',
    });
    expect(byId.get(edited)).toMatchObject({ status: 'outdated', outdated: 'changed' });
    expect(byId.get(notRun.requirement)).toMatchObject({ status: 'not-run' });
    // the workbook's fail of 1 March and the conformance run of 5 March disagree: the later run counts
    expect(report.conflicts).toEqual([
      {
        case: disputed.id,
        results: [
          { result: 'fail', source: `acceptance/test-results.xlsx!G${row(disputed.id)}`, date: '2027-03-01' },
          {
            result: 'pass',
            source: expect.stringMatching(/^conformance-run\.xml:1$/),
            date: '2027-03-05T09:12:44.102938+01:00',
          },
        ],
        winner: expect.stringMatching(/^conformance-run\.xml:1$/),
      },
    ]);
    const int001 = byId.get('INT-001')!.cases.find((c) => c.phase === 'sit')!;
    expect(int001).toMatchObject({ status: 'passed', evidence: ['evidence/ct-emsi-02.log'] });

    // for a CI that gates on acceptance: JUnit with a failure per blocking case, SARIF with a finding per blocking requirement
    const inputs = ['--results', 'acceptance/test-results.xlsx', '--junit', 'conformance-run.xml'];
    const junitOut = await cli('acceptance', 'report', 'be', '--plan', 'acceptance', ...inputs, '--format', 'junit');
    const script = `
import sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.read())
cases = root.findall('.//testcase')
failed = [c.get('name') for c in cases if c.find('failure') is not None]
print(len(cases)); print(root.get('failures')); print(' '.join(sorted(failed)))
`;
    const [count, failures, failedCases] = execFileSync('/usr/bin/python3', ['-c', script], {
      input: junitOut.stdout,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    const blockingCases = report.requirements
      .flatMap((r) => r.cases.map((c) => ({ c, mandatory: r.obligation === 'mandatory' })))
      .filter(
        ({ c, mandatory }) => c.status === 'failed' || c.status === 'outdated' || (mandatory && c.status === 'not-run'),
      )
      .map(({ c }) => c.id)
      .sort();
    expect(Number(count)).toBe(plan.cases.length);
    expect(Number(failures)).toBe(blockingCases.length);
    expect(failedCases).toBe(blockingCases.join(' '));
    const sarif = JSON.parse(
      (await cli('acceptance', 'report', 'be', '--plan', 'acceptance', ...inputs, '--format', 'sarif')).stdout,
    ) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(
      report.blocking.map((id) => `acceptance-${byId.get(id)!.status}`).sort(),
    );
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain(
      `requirements/${folder}/${edited}.md`,
    );
  });

  it('refuses a result for a requirement the plan does not have, at its line, and writes nothing', async () => {
    const junit = path.join(repo.dir, 'stray.xml');
    await writeFile(
      junit,
      '<?xml version="1.0"?>\n<testsuite name="vitest" tests="2">\n  <testcase name="a" classname="x"/>\n  <testcase name="b" classname="x">\n    <properties><property name="requirement" value="INT-999"/></properties>\n  </testcase>\n</testsuite>\n',
    );
    const out = path.join(repo.dir, 'report.json');
    const run = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--junit',
      'stray.xml',
      '--out',
      'report.json',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^stray\.xml:4:3: error the test case "b" verifies INT-999, which is not in the plan of be \[acceptance-junit\]$/m,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    // asked for JSON, the errors come as JSON, in the shape of validate --format json
    const json = await cli(
      'acceptance',
      'report',
      'be',
      '--plan',
      'acceptance',
      '--junit',
      'stray.xml',
      '--format',
      'json',
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).diagnostics).toEqual([
      expect.objectContaining({ file: 'stray.xml', line: 4, column: 3, rule: 'acceptance-junit', severity: 'error' }),
    ]);
  });

  it('refuses a result that is not one, at its cell, and a new plan over filled-in results', async () => {
    const bad = path.join(repo.dir, 'bad.xlsx');
    await copyFile(results(), bad);
    const first = plan.cases[0]!;
    fill(bad, { [first.id]: ['Misschien', '2027-02-10'] });
    const run = await cli('acceptance', 'report', 'be', '--plan', 'acceptance', '--results', 'bad.xlsx');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `bad.xlsx:2:7: error ${ACCEPTANCE_NL.workbook.sheet}!G2: "Misschien" is not a result: write one of Geslaagd, Gefaald, Niet uitgevoerd, Concessie [acceptance-results]`,
    );
    const again = await cli('acceptance', 'plan', 'be', '--out-dir', 'acceptance');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^acceptance\/test-results\.xlsx: error changed since the plan was written \(results recorded in it would be lost\)/m,
    );
  });
});
