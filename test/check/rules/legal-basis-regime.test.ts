import { describe, expect, it } from 'vitest';
import { legalBasisRegime } from '../../../src/check/rules/legal-basis-regime.js';
import { baseline, lintWorkspace, positionIn, type RequirementFile } from '../lint-workspace.js';

const root = (regime: string) => baseline().replace(/^title: (.*)$/m, `title: $1\nregime: ${regime}`);
const defence = 'id: defence\ntitle: Defence variant\nextends: base\nregime: 2009/81/EC\n';
const justified = { justification: 'Police data under foreign jurisdiction is a security risk.' };

const withBasis = (id: string, ...legal_basis: string[]): RequirementFile => ({
  id,
  statement: 'The supplier shall deposit the source code of the delivered software with an escrow agent.',
  fields: { legal_basis, ...justified },
});

describe('legal-basis-regime: a basis that names the article of each regime', () => {
  it('holds in a 2014/24 spec and in the 2009/81 variant that extends it', () => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [
        withBasis('EUS-007', 'Directive 2014/24/EU Art. 70 (under Directive 2009/81/EC: Arts. 20 and 23)'),
      ],
      specs: { base: root('2014/24/EU'), defence },
    });
    expect(found).toEqual([]);
  });

  it('still reports a 2014/24 article alone in the 2009/81 variant', () => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [withBasis('EUS-007', 'Directive 2014/24/EU Art. 70')],
      specs: { base: root('2014/24/EU'), defence },
    });
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('does not apply under 2009/81/EC, the regime of defence'),
    ]);
  });
});

describe('legal-basis-regime: Art. 5(1) of the Cyber Resilience Act', () => {
  it.each([
    ['by its number', 'Regulation (EU) 2024/2847 Art. 5(1)'],
    ['by its name', 'Cyber Resilience Act, Article 5(1)'],
  ])('reports it %s as the basis of an eu-sourcing requirement, at the basis', (_name, basis) => {
    const requirement = withBasis('EUS-007', 'Directive 2014/24/EU Art. 70', basis);
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [requirement],
      specs: { base: root('2014/24/EU') },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'legal-basis-regime', severity: 'error', file: 'requirements/EUS-007.md' });
    expect(found[0]!.line).toBe(positionIn(requirement, basis).line);
    expect(found[0]!.message).toContain('products with digital elements');
    expect(found[0]!.message).toContain('Directive (EU) 2016/680 Art. 29');
  });

  it('accepts it for a product cybersecurity requirement, and accepts Art. 5(2) anywhere', () => {
    const product: RequirementFile = {
      id: 'SEC-011',
      statement: 'The supplier shall handle vulnerabilities in the delivered system under a disclosure process.',
      fields: { legal_basis: ['Regulation (EU) 2024/2847 Art. 5(1)'] },
    };
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [product, withBasis('EUS-013', 'Regulation (EU) 2024/2847 Art. 5(2)')],
      specs: { base: root('2014/24/EU') },
    });
    expect(found).toEqual([]);
  });
});

describe('legal-basis-regime: classified information under Directive 2014/24/EU', () => {
  const accreditation: RequirementFile = {
    id: 'SEC-040',
    statement:
      'The system shall obtain security accreditation for processing information classified up to level CONFIDENTIAL.',
  };
  const tagged: RequirementFile = {
    id: 'EUS-015',
    statement: 'Supplier personnel shall be authorised under the national rules before access is granted.',
    fields: { tags: ['classified', 'personnel'], legal_basis: ['Directive (EU) 2016/680 Art. 29'], ...justified },
  };
  const excluding: RequirementFile = {
    id: 'INT-018',
    statement:
      'The system shall exchange messages through SIENA, and shall accept into the system no SIENA message that carries EU classified information.',
  };

  it('reports a 2014/24 spec whose requirement states it, or is tagged classified, at the spec', () => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [accreditation, tagged, excluding],
      specs: { base: root('2014/24/EU') },
    });
    expect(found.map((d) => [d.file, d.message.match(/selects ([A-Z]+-\d+)/)![1]])).toEqual([
      ['specs/base.yaml', 'SEC-040'],
      ['specs/base.yaml', 'EUS-015'],
    ]);
    expect(found[0]!.message).toContain('set regime: 2009/81/EC');
    expect(found[0]!.line).toBe(3);
  });

  it('is quiet when the spec that selects them is procured under 2009/81', () => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [accreditation, tagged, excluding],
      specs: { base: root('2009/81/EC') },
    });
    expect(found).toEqual([]);
  });
});
