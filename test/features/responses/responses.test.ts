import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponsesReport } from '../../../src/features/responses/check-responses.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES } from '../../support/workspace.js';
import { HAVE_OPENPYXL } from '../../support/external-tools.js';
import { fillIn } from '../../support/xlsx-read-back.js';

const basic = path.join(FIXTURES, 'basic');
let dir: string;
let form: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-responses-'));
  const run = await runCli(['build', 'be', '--root', basic, '--out', dir, '--format', 'xlsx']);
  expect(run.code, run.stderr).toBe(0);
  form = path.join(dir, 'be', 'compliance-matrix.xlsx');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(file: string, format: 'json' | 'md' = 'json', spec = 'be') {
  const run = await runCli(['responses', file, '--spec', spec, '--root', basic, '--format', format]);
  return { ...run, report: format === 'json' && run.stdout ? (JSON.parse(run.stdout) as ResponsesReport) : undefined };
}

/** A form that cannot be read, asked for JSON: the diagnostic of the file, in validate's JSON on stdout. */
function refusal(run: { stdout: string }): string {
  const { diagnostics } = JSON.parse(run.stdout) as {
    diagnostics: Array<{ rule: string; line: number; message: string }>;
  };
  expect(diagnostics).toMatchObject([{ rule: 'responses', line: 0 }]);
  return diagnostics[0]!.message;
}

// rows of the be form: 2 BE-INT-001, 3 INT-001, 4 INT-002 (recommended), 5 SEC-001, 6 SEC-002, 7 EUS-001, 8 RES-001
const ANSWERS = {
  G2: 'Comply',
  H2: 'Offer 3.1',
  G3: 'Do not comply',
  I3: 'Our gateway delivers within 5 s',
  G4: 'Partially comply',
  G5: 'comply',
  G6: 'Partially comply',
  H6: 'Offer 4.2',
  G7: 'Maybe',
};

