import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanFile } from '../../../src/features/acceptance/plan-json.js';
import { BUILT_IN_LANGUAGES } from '../../../src/load/frame/label-sets/index.js';
import { runCli } from '../../support/cli.js';
import { HAVE_OPENPYXL } from '../../support/external-tools.js';
import { canUse } from '../../support/outside-tools.js';
import { FIXTURES } from '../../support/workspace.js';
import { fillIn } from '../../support/xlsx-read-back.js';

const basic = path.join(FIXTURES, 'basic');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-acceptance-bid-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(HAVE_OPENPYXL && canUse('pandoc', "the plan's commitments"))(
  "the plan with the winner's response form",
  () => {
    it("quotes what the contractor committed to in each test case, and records the form's hash", async () => {
      const built = await runCli(['build', 'be', '--root', basic, '--out', dir, '--format', 'xlsx']);
      expect(built.code, built.stderr).toBe(0);
      // rows of the be form: 2 BE-INT-001, 3 INT-001 ...
      const bid = path.join(dir, 'acme.xlsx');
      fillIn(path.join(dir, 'be', 'compliance-matrix.xlsx'), bid, {
        G3: 'Comply',
        H3: 'Offer volume 2, section 4.2',
        I3: 'Delivery measured at 1.8 s',
      });
      const planDir = path.join(dir, 'plan');
      const run = await runCli(['acceptance', 'plan', 'be', '--root', basic, '--out-dir', planDir, '--bid', bid]);
      expect(run.code, run.stderr).toBe(0);
      const plan = JSON.parse(await readFile(path.join(planDir, 'plan.json'), 'utf8')) as PlanFile;
      expect(plan.bid?.file).toBe('acme.xlsx');
      expect(plan.bid?.sha256).toMatch(/^[0-9a-f]{64}$/);
      const md = execFileSync('pandoc', [path.join(planDir, 'test-plan.docx'), '-t', 'plain', '--wrap=none'], {
        encoding: 'utf8',
      });
      // be is written in Dutch
      const nl = BUILT_IN_LANGUAGES.get('nl')!.labels;
      const words = nl.acceptance!.plan;
      expect(md).toContain(words.commitment);
      expect(md).toContain(
        `${nl.matrix.responses.comply}; ${words.offerReference}: Offer volume 2, section 4.2; ${words.bidderComment}: Delivery measured at 1.8 s`,
      );
      expect(md).toContain(words.noAnswer);
      expect(md).toMatch(new RegExp(`${words.cover.contractor}\\s+acme`));
    });

    it("refuses a response form altered outside the bidder's columns, at the cell, and writes no plan", async () => {
      const bid = path.join(dir, 'altered.xlsx');
      fillIn(path.join(dir, 'be', 'compliance-matrix.xlsx'), bid, { D3: 'optional' });
      const planDir = path.join(dir, 'refused');
      const run = await runCli(['acceptance', 'plan', 'be', '--root', basic, '--out-dir', planDir, '--bid', bid]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/altered\.xlsx:3:4: error .*altered outside the bidder's columns/);
      await expect(readFile(path.join(planDir, 'plan.json'))).rejects.toThrow();
    });
  },
);
