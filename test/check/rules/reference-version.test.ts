import { describe, expect, it } from 'vitest';
import { referenceVersion } from '../../../src/check/rules/reference-version.js';
import { lintRequirement, positionIn, type RequirementFile } from '../lint-workspace.js';

const req = (...ids: string[]): RequirementFile => ({
  id: 'INT-001',
  statement: 'The system shall exchange messages in the referenced formats.',
  fields: { references: ids.map((id) => ({ id, title: 'A standard' })) },
});

describe('reference-version', () => {
  it.each([
    ['an ISO year', 'ISO/TR 22351:2015'],
    ['an ETSI version', 'ETSI TS 103 479 V1.2.1'],
    ['a version number', 'OASIS CAP 1.2'],
    ['a 3GPP release', '3GPP TS 23.283 Release 18'],
    ['an RFC', 'IETF RFC 5646'],
    ['a legal instrument', 'Art. 346 TFEU'],
    ['a regulation with its number', 'Regulation (EU) 2024/2847'],
  ])('accepts %s', (_name, id) => {
    expect(lintRequirement(referenceVersion, req(id))).toEqual([]);
  });

  it.each([['ISO/IEC 27001'], ['ETSI TS 103 479'], ['3GPP TS 22.179'], ['ETSI EN 300 392-3']])(
    'reports "%s" at the reference id',
    (id) => {
      const r = req('ISO 22301:2019', id);
      const [d, ...rest] = lintRequirement(referenceVersion, r);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'warning', rule: 'reference-version', ...positionIn(r, id) });
      expect(d!.message).toContain('names no version or year');
    },
  );
});
