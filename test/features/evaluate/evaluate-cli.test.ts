import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENPYXL_PYTHON } from '../../support/external-tools.js';
import { runCli } from '../../support/cli.js';
import { canUse, SHARED } from '../../support/outside-tools.js';
import { workspaceFrom } from '../../support/workspace.js';
import { COSTS, HAND, POINTS } from './worked-example.js';

/** The worked example's method as a spec: quality 40, security 20 (threshold 2), price 40 as a 3-year LCC at 5 %. */
const SCALE = '{ max: 5, descriptors: { 0: None., 1: Weak., 2: Fair., 3: Good., 4: Very good., 5: Excellent. } }';
const WORKED = `id: worked
title: Worked example
language: en
authority: { name: Test authority }
procurement: { title: Worked example platform, reference: WE-2027-001, cpv: ["48000000-8"] }
select:
  domains: [interconnection, security, eu-sourcing, resilience]
  exclude: [BE-INT-001]
award:
  - { id: quality, title: Technical quality, type: quality, weight: 40, requirements: [INT-002], scale: ${SCALE} }
  - { id: security, title: Security, type: quality, weight: 20, requirements: [SEC-002], threshold: 2, scale: ${SCALE} }
  - id: price
    title: Life-cycle cost
    type: price
    weight: 40
    formula: { kind: lowest-ratio }
    lcc:
      years: 3
      discount_rate: 0.05
      lines:
        - { id: acquisition, per: once, title: Acquisition }
        - { id: support, per: year, title: Support }
        - { id: energy, per: year, unit: kW, hours: 8760, price_per_kwh: 0.25, title: Energy }
evaluation: { consensus: mean, tie_break: [quality, price] }
`;

const HAVE = canUse('openpyxl', 'filling forms and score workbooks as bidders and evaluators do');
// LibreOffice re-saves a score workbook only where its spreadsheet part (Calc) is installed; Writer alone cannot open .xlsx
const SOFFICE =
  existsSync('/usr/lib/libreoffice/share/registry/calc.xcd') &&
  canUse('soffice', 're-saving a score workbook with another spreadsheet program');

let root: string;
let dispose: () => Promise<void>;
const at = (...p: string[]) => path.join(root, ...p);
const cli = (args: string[]) =>
  runCli([...args, '--root', root], { cwd: root, env: { SOURCE_DATE_EPOCH: '1767225600' } });

/** Fills a response form as a bidder does: every answer Comply (or the given ones), the cover, the price sheet. */
const FILL_FORM = `
import json, sys, datetime, openpyxl
src, dst, name, costs, overrides = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]), json.loads(sys.argv[5])
wb = openpyxl.load_workbook(src)
ws = wb['Responses']
for row in range(2, ws.max_row + 1):
    rid = ws.cell(row, 1).value
    ws.cell(row, 7).value = overrides.get(rid, 'Comply')
    ws.cell(row, 8).value = 'Offer, section ' + str(row)
cover = wb['Cover']
cover['B5'] = name
cover['B6'] = 'J. Doe'
cover['B7'] = datetime.date(2027, 3, 1)
price = wb['Price']
for row in range(2, price.max_row + 1):
    price.cell(row, 5).value = costs[price.cell(row, 1).value]
wb.save(dst)
print('{}')
`;

/** Scores a workbook as an evaluator does: points and a justification per row, the declaration signed. */
const FILL_SCORES = `
import json, sys, datetime, openpyxl
path, points, skip = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb['Scores']
for row in range(2, ws.max_row + 1):
    bidder, criterion = ws.cell(row, 1).value, ws.cell(row, 3).value
    if bidder in skip: continue
    ws.cell(row, 7).value = points[bidder][criterion]
    ws.cell(row, 8).value = 'Descriptor %d: see the offer of %s, section 4' % (points[bidder][criterion], bidder)
who = wb['Evaluator']
who['B7'] = who['B2'].value
who['B8'] = datetime.date(2027, 4, 1)
wb.save(path)
print('{}')
`;
const python = (script: string, args: string[]) =>
  execFileSync(OPENPYXL_PYTHON, ['-c', script, ...args], { encoding: 'utf8' });

