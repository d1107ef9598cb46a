import { describe, expect, it } from 'vitest';
import { diffToJson } from '../../../src/features/diff/diff-json.js';
import { workspaceFrom } from '../../support/workspace.js';
import { diffOf, loadVariants } from './support.js';

describe('diff of two resolved specs', () => {
  it('classifies every change of be against the baseline, with the spec that declared it', async () => {
    const ws = await loadVariants();
    const json = diffToJson(diffOf(ws, 'be')) as {
      baseline: string;
      variant: string;
      summary: unknown;
      changes: Array<Record<string, unknown>>;
    };
    expect(json.baseline).toBe('eu-baseline');
    expect(json.variant).toBe('be');
    // the 9 requirements of the baseline and BE-INT-001; be keeps only EUS-001 as it is
    expect(json.summary).toEqual({
      total: 10,
      unchanged: 1,
      added: 1,
      removed: 1,
      stricter: 5,
      looser: 0,
      modified: 2,
      harmonisation: 0.1111,
    });
    const brief = json.changes.map((c) => [c.requirement, c.change, c.declaredIn]);
    expect(brief).toEqual([
      ['BE-INT-001', 'added', 'be'],
      ['INT-001', 'stricter', 'be'],
      ['INT-002', 'stricter', 'benelux'],
      ['INT-003', 'stricter', 'benelux'],
      ['SEC-001', 'stricter', 'be'],
      ['SEC-002', 'modified', 'be'],
      ['EUS-002', 'removed', 'be'],
      ['RES-001', 'stricter', 'benelux'],
      ['RES-002', 'modified', 'be'],
    ]);
    const byId = new Map(json.changes.map((c) => [c.requirement, c]));
    expect(byId.get('INT-001')).toEqual({
      requirement: 'INT-001',
      change: 'stricter',
      declaredIn: 'be',
      justification: 'The national radio network already guarantees delivery within 3 s.',
      fields: [{ field: 'parameters.max_delivery_seconds', from: 5, to: 3, effect: 'stricter' }],
    });
    expect(byId.get('EUS-002')).toMatchObject({
      fields: [],
      justification: expect.stringContaining('framework contract'),
    });
    expect(byId.get('BE-INT-001')).toMatchObject({
      fields: [],
      justification: expect.stringContaining('three official languages'),
    });
    expect(byId.get('SEC-002')!.fields).toEqual([
      {
        field: 'title',
        from: 'Hardware-protected keys',
        to: 'Hardware security module for private keys',
        effect: 'modified',
      },
    ]);
    expect(byId.get('RES-002')!.fields).toEqual([
      expect.objectContaining({
        field: 'statement',
        effect: 'modified',
        to: expect.stringContaining('ten minutes before the batteries run out'),
      }),
    ]);
  });

  it('joins the justifications of every level that built one change, highest level first', async () => {
    const ws = await loadVariants();
    const sec = diffOf(ws, 'be').changes.find((c) => c.requirement === 'SEC-001')!;
    expect(sec.fields.map((f) => [f.field, f.effect, f.origin.spec])).toEqual([
      ['parameters.tls_version', 'stricter', 'benelux'],
      ['verification', 'stricter', 'be'],
    ]);
    expect(sec.justification).toBe(
      'benelux: The Benelux centres agreed on TLS 1.3 for every link between them. / be: The national accreditation body requires a written cryptographic analysis.',
    );
  });

  it('reports looser, mixed and neutral changes, and reads a reworded modal verb as part of the obligation', async () => {
    const ws = await loadVariants();
    const diff = diffOf(ws, 'lu');
    const kinds = Object.fromEntries(diff.changes.map((c) => [c.requirement, c.change]));
    expect(kinds).toEqual({
      'INT-001': 'looser',
      'INT-002': 'stricter',
      'LU-INT-001': 'added',
      'SEC-001': 'stricter',
      'EUS-001': 'modified',
      'RES-001': 'looser',
      'RES-002': 'modified',
    });
    // obligation down, statement reworded shall -> should by the resolver: one field, not a modified statement
    expect(diff.changes.find((c) => c.requirement === 'INT-001')!.fields.map((f) => f.field)).toEqual(['obligation']);
    // obligation up, battery time down: both directions make it modified
    expect(diff.changes.find((c) => c.requirement === 'RES-002')!.fields.map((f) => [f.field, f.effect])).toEqual([
      ['obligation', 'stricter'],
      ['parameters.battery_minutes', 'looser'],
    ]);
    // benelux made sync_hours 12, lu set it back to 24: unchanged against the baseline; SEC-002's no-op set too
    expect(diff.entries.filter((e) => !e.change).map((e) => e.id)).toEqual(['INT-003', 'SEC-002', 'EUS-002']);
    expect(diff.summary).toEqual({
      total: 10,
      unchanged: 3,
      added: 1,
      removed: 0,
      stricter: 2,
      looser: 2,
      modified: 2,
      harmonisation: 0.3333,
    });
  });

  it('gives an empty diff for a spec compared with itself', async () => {
    const ws = await loadVariants();
    for (const id of ws.catalogue.specs.keys()) {
      const diff = diffOf(ws, id, id);
      expect(diff.changes).toEqual([]);
      expect(diff.summary.harmonisation).toBe(1);
      expect(diff.summary.unchanged).toBe(diff.summary.total);
    }
  });

  it('compares any two specs: against a sibling, each difference is declared by the side that made it', async () => {
    const ws = await loadVariants();
    const diff = diffOf(ws, 'lu', 'be');
    const get = (id: string) => diff.changes.find((c) => c.requirement === id)!;
    expect(get('BE-INT-001')).toMatchObject({ change: 'removed', declaredIn: 'be' });
    expect(get('EUS-002')).toMatchObject({ change: 'added', declaredIn: 'be' });
    expect(get('LU-INT-001')).toMatchObject({ change: 'added', declaredIn: 'lu' });
    const int = get('INT-001');
    expect(int.change).toBe('looser');
    expect(int.fields.map((f) => [f.field, f.from, f.to, f.origin.spec])).toEqual([
      ['obligation', 'mandatory', 'recommended', 'lu'],
      ['parameters.max_delivery_seconds', 3, 5, 'be'],
    ]);
    expect(int.declaredIn).toBe('lu');
    // INT-003: be keeps benelux's 12, lu went back to 24
    expect(get('INT-003').fields).toEqual([
      expect.objectContaining({ field: 'parameters.sync_hours', from: 12, to: 24, effect: 'looser' }),
    ]);
    expect(diff.summary.harmonisation).toBe(Math.round((1 / 9) * 10000) / 10000);
  });

  it('follows chains of any depth: a variant of a national variant', async () => {
    const ws = await workspaceFrom('variants-basic', {
      'specs/national/be-brussels.yaml': [
        'id: be-brussels',
        'title: Brussels capital region',
        'extends: be',
        'deviations:',
        '  - requirement: INT-001',
        '    set: { parameters: { max_delivery_seconds: 2 } }',
        '    justification: The capital hosts the European institutions.',
        '  - requirement: BE-INT-001',
        '    set: { obligation: recommended }',
        '    justification: The region serves two official languages.',
        '  - requirement: SEC-001',
        '    set: { parameters: { tls_version: "1.2" } }',
        '    justification: Legacy peers.',
        '',
      ].join('\n'),
    });
    try {
      const loaded = await loadVariants(ws.root);
      expect(loaded.resolution.resolved.get('be-brussels')!.chain.map((s) => s.id)).toEqual([
        'eu-baseline',
        'benelux',
        'be',
        'be-brussels',
      ]);
      const diff = diffOf(loaded, 'be-brussels');
      const get = (id: string) => diff.changes.find((c) => c.requirement === id)!;
      expect(get('INT-001')).toMatchObject({
        change: 'stricter',
        declaredIn: 'be-brussels',
        justification: 'The capital hosts the European institutions.',
      });
      expect(get('INT-001').fields).toEqual([expect.objectContaining({ from: 5, to: 2 })]);
      // added by be, changed by be-brussels: still "added" against the baseline, declared where it was added
      expect(get('BE-INT-001')).toMatchObject({ change: 'added', declaredIn: 'be' });
      // benelux raised TLS, be-brussels lowered it again; be's extra verification method remains
      expect(get('SEC-001')).toMatchObject({
        change: 'stricter',
        declaredIn: 'be',
        fields: [expect.objectContaining({ field: 'verification' })],
      });
      const parent = diffOf(loaded, 'be-brussels', 'be');
      expect(parent.changes.map((c) => [c.requirement, c.change])).toEqual([
        ['BE-INT-001', 'looser'],
        ['INT-001', 'stricter'],
        ['SEC-001', 'looser'],
      ]);
    } finally {
      await ws.dispose();
    }
  });

  it('writes the JSON shape of the design, keys in order, harmonisation to 4 decimals', async () => {
    const ws = await loadVariants();
    const json = diffToJson(diffOf(ws, 'be')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['baseline', 'variant', 'summary', 'changes']);
    expect(Object.keys(json['summary'] as object)).toEqual([
      'total',
      'unchanged',
      'added',
      'removed',
      'stricter',
      'looser',
      'modified',
      'harmonisation',
    ]);
    for (const c of json['changes'] as Array<Record<string, unknown>>) {
      expect(Object.keys(c)).toEqual(['requirement', 'change', 'declaredIn', 'justification', 'fields']);
      for (const f of c['fields'] as Array<Record<string, unknown>>)
        expect(Object.keys(f)).toEqual(['field', 'from', 'to', 'effect']);
    }
    const s = json['summary'] as Record<string, number>;
    expect(s['total']).toBe(
      s['unchanged']! + s['added']! + s['removed']! + s['stricter']! + s['looser']! + s['modified']!,
    );
  });
});