describe('tenderkit responses', () => {
  it('reports an unanswered form as intact and incomplete', async () => {
    const { code, report } = await check(form);
    expect(code).toBe(0);
    expect(report!.intact).toBe(true);
    expect(report!.complete).toBe(false);
    expect(report!.protected).toBe(true);
    expect(report!.summary).toMatchObject({ requirements: 7, answered: 0, missing: 7 });
  });

  it.skipIf(!HAVE_OPENPYXL)(
    'reads answers written by another program: unmet mandatory requirements, missing and invalid answers',
    async () => {
      const filled = path.join(dir, 'filled.xlsx');
      fillIn(form, filled, ANSWERS);
      const { code, report, stderr } = await check(filled);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(report!.intact).toBe(true);
      expect(report!.mandatoryNotMet.map((a) => [a.id, a.response, a.offerReference, a.comment])).toEqual([
        ['INT-001', 'Do not comply', '', 'Our gateway delivers within 5 s'],
        ['SEC-002', 'Partially comply', 'Offer 4.2', ''],
      ]);
      expect(report!.otherNotMet.map((a) => [a.id, a.obligation])).toEqual([['INT-002', 'recommended']]);
      expect(report!.missing).toEqual([{ id: 'RES-001', obligation: 'mandatory' }]);
      expect(report!.invalid).toEqual([{ id: 'EUS-001', cell: 'G7', value: 'Maybe' }]);
      expect(report!.summary).toEqual({
        requirements: 7,
        answered: 5,
        missing: 1,
        comply: 2,
        partiallyComply: 2,
        doNotComply: 1,
        invalid: 1,
      });
      expect(report!.compliant).toBe(false);

      const md = await check(filled, 'md');
      expect(md.code).toBe(0);
      expect(md.stdout).toContain('## Mandatory requirements not met');
      expect(md.stdout).toContain('| INT-001 | mandatory | Incident information exchange in EMSI | Do not comply |');
      expect(md.stdout).toContain('- RES-001 (mandatory)');
    },
  );

  it.skipIf(!HAVE_OPENPYXL)('finds a changed locked cell, a formula, and exits 1', async () => {
    const changed = path.join(dir, 'changed.xlsx');
    fillIn(form, changed, { ...ANSWERS, E3: 'The system shall deliver EMSI event messages within 30 s.', C5: '=1+1' });
    const { code, report, stderr } = await check(changed);
    expect(code).toBe(1);
    expect(stderr).toContain('the form was altered');
    expect(report!.intact).toBe(false);
    expect(report!.alterations.map((a) => [a.kind, a.cell, a.id])).toEqual([
      ['changed', 'E3', 'INT-001'],
      ['formula', 'C5', 'SEC-001'],
    ]);
    // answers are still read, so that the evaluation can go on after the authority decides
    expect(report!.mandatoryNotMet.map((a) => a.id)).toEqual(['INT-001', 'SEC-002']);
  });

  it.skipIf(!HAVE_OPENPYXL)('finds removed, added and reordered rows', async () => {
    const removed = path.join(dir, 'removed.xlsx');
    fillIn(form, removed, {}, [4]);
    expect((await check(removed)).report!.alterations.map((a) => [a.kind, a.id])).toEqual([['removed', 'INT-002']]);

    const swapped = path.join(dir, 'swapped.xlsx');
    const swap: Record<string, string> = {};
    const row2 = [
      'BE-INT-001',
      'Koppeling van operationele centra',
      'Bilingual operator interface',
      'Verplicht',
      'The operator interface shall be available in Dutch and in French.',
      'Demonstratie',
    ];
    const row8 = [
      'RES-001',
      'Weerbaarheid en werking tijdens crises',
      'Availability of the interconnection service',
      'Verplicht',
      'The interconnection service shall be available 99.5\u00a0% of each calendar month.',
      'Analyse, Test',
    ];
    'ABCDEF'.split('').forEach((c, i) => {
      swap[`${c}2`] = row8[i]!;
      swap[`${c}8`] = row2[i]!;
    });
    swap['G2'] = 'Comply';
    const result = await check((fillIn(form, swapped, swap), swapped));
    expect(result.code).toBe(1);
    expect(result.report!.alterations.map((a) => a.kind)).toEqual(['reordered']);
    // the answer in the moved row belongs to the requirement in that row
    expect(result.report!.missing.map((m) => m.id)).not.toContain('RES-001');

    const added = path.join(dir, 'added.xlsx');
    fillIn(form, added, { A9: 'XYZ-001', C9: 'A requirement the bidder invented', G9: 'Comply' });
    expect((await check(added)).report!.alterations.map((a) => [a.kind, a.id])).toEqual([['added', 'XYZ-001']]);
  });

  it('refuses what is not a response form, with exit 1 and no stack', async () => {
    const notZip = path.join(dir, 'not.xlsx');
    await writeFile(notZip, 'id,title\nINT-001,x\n');
    const a = await check(notZip);
    expect(a.code).toBe(1);
    expect(refusal(a)).toContain('not a zip archive');
    expect(a.stderr).not.toMatch(/\n\s+at /);

    const missing = await check(path.join(dir, 'nowhere.xlsx'));
    expect(missing.code).toBe(1);
    expect(refusal(missing)).toContain('does not exist');

    const other = path.join(dir, 'other.xlsx');
    const entries = unzipSync(new Uint8Array(await readFile(form)));
    entries['xl/workbook.xml'] = strToU8(
      new TextDecoder().decode(entries['xl/workbook.xml']).replace('name="Antwoorden"', 'name="Blad1"'),
    );
    await writeFile(other, zipSync(entries));
    const renamed = await check(other);
    expect(renamed.code).toBe(1);
    expect(renamed.report!.alterations[0]!.kind).toBe('sheet-missing');
  });

  it('refuses a zip bomb and entity tricks inside the workbook', async () => {
    const entries = unzipSync(new Uint8Array(await readFile(form)));
    const bomb = path.join(dir, 'bomb.xlsx');
    entries['xl/sharedStrings.xml'] = new Uint8Array(80 * 1024 * 1024);
    await writeFile(bomb, zipSync(entries, { level: 9 }));
    const b = await check(bomb);
    expect(b.code).toBe(1);
    expect(refusal(b)).toMatch(/more than the limit|zip bomb/);

    const lying = path.join(dir, 'lying.xlsx');
    const small = zipSync(
      { ...unzipSync(new Uint8Array(await readFile(form))), 'xl/sharedStrings.xml': new Uint8Array(4 * 1024 * 1024) },
      { level: 9 },
    );
    // the central directory says 100 bytes, the data inflates to 4 MiB
    const view = Buffer.from(small);
    const eocd = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let p = view.readUInt32LE(eocd + 16);
    while (view.readUInt32LE(p) === 0x02014b50) {
      const nameLength = view.readUInt16LE(p + 28);
      if (view.toString('utf8', p + 46, p + 46 + nameLength) === 'xl/sharedStrings.xml')
        view.writeUInt32LE(100, p + 24);
      p += 46 + nameLength + view.readUInt16LE(p + 30) + view.readUInt16LE(p + 32);
    }
    await writeFile(lying, view);
    const l = await check(lying);
    expect(l.code).toBe(1);
    expect(refusal(l)).toContain('more than the 100 bytes it declares');

    const entity = path.join(dir, 'entity.xlsx');
    const withEntity = unzipSync(new Uint8Array(await readFile(form)));
    withEntity['xl/sharedStrings.xml'] = strToU8(
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>',
    );
    await writeFile(entity, zipSync(withEntity));
    const e = await check(entity);
    expect(e.code).toBe(1);
    expect(refusal(e)).toContain('declares entities');
  });

  it('is a usage error for an unknown spec', async () => {
    const run = await check(form, 'json', 'atlantis');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown spec "atlantis"; the workspace has');
  });
});
