import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectFormats } from '../../../src/features/build/build-packs.js';
import { runCli } from '../../support/cli.js';
import { expectGolden } from '../../support/golden.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';
import { HAVE_OPENPYXL, REPO_ROOT } from '../../support/external-tools.js';
import { readBack } from '../../support/xlsx-read-back.js';

const basic = path.join(FIXTURES, 'basic');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-xlsx-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function buildForm(root: string, spec: string, dir: string, env: Record<string, string> = {}): Promise<string> {
  const run = await runCli(['build', spec, '--root', root, '--out', dir, '--format', 'xlsx'], { env });
  expect(run.code, run.stderr).toBe(0);
  return path.join(dir, spec, 'compliance-matrix.xlsx');
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('compliance-matrix.xlsx', () => {
  it('is part of every default pack', () => {
    const formats = selectFormats(undefined);
    expect(Array.isArray(formats) && formats.map((f) => f.id)).toContain('xlsx');
  });

  it('keeps its parts stable (golden sheet XML)', async () => {
    const file = await buildForm(basic, 'be', path.join(out, 'golden'));
    const p = parts(new Uint8Array(await readFile(file)));
    expect(Object.keys(p)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/sharedStrings.xml',
    ]);
    expectGolden(p['xl/worksheets/sheet1.xml']!, 'basic/be/compliance-matrix.xlsx/sheet1.xml');
    expectGolden(p['xl/sharedStrings.xml']!, 'basic/be/compliance-matrix.xlsx/sharedStrings.xml');
    expect(p['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('writes the same bytes twice, and takes its dates from SOURCE_DATE_EPOCH', async () => {
    const a = await readFile(await buildForm(basic, 'be', path.join(out, 'r1'), { SOURCE_DATE_EPOCH: '1767225600' }));
    const b = await readFile(await buildForm(basic, 'be', path.join(out, 'r2'), { SOURCE_DATE_EPOCH: '1767225600' }));
    expect(Buffer.compare(a, b)).toBe(0);
    const core = parts(new Uint8Array(a))['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
  });

  it.skipIf(!HAVE_OPENPYXL)('reads back in openpyxl as a protected response form with a drop-down list', async () => {
    const seen = readBack(await buildForm(basic, 'be', path.join(out, 'read')));
    // be is a Dutch spec: the form's sheets, headers, drop-down and frame words are Dutch; the texts without a Dutch
    // translation in this workspace stay English
    expect(seen.sheets).toEqual(['Antwoorden', 'Gunningscriteria', 'Prijs', 'Voorblad']);
    expect(seen.rows[0]).toEqual([
      'Nr.',
      'Domein',
      'Titel',
      'Verplichting',
      'Eis (tekst)',
      'Verificatie',
      'Antwoord',
      'Verwijzing in de offerte',
      'Opmerking',
    ]);
    expect(seen.rows.slice(1).map((r) => r[0])).toEqual([
      'BE-INT-001',
      'INT-001',
      'INT-002',
      'SEC-001',
      'SEC-002',
      'EUS-001',
      'RES-001',
    ]);
    const int001 = seen.rows.find((r) => r[0] === 'INT-001')!;
    expect(int001.slice(1, 4)).toEqual([
      'Koppeling van operationele centra',
      'Incident information exchange in EMSI',
      'Verplicht',
    ]);
    // the Belgian value of the parameter, substituted, with its unit
    expect(int001[4]).toBe(
      'The system shall deliver EMSI event messages to every connected peer operational centre within 3\u00a0s of the event being recorded.',
    );
    expect(int001[5]).toBe('Test, Demonstratie');
    expect(int001.slice(6)).toEqual([null, null, null]);
    expect(seen.validations).toEqual([
      { type: 'list', formula1: '"Voldoet,Voldoet gedeeltelijk,Voldoet niet"', sqref: 'G2:G8', allowBlank: true },
    ]);
    expect(seen.freeze).toBe('A2');
    expect(seen.autoFilter).toBe('A1:I8');
    expect(seen.protected).toBe(true);
    expect(seen.lockedRow2).toEqual([true, true, true, true, true, true, false, false, false]);
    expect(seen.wrapped).toBe(true);
    expect(seen.widths[4]).toBeGreaterThan(seen.widths[0]!);
    expect(seen.award).toEqual([
      ['Nr.', 'Criterium', 'Soort', 'Weging (%)', 'Beoordeelde eisen', 'Omschrijving'],
      ['quality', 'Technical quality', null, 50, 'INT-002, BE-INT-001', null],
      ['security', 'Security', null, 20, null, null],
      ['price', 'Price', 'prijs', 30, null, null],
      [null, 'Totaal', null, 100, null, null],
    ]);
    expect(seen.awardProtected).toBe(true);
    expect(seen.properties.title).toBe('Interconnection platform for the national operational centre');
    expect(seen.properties.creator).toBe('Federal Police');
    expect(seen.properties.language).toBe('nl');
    expect(seen.properties.created).toBe('2000-01-01T00:00:00');
  });

  it.skipIf(!HAVE_OPENPYXL)('keeps text that looks like a formula as text', async () => {
    const ws = await workspaceFrom('basic', {
      'requirements/interconnection/INT-002.md': (
        await readFile(path.join(basic, 'requirements/interconnection/INT-002.md'), 'utf8')
      ).replace(/^title: .*$/m, 'title: "=HYPERLINK(\\"http://example.invalid\\",\\"click\\")"'),
    });
    try {
      const file = await buildForm(ws.root, 'eu-baseline', path.join(ws.root, 'out'));
      const seen = readBack(file);
      const row = seen.rows.findIndex((r) => r[0] === 'INT-002');
      expect(seen.rows[row]![2]).toBe('=HYPERLINK("http://example.invalid","click")');
      expect(seen.types[row]![2]).toBe('s');
      expect(parts(new Uint8Array(await readFile(file)))['xl/worksheets/sheet1.xml']).not.toContain('<f>');
    } finally {
      await ws.dispose();
    }
  });

  it.skipIf(!HAVE_OPENPYXL)('holds every requirement of a spec of the shipped catalogue', async () => {
    const seen = readBack(await buildForm(REPO_ROOT, 'be', path.join(out, 'shipped')));
    const json = JSON.parse((await runCli(['export', 'json', 'be', '--root', REPO_ROOT])).stdout) as {
      requirements: Array<{ id: string }>;
    };
    expect(seen.rows.slice(1).map((r) => r[0])).toEqual(json.requirements.map((r) => r.id));
  });
});
