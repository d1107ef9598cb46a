import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonExport } from '../../../src/interchange/json/export-json.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';

const basic = path.join(FIXTURES, 'basic');

async function exportJson(args: string[]): Promise<JsonExport> {
  const run = await runCli(['export', 'json', ...args, '--root', basic]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as JsonExport;
}

describe('tenderkit export json', () => {
  it('prints a resolved spec with the provenance of every field', async () => {
    const be = await exportJson(['be']);
    expect(be).toMatchObject({
      format: 'tenderkit-export',
      formatVersion: 1,
      scope: 'spec',
      spec: { id: 'be', extends: 'benelux', chain: ['eu-baseline', 'benelux', 'be'], language: 'nl' },
    });
    expect(be.requirements.map((r) => r.id)).toEqual([
      'BE-INT-001',
      'INT-001',
      'INT-002',
      'SEC-001',
      'SEC-002',
      'EUS-001',
      'RES-001',
    ]);
    const int001 = be.requirements.find((r) => r.id === 'INT-001')!;
    expect(int001.parameters['max_delivery_seconds']).toMatchObject({
      value: 3,
      default: 5,
      unit: 's',
      stricter: 'lower',
    });
    expect(int001.provenance!.parameters['max_delivery_seconds']).toEqual({
      spec: 'be',
      justification: 'The national radio network already guarantees delivery within 3 s.',
    });
    expect(int001.provenance!.title.spec).toBe('eu-baseline');
    expect(int001.statement.markdown).toContain('{{max_delivery_seconds}}');
    expect(int001.statement.text).toContain('within 3\u00a0s of the event');
    expect(int001.history).toEqual([
      { spec: 'be', kind: 'set', justification: 'The national radio network already guarantees delivery within 3 s.' },
    ]);
    expect(int001.source.file).toBe('requirements/interconnection/INT-001.md');
    expect(int001.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(be.requirements.find((r) => r.id === 'BE-INT-001')!.provenance!.selected.spec).toBe('be');
  });

  it('prints the catalogue without provenance', async () => {
    const catalogue = await exportJson([]);
    expect(catalogue.scope).toBe('catalogue');
    expect(catalogue.spec).toBeNull();
    expect(catalogue.requirements.map((r) => r.id)).toEqual([
      'BE-INT-001',
      'EUS-001',
      'INT-001',
      'INT-002',
      'RES-001',
      'SEC-001',
      'SEC-002',
    ]);
    expect(catalogue.requirements.every((r) => r.provenance === undefined)).toBe(true);
    expect(catalogue.requirements.find((r) => r.id === 'INT-001')!.parameters['max_delivery_seconds']!.value).toBe(5);
    expect(catalogue.domains.map((d) => d.id)).toEqual(['interconnection', 'security', 'eu-sourcing', 'resilience']);
  });

  it('writes to --out, and is the same twice', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-json-'));
    try {
      const file = path.join(dir, 'be.json');
      const run = await runCli(['export', 'json', 'be', '--root', basic, '--out', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(await readFile(file, 'utf8')).toBe((await runCli(['export', 'json', 'be', '--root', basic])).stdout);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown spec (exit 2) and a workspace with errors (exit 1)', async () => {
    expect((await runCli(['export', 'json', 'atlantis', '--root', basic])).code).toBe(2);
    const ws = await workspaceFrom('basic', { 'specs/be.yaml': 'id: be\ntitle: [broken\n' });
    try {
      const run = await runCli(['export', 'json', '--root', ws.root]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
    } finally {
      await ws.dispose();
    }
  });
});
