import { describe, expect, it } from 'vitest';
import { orEquivalent } from '../../../src/check/rules/or-equivalent.js';
import { lintRequirement, positionIn, type RequirementFile } from '../lint-workspace.js';

const ref = (equivalent: boolean, extra: Record<string, unknown> = {}) => ({
  references: [
    { id: 'ISO/IEC 19790:2012', title: 'Security requirements for cryptographic modules', equivalent, ...extra },
  ],
});
const req = (statement: string, fields: Record<string, unknown> = {}): RequirementFile => ({
  id: 'SEC-001',
  statement,
  fields,
});

describe('or-equivalent', () => {
  it.each([
    ['a reference that accepts equivalents', req('The system shall keep its keys in validated modules.', ref(true))],
    [
      'a reference without equivalents and with its justification',
      req(
        'The system shall keep its keys in validated modules.',
        ref(false, { justification: 'The national accreditation accepts only this validation.' }),
      ),
    ],
    [
      'a legal instrument without equivalents',
      req('The system shall log as the law requires.', {
        references: [{ id: 'Directive (EU) 2016/680', equivalent: false }],
      }),
    ],
    [
      'a justified product name with "or equivalent"',
      req('The client shall run on Windows 11 or equivalent.', {
        justification: 'The 400 operator workstations of the authority run it until 2030.',
      }),
    ],
    ['"windows" as a common noun', req('The system shall close maintenance windows within 2 hours.')],
    [
      'a product name inside a quoted title',
      req('The supplier shall deliver the guide "Dispatch on Windows" in print.'),
    ],
  ])('accepts %s', (_name, requirement) => {
    expect(lintRequirement(orEquivalent, requirement)).toEqual([]);
  });

  it('reports a reference without equivalents and without a reason at its equivalent flag', () => {
    const r = req('The system shall keep its keys in validated modules.', ref(false));
    const [d, ...rest] = lintRequirement(orEquivalent, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'or-equivalent', ...positionIn(r, 'false') });
    expect(d!.message).toContain('set equivalent: true, or add a justification');
  });

  it.each([
    ['Microsoft Teams', 'The system shall send alerts to Microsoft Teams channels.'],
    ['ArcGIS', 'The map shall be based on ArcGIS.'],
    ['iOS', 'The mobile client shall run on iOS.'],
  ])('reports the named product "%s" at the word', (product, statement) => {
    const r = req(statement);
    const [d] = lintRequirement(orEquivalent, r);
    expect(d).toMatchObject({ severity: 'error', ...positionIn(r, product) });
    expect(d!.message).toContain('named product');
  });

  it('reports a justified product name without "or equivalent"', () => {
    const r = req('The client shall run on Windows 11.', {
      justification: 'The workstations of the authority run it until 2030.',
    });
    expect(lintRequirement(orEquivalent, r)[0]!.message).toContain('without "or equivalent"');
  });
});
