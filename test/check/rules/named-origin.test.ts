import { describe, expect, it } from 'vitest';
import { namedOrigin } from '../../../src/check/rules/named-origin.js';
import { lintRequirement, positionIn, type RequirementFile } from '../lint-workspace.js';

const LEGAL = { legal_basis: ['Directive 2009/81/EC Art. 22'] };
const RATIONALE =
  '## Rationale\n\nForeign jurisdiction over police data is a security risk.\n\n## Acceptance criteria\n\n- Inspection of the hosting design.\n';
const req = (statement: string, fields: Record<string, unknown> = {}, sections?: string): RequirementFile => ({
  id: 'SEC-001',
  statement,
  fields,
  ...(sections ? { sections } : {}),
});

describe('named-origin', () => {
  it.each([
    [
      'Europol, which is not an origin',
      req('The system shall exchange police information with Europol through SIENA.'),
    ],
    [
      'an EU/EEA data location with legal basis and rationale',
      req('The system shall store operational data only in data centres located in the EU/EEA.', LEGAL, RATIONALE),
    ],
    [
      'a legal citation with "(EU)"',
      req('The system shall log every consultation as Directive (EU) 2016/680 requires.'),
    ],
    [
      'an interface in the national languages',
      req('The operator interface shall be available in French, German and Dutch language versions.'),
    ],
    ['an EU programme name', req('The system shall be ready for the EU Critical Communication System.')],
    [
      'a name that starts with a region',
      req('The system shall receive alerts from the EU Critical Communication System.'),
    ],
    [
      'peers described by where they are',
      req('The system shall exchange incidents with the operational centres in the EU.'),
    ],
    [
      'a participle that does not follow the adjective',
      req('The system shall log the European decisions made by the board.'),
    ],
    [
      '"Member State" without a supply condition',
      req('The system may use a centre in another Member State as fallback.', { obligation: 'optional' }),
    ],
    [
      'a justified vendor name',
      req('The gateway shall interwork with the Airbus TETRA switch of the national network.', {
        justification: 'The national network is built on it.',
      }),
    ],
  ])('accepts %s', (_name, requirement) => {
    expect(lintRequirement(namedOrigin, requirement)).toEqual([]);
  });

  it.each([
    ['of European origin', 'The routers shall be of European origin.', 'European origin'],
    ['Chinese components', 'The system shall contain no Chinese components.', 'Chinese components'],
    ['EU/EEA data location without legal basis', 'The system shall store data only in the EU/EEA.', 'in the EU/EEA'],
    ['a placing verb', 'The hardware shall be manufactured in Germany.', 'manufactured in Germany'],
    [
      'an adjective with a word in between',
      'The supplier shall not use Russian network equipment.',
      'Russian network equipment',
    ],
    ['EU-based', 'The cloud provider shall be EU-based.', 'EU-based'],
  ])('reports %s at the words', (_name, statement, found) => {
    const r = req(statement);
    const [d, ...rest] = lintRequirement(namedOrigin, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'named-origin', ...positionIn(r, found) });
    expect(d!.message).toContain(`"${found}"`);
    expect(d!.message).toContain('add legal_basis');
  });

  it('reports a named vendor without a justification', () => {
    const r = req('The system shall use Huawei routers.');
    const [d] = lintRequirement(namedOrigin, r);
    expect(d).toMatchObject(positionIn(r, 'Huawei'));
    expect(d!.message).toContain('names a vendor');
  });

  it('asks for a reason when a legal basis is given without one', () => {
    const r = req(
      'The system shall store data only in the EU/EEA.',
      LEGAL,
      '## Acceptance criteria\n\n- Inspection.\n',
    );
    expect(lintRequirement(namedOrigin, r)[0]!.message).toContain('add a justification');
  });

  it('checks vendors but skips origin wording in a language without an origin list', () => {
    const found = lintRequirement(namedOrigin, req('Das System muss Router von Huawei verwenden und europäisch sein.'));
    expect(found.map((d) => d.severity).sort()).toEqual(['error', 'info']);
  });

  it.each([
    ['van Europese oorsprong', 'De routers moeten van Europese oorsprong zijn.', 'van Europese oorsprong'],
    [
      'Chinese componenten',
      'Het systeem van de leverancier mag geen Chinese componenten bevatten en moet worden onderhouden.',
      'Chinese componenten',
    ],
    [
      'a placing verb',
      'De hardware van het systeem moet zijn vervaardigd in Duitsland en worden geleverd door de leverancier.',
      'vervaardigd in',
    ],
  ])('reports the Dutch %s at the words', (_name, statement, found) => {
    const r = req(statement);
    const [d] = lintRequirement(namedOrigin, r);
    expect(d).toMatchObject({ severity: 'error', rule: 'named-origin' });
    expect(d!.message).toContain(found.split(' ')[0]!);
  });

  it('reads Dutch statements that only say where peers are, without a finding', () => {
    const r = req(
      'Het systeem moet incidenten uitwisselen met de operationele centra in de EU en met partnercentra in Europa.',
    );
    expect(lintRequirement(namedOrigin, r)).toEqual([]);
  });
});