describe.skipIf(!HAVE)('tenderkit evaluate on filled forms and score workbooks', () => {
  beforeAll(async () => {
    ({ root, dispose } = await workspaceFrom('basic', { 'specs/worked.yaml': WORKED }));
    const built = await cli(['build', 'worked', '--out', at('out'), '--format', 'xlsx']);
    expect(built.code, built.stderr).toBe(0);
    const form = at('out', 'worked', 'compliance-matrix.xlsx');
    await mkdir(at('bids'));
    for (const [bidder, costs] of Object.entries(COSTS))
      python(FILL_FORM, [form, at('bids', `${bidder}.xlsx`), `${bidder} Systems SA`, JSON.stringify(costs), '{}']);
    // D: the cheapest offer, but a mandatory requirement it does not comply with
    python(FILL_FORM, [
      form,
      at('bids', 'D.xlsx'),
      'D Systems SA',
      JSON.stringify({ acquisition: 1, support: 1, energy: 0 }),
      JSON.stringify({ 'INT-001': 'Do not comply' }),
    ]);
    const init = await cli([
      'evaluate',
      'init',
      'worked',
      '--bids',
      'bids',
      '--evaluators',
      'anna,bert,chris',
      '--out-dir',
      'scores',
    ]);
    expect(init.code, init.stderr).toBe(0);
    for (const evaluator of Object.keys(POINTS))
      python(FILL_SCORES, [at('scores', `${evaluator}.xlsx`), JSON.stringify(POINTS[evaluator]), '["D"]']);
    if (SOFFICE) {
      // one evaluator's workbook saved again by LibreOffice, as another program would
      const lo = at('lo');
      spawnSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${lo}/profile`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          lo,
          at('scores', 'chris.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      expect(existsSync(path.join(lo, 'chris.xlsx'))).toBe(true);
      await copyFile(path.join(lo, 'chris.xlsx'), at('scores', 'chris.xlsx'));
    }
  }, 240_000);
  afterAll(async () => dispose?.());

  it("gives the worked example's ranking, and names the cell of D's mandatory Do not comply", async () => {
    const run = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(
      report.tenders.filter((t: { rank: number | null }) => t.rank !== null).map((t: { bidder: string }) => t.bidder),
    ).toEqual(HAND.lowestRatio.ranking);
    const byBidder = Object.fromEntries(report.tenders.map((t: { bidder: string }) => [t.bidder, t]));
    for (const b of ['A', 'B', 'C'] as const) {
      expect(byBidder[b].total).toBeCloseTo(HAND.lowestRatio.totals[b], 3);
      expect(byBidder[b].price).toBeCloseTo(HAND.lcc[b], 1);
      expect(byBidder[b].name).toBe(`${b} Systems SA`);
    }
    expect(byBidder.D).toMatchObject({ admissible: false, rank: null, total: null });
    expect(byBidder.D.reasons).toEqual([
      expect.stringMatching(/^mandatory INT-001 is answered "Do not comply" \(Responses!G\d+\)$/),
    ]);
    expect(byBidder.A.criteria.quality).toEqual({
      points: 3.6667,
      score: 29.3333,
      evaluators: { anna: 4, bert: 3, chris: 4 },
    });
    expect(report.inputs).toHaveLength(7);
    expect(report.spreads).toEqual([
      { bidder: 'B', criterion: 'security', evaluators: { anna: 2, bert: 4, chris: 3 }, steps: 2 },
    ]);
  });

  it('writes the evaluation folder twice with the same bytes, its Word report and letters pass the Office schema check', async () => {
    const a = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores', '--out-dir', 'eval-a']);
    const b = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores', '--out-dir', 'eval-b']);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(await readFile(at('eval-a', 'manifest.json'), 'utf8')).toBe(
      await readFile(at('eval-b', 'manifest.json'), 'utf8'),
    );
    expect(await readFile(at('eval-a', 'evaluation.docx'))).toEqual(await readFile(at('eval-b', 'evaluation.docx')));
    const md = await readFile(at('eval-a', 'evaluation.md'), 'utf8');
    expect(md).toContain('The most economically advantageous tender is that of **B Systems SA (B)**');
    expect(md).toMatch(/\*\*D Systems SA \(D\)\*\*: mandatory INT-001 is answered "Do not comply"/);
    const letter = await readFile(at('eval-a', 'letters', 'A.md'), 'utf8');
    expect(letter).toContain('Your tender is ranked 2 of 3');
    expect(letter).toContain('intends to award the contract to B Systems SA');
    // the workbooks as tenderkit writes them (those the evaluators saved come from openpyxl)
    const fresh = await cli([
      'evaluate',
      'init',
      'worked',
      '--bids',
      'bids',
      '--evaluators',
      'anna',
      '--out-dir',
      'fresh',
    ]);
    expect(fresh.code, fresh.stderr).toBe(0);
    const check = spawnSync(
      'bash',
      [
        path.join(SHARED, 'ooxml', 'validate-ooxml.sh'),
        at('eval-a', 'evaluation.docx'),
        at('eval-a', 'letters', 'D.docx'),
        at('fresh', 'anna.xlsx'),
        at('out', 'worked', 'compliance-matrix.xlsx'),
      ],
      { encoding: 'utf8' },
    );
    expect(check.status, check.stdout + check.stderr).toBe(0);
  }, 120_000);

  it('refuses a score outside the scale and a score without justification, with file and cell, and writes nothing', async () => {
    await copyFile(at('scores', 'anna.xlsx'), at('anna-good.xlsx'));
    python(
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Scores']
ws['G2'] = 7
ws['H3'] = None
wb.save(sys.argv[1]); print('{}')`,
      [at('scores', 'anna.xlsx')],
    );
    const run = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores', '--out-dir', 'eval-bad']);
    await copyFile(at('anna-good.xlsx'), at('scores', 'anna.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'scores/anna.xlsx:1:1: error Scores!G2: "7" is outside the scale of quality: whole points from 0 to 5',
    );
    expect(run.stderr).toMatch(
      /scores\/anna\.xlsx:1:1: error Scores!H3: the \d points for A on security have no justification/,
    );
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(at('eval-bad'))).toBe(false);
  });

  it('refuses workbooks of another evaluation, a tender missing from a workbook, and two files for one bidder', async () => {
    await copyFile(at('bids', 'A.xlsx'), at('bids', 'A2.xlsx'));
    const other = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      'bids/A2.xlsx:1:1: error bids/A.xlsx and this form both declare the tenderer "A Systems SA"',
    );
    await rm(at('bids', 'A2.xlsx'));
    await copyFile(at('bids', 'C.xlsx'), at('bids', 'C.XLSX'));
    const twice = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores']);
    await rm(at('bids', 'C.XLSX'));
    expect(twice.stderr).toContain('two files for one bidder "C"');
    await rm(at('bids', 'D.xlsx'));
    const changed = await cli(['evaluate', 'worked', '--bids', 'bids', '--scores', 'scores']);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('Evaluator!B4: this workbook belongs to evaluation');
  });
});
