import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../src/check/pipeline-steps.js';
import { FIXTURES, workspaceFrom } from '../support/workspace.js';
import path from 'node:path';

const basic = path.join(FIXTURES, 'basic');

describe('resolution of the extends chain', () => {
  it('selects by domain at the root, honouring exclude, in domain then id order', async () => {
    const { resolution, diagnostics } = await loadWorkspace(basic, {}, RESOLVE_AND_CHECK);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const base = resolution.resolved.get('eu-baseline')!;
    expect(base.requirements.map((r) => r.id)).toEqual([
      'INT-001',
      'INT-002',
      'SEC-001',
      'SEC-002',
      'EUS-001',
      'RES-001',
    ]);
    expect(base.chain.map((s) => s.id)).toEqual(['eu-baseline']);
  });

  it('applies each level in order and remembers which spec set each field', async () => {
    const { resolution } = await loadWorkspace(basic, {}, RESOLVE_AND_CHECK);
    const be = resolution.resolved.get('be')!;
    expect(be.chain.map((s) => s.id)).toEqual(['eu-baseline', 'benelux', 'be']);
    const sec = be.requirements.find((r) => r.id === 'SEC-002')!;
    expect(sec.obligation).toBe('mandatory');
    expect(sec.provenance.obligation.spec).toBe('benelux');
    expect(sec.parameters.get('tls_version')).toBe('1.3');
    expect(sec.provenance.parameters.get('tls_version')).toMatchObject({
      spec: 'benelux',
      justification: expect.stringContaining('TLS 1.3'),
    });
    expect(sec.provenance.title.spec).toBe('eu-baseline');
    const int = be.requirements.find((r) => r.id === 'INT-001')!;
    expect(int.parameters.get('max_delivery_seconds')).toBe(3);
    expect(int.provenance.parameters.get('max_delivery_seconds')!.spec).toBe('be');
    const added = be.requirements.find((r) => r.id === 'BE-INT-001')!;
    expect(added.provenance.selected.spec).toBe('be');
    // the parent is not changed by its child
    const benelux = resolution.resolved.get('benelux')!;
    expect(benelux.requirements.find((r) => r.id === 'INT-001')!.parameters.get('max_delivery_seconds')).toBe(5);
    expect(benelux.requirements.some((r) => r.id === 'BE-INT-001')).toBe(false);
  });

  it('rewords the modal verb when a deviation raises the obligation', async () => {
    const { resolution } = await loadWorkspace(basic, {}, RESOLVE_AND_CHECK);
    const sec = resolution.resolved.get('benelux')!.requirements.find((r) => r.id === 'SEC-002')!;
    expect(sec.statement.markdown).toContain('shall be encrypted');
    expect(sec.provenance.statement.spec).toBe('benelux');
  });

  it('reports unknown extends, cycles and wrong deviation targets at their nodes', async () => {
    const ws = await workspaceFrom('basic', {
      'specs/nl.yaml': 'id: nl\ntitle: NL\nextends: benelx\n',
      'specs/a.yaml': 'id: a\ntitle: A\nextends: b\n',
      'specs/b.yaml': 'id: b\ntitle: B\nextends: a\n',
      'specs/lu.yaml': [
        'id: lu',
        'title: LU',
        'extends: benelux',
        'deviations:',
        '  - requirement: INT-009',
        '    remove: true',
        '    justification: x',
        '  - requirement: INT-001',
        '    add: true',
        '    justification: x',
        '  - requirement: BE-INT-001',
        '    set: { obligation: optional }',
        '    justification: x',
        '  - requirement: INT-001',
        '    set: { parameters: { max_delivery_seconds: 500, colour: 1 } }',
        '    justification: x',
        '',
      ].join('\n'),
    });
    try {
      const { diagnostics } = await loadWorkspace(ws.root, {}, RESOLVE_AND_CHECK);
      const got = diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)
        .sort();
      expect(got).toEqual(
        [
          'specs/b.yaml:3:10 extends-cycle',
          'specs/lu.yaml:11:18 deviation-target',
          'specs/lu.yaml:15:53 unknown-parameter',
          'specs/lu.yaml:15:48 parameter',
          'specs/lu.yaml:5:18 unknown-requirement',
          'specs/lu.yaml:8:18 deviation-target',
          'specs/nl.yaml:3:10 unknown-extends',
        ].sort(),
      );
    } finally {
      await ws.dispose();
    }
  });

  it('removes a requirement and keeps a record of who removed it', async () => {
    const ws = await workspaceFrom('basic', {
      'specs/lu.yaml':
        'id: lu\ntitle: LU\nextends: benelux\ndeviations:\n  - requirement: EUS-001\n    remove: true\n    justification: Covered by national law.\n',
    });
    try {
      const { resolution, diagnostics } = await loadWorkspace(ws.root, {}, RESOLVE_AND_CHECK);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const lu = resolution.resolved.get('lu')!;
      expect(lu.requirements.some((r) => r.id === 'EUS-001')).toBe(false);
      expect(lu.removed).toMatchObject([
        { id: 'EUS-001', by: { spec: 'lu', justification: 'Covered by national law.' } },
      ]);
    } finally {
      await ws.dispose();
    }
  });
});
