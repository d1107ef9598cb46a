import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { workspaceFrom } from '../../support/workspace.js';
import { VARIANTS } from './support.js';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-diff-cli-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('tenderkit diff', () => {
  it('prints the Markdown report against the root of the chain by default', async () => {
    const r = await runCli(['diff', 'be', '--root', VARIANTS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // be is written in Dutch: so is its report, unless another language is asked for
    expect(r.stdout).toContain('# Afwijkingen van be ten opzichte van eu-baseline');
    const english = await runCli(['diff', 'be', '--lang', 'en', '--root', VARIANTS]);
    expect(english.stdout).toContain('# Deviations of be from eu-baseline');
    const wrong = await runCli(['diff', 'be', '--lang', 'fr_FR!', '--root', VARIANTS]);
    expect(wrong.code).toBe(2);
  });

  it('prints the JSON of the design, against any spec with --against', async () => {
    const r = await runCli(['diff', 'lu', '--against', 'benelux', '--format', 'json', '--root', VARIANTS]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.baseline).toBe('benelux');
    expect(json.variant).toBe('lu');
    expect(json.changes.map((c: { requirement: string; change: string }) => `${c.requirement} ${c.change}`)).toEqual([
      'INT-001 looser',
      'INT-003 looser',
      'LU-INT-001 added',
      'EUS-001 modified',
      'RES-001 looser',
      'RES-002 modified',
    ]);
  });

  it('writes any format to a file with --out, the docx redline only there', async () => {
    const file = path.join(out, 'reports', 'be.docx');
    const r = await runCli(['diff', 'be', '--format', 'docx', '--out', file, '--root', VARIANTS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const html = path.join(out, 'be.html');
    expect((await runCli(['diff', 'be', '--format', 'html', '--out', html, '--root', VARIANTS])).code).toBe(0);
    expect(await readFile(html, 'utf8')).toContain('<!DOCTYPE html>');
    expect((await readdir(path.dirname(file))).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('gives the same redline bytes twice, and honours SOURCE_DATE_EPOCH', async () => {
    const a = path.join(out, 'a.docx');
    const b = path.join(out, 'b.docx');
    await runCli(['diff', 'lu', '--format', 'docx', '--out', a, '--root', VARIANTS], {
      env: { SOURCE_DATE_EPOCH: '1800000000' },
    });
    await runCli(['diff', 'lu', '--format', 'docx', '--out', b, '--root', VARIANTS], {
      env: { SOURCE_DATE_EPOCH: '1800000000' },
    });
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
  });

  it('refuses wrong usage with exit 2: docx without --out, an unknown spec, an unknown format', async () => {
    const docx = await runCli(['diff', 'be', '--format', 'docx', '--root', VARIANTS]);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('--format docx writes a Word file: name it with --out FILE');
    const unknown = await runCli(['diff', 'xx', '--root', VARIANTS]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown spec "xx"; the workspace has be, benelux, eu-baseline, lu');
    const against = await runCli(['diff', 'be', '--against', 'nope', '--root', VARIANTS]);
    expect(against.code).toBe(2);
    expect((await runCli(['diff', 'be', '--format', 'pdf', '--root', VARIANTS])).code).toBe(2);
  });

  it('reports the errors of the compared specs with exit 1 and prints no report; other specs do not stop it', async () => {
    const ws = await workspaceFrom('variants-basic', {
      'specs/national/lu.yaml': 'id: lu\ntitle: LU\nextends: nowhere\n',
    });
    try {
      const r = await runCli(['diff', 'lu', '--root', ws.root]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('specs/national/lu.yaml:3:10: error "extends" names the unknown spec "nowhere"');
      const other = await runCli(['diff', 'be', '--root', ws.root, '--format', 'json']);
      expect(other.code).toBe(0);
      expect(other.stderr).toBe('');
      expect(JSON.parse(other.stdout).variant).toBe('be');
      const against = await runCli(['diff', 'be', '--against', 'lu', '--root', ws.root]);
      expect(against.code).toBe(1);
      expect(against.stderr).toContain('specs/national/lu.yaml:3:10');
    } finally {
      await ws.dispose();
    }
  });
});

describe('tenderkit explain', () => {
  it('shows each field, the spec that set it and the justification', async () => {
    const r = await runCli(['explain', 'be', 'SEC-001', '--root', VARIANTS]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'SEC-001 Encryption in transit between centres',
      'in be (eu-baseline > benelux > be)',
    ]);
    const lineAfter = (field: string) => lines[lines.findIndex((l) => l.trimStart().startsWith(field)) + 1]!.trim();
    expect(lines.find((l) => l.includes('parameters.tls_version'))).toContain('1.3 (catalogue: 1.2)');
    expect(lineAfter('parameters.tls_version')).toBe(
      'set by benelux: The Benelux centres agreed on TLS 1.3 for every link between them.',
    );
    expect(lineAfter('verification')).toBe(
      'set by be: The national accreditation body requires a written cryptographic analysis.',
    );
    expect(lineAfter('obligation')).toBe('set by eu-baseline');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('shall be encrypted with TLS 1.3 or later.');
  });

  it('prints JSON with --format json, and explains a removed requirement', async () => {
    const r = await runCli(['explain', 'be', 'INT-001', '--format', 'json', '--root', VARIANTS]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      status: 'present',
      spec: 'be',
      chain: ['eu-baseline', 'benelux', 'be'],
      requirement: 'INT-001',
      selectedBy: { spec: 'eu-baseline', justification: null },
    });
    expect(json.fields.find((f: { field: string }) => f.field === 'parameters.max_delivery_seconds')).toEqual({
      field: 'parameters.max_delivery_seconds',
      value: 3,
      catalogue: 5,
      unit: 's',
      spec: 'be',
      justification: 'The national radio network already guarantees delivery within 3 s.',
    });
    expect(json.text).toContain('within 3\u00a0s of the event');
    const removed = JSON.parse(
      (await runCli(['explain', 'be', 'EUS-002', '--format', 'json', '--root', VARIANTS])).stdout,
    );
    expect(removed).toMatchObject({
      status: 'removed',
      removedBy: { spec: 'be', justification: expect.stringContaining('escrow') },
    });
  });

  it('says when a requirement is not part of a spec, and refuses unknown ids', async () => {
    const absent = await runCli(['explain', 'lu', 'BE-INT-001', '--root', VARIANTS]);
    expect(absent.code).toBe(0);
    expect(absent.stdout).toContain('BE-INT-001 is not part of lu');
    expect((await runCli(['explain', 'lu', 'XX-999', '--root', VARIANTS])).code).toBe(2);
    expect((await runCli(['explain', 'xx', 'INT-001', '--root', VARIANTS])).code).toBe(2);
  });
});

describe('tenderkit build', () => {
  it('writes deviations.md, .json and .docx for a spec that extends another, and none for the root', async () => {
    const dir = path.join(out, 'packs');
    const r = await runCli([
      'build',
      'be',
      'eu-baseline',
      '--out',
      dir,
      '--format',
      'md,deviations',
      '--root',
      VARIANTS,
    ]);
    expect(r.code).toBe(0);
    expect((await readdir(path.join(dir, 'be'))).sort()).toEqual([
      'deviations.docx',
      'deviations.json',
      'deviations.md',
      'manifest.json',
      'tender-specification.md',
    ]);
    expect((await readdir(path.join(dir, 'eu-baseline'))).sort()).toEqual(['manifest.json', 'tender-specification.md']);
    const json = JSON.parse(await readFile(path.join(dir, 'be', 'deviations.json'), 'utf8'));
    const cli = JSON.parse((await runCli(['diff', 'be', '--format', 'json', '--root', VARIANTS])).stdout);
    expect(json).toEqual(cli);
    const manifest = await readFile(path.join(dir, 'be', 'manifest.json'), 'utf8');
    expect(manifest).toContain('deviations.docx');
  });
});
