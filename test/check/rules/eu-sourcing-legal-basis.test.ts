import { describe, expect, it } from 'vitest';
import { euSourcingLegalBasis } from '../../../src/check/rules/eu-sourcing-legal-basis.js';
import { lintRequirement, positionIn, type RequirementFile } from '../lint-workspace.js';

const req = (id: string, fields: Record<string, unknown> = {}): RequirementFile => ({
  id,
  statement: 'The supplier shall keep a spare parts stock for 10 years.',
  fields,
});

describe('eu-sourcing-legal-basis', () => {
  it.each([
    [
      'an eu-sourcing requirement with its legal basis',
      req('EUS-001', { legal_basis: ['Directive 2009/81/EC Art. 23'] }),
    ],
    [
      'an eu-sourcing requirement with several bases',
      req('EUS-002', { legal_basis: ['Art. 346 TFEU', 'Regulation (EU) 2024/2847 Art. 5(1)'] }),
    ],
    ['a security requirement without a legal basis', req('SEC-001')],
    ['a resilience requirement without a legal basis', req('RES-001')],
  ])('accepts %s', (_name, requirement) => {
    expect(lintRequirement(euSourcingLegalBasis, requirement)).toEqual([]);
  });

  it.each([
    ['EUS-001', {}],
    ['EUS-002', { justification: 'Security of supply during a crisis.' }],
    ['SEC-050', { domain: 'eu-sourcing' }],
  ])('reports %s without legal_basis at its domain', (id, fields) => {
    const r = req(id, fields);
    const [d, ...rest] = lintRequirement(euSourcingLegalBasis, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'eu-sourcing-legal-basis', ...positionIn(r, 'eu-sourcing') });
    expect(d!.message).toContain('name the instruments');
  });
});
