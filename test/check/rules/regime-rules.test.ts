import { describe, expect, it } from 'vitest';
import { awardSubjectMatter } from '../../../src/check/rules/award-subject-matter.js';
import { legalBasisRegime } from '../../../src/check/rules/legal-basis-regime.js';
import { referenceSuperseded } from '../../../src/check/rules/reference-superseded.js';
import { baseline, CONFIG, lintWorkspace, type RequirementFile } from '../lint-workspace.js';

const withBasis = (...legal_basis: string[]): RequirementFile => ({
  id: 'EUS-001',
  statement: 'The system shall store operational data only in data centres located in the EU/EEA.',
  fields: { legal_basis, justification: 'Police data under foreign jurisdiction is a security risk.' },
});

const root = (regime: string) => baseline().replace(/^title: (.*)$/m, `title: $1\nregime: ${regime}`);

describe('legal-basis-regime', () => {
  it.each([
    ['a 2014/24 article in a 2014/24 spec', '2014/24/EU', 'Directive 2014/24/EU Art. 42(1)'],
    ['a 2009/81 article in a 2009/81 spec', '2009/81/EC', 'Directive 2009/81/EC Art. 22'],
    ['the French spelling under its own regime', '2014/24/EU', 'Directive 2014/24/UE, art. 42'],
    ['Art. 346 named in the justification only', '2014/24/EU', 'Directive (EU) 2016/680 Art. 29'],
  ])('accepts %s', (_name, regime, basis) => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [
        { ...withBasis(basis), sections: '## Rationale\n\nMember States may invoke Art. 346 TFEU case by case.\n' },
      ],
      specs: { base: root(regime) },
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['English', 'Art. 346(1)(b) TFEU'],
    ['French', 'TFUE, art. 346'],
    ['German', 'Art. 346 AEUV'],
  ])('reports Art. 346 in %s as a legal basis, whatever the regime', (_name, basis) => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [withBasis(basis)],
      specs: { base: baseline() },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'legal-basis-regime', severity: 'error', file: 'requirements/EUS-001.md' });
    expect(found[0]!.message).toContain('case by case');
  });

  it.each([
    ['a 2009/81 article in a 2014/24 spec', '2014/24/EU', 'Directive 2009/81/EC Art. 22', '2009/81/EC'],
    ['a German 2009/81 citation in a 2014/24 spec', '2014/24/EU', 'Richtlinie 2009/81/EG Art. 23', '2009/81/EC'],
    ['a 2014/24 article in a 2009/81 spec', '2009/81/EC', 'Directive 2014/24/EU Art. 42(1)', '2014/24/EU'],
  ])('reports %s at the legal basis, naming the specs', (_name, regime, basis, wanted) => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [withBasis(basis)],
      specs: { base: root(regime) },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBeGreaterThan(1);
    expect(found[0]!.message).toContain(`does not apply under ${regime}, the regime of base`);
    expect(found[0]!.message).toContain(`regime: ${wanted}`);
  });

  it('inherits the regime: a variant of a 2009/81 parent is checked under 2009/81', () => {
    const found = lintWorkspace([legalBasisRegime], {
      requirements: [withBasis('Directive 2014/24/EU Art. 42(1)')],
      specs: {
        base: baseline(),
        defence: 'id: defence\ntitle: Defence variant\nextends: base\nregime: 2009/81/EC\n',
        child: 'id: child\ntitle: Child\nextends: defence\n',
      },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('the regime of defence, child');
  });
});

const scoring = (title: string, requirements: string[] = []) =>
  `${baseline()}award:\n  - id: quality\n    title: ${JSON.stringify(title)}\n    weight: 60\n    requirements: [${requirements.join(', ')}]\n  - { id: price, title: Price, weight: 40, type: price }\n`;

describe('award-subject-matter', () => {
  it.each([
    ['a criterion on the service', 'Quality of the interconnection and its operation', 'en'],
    ['a French criterion on the service', 'Qualité technique de l’interconnexion', 'fr'],
    ['a German criterion on the service', 'Technische Qualität der Vernetzung', 'de'],
  ])('accepts %s', (_name, title) => {
    expect(
      lintWorkspace([awardSubjectMatter], {
        requirements: [withBasis('Directive 2014/24/EU Art. 42(1)')],
        specs: { base: scoring(title) },
      }),
    ).toEqual([]);
  });

  it('accepts "registered office" in a requirement that no criterion scores (the support desk near miss)', () => {
    const desk: RequirementFile = {
      id: 'RES-001',
      statement:
        'The supplier shall run its support desk from its registered office or any other site, around the clock.',
    };
    expect(
      lintWorkspace([awardSubjectMatter], {
        requirements: [desk],
        specs: { base: scoring('Quality of support') },
      }),
    ).toEqual([]);
  });

  it.each([
    ['English', 'Registered office of the bidder in the EU/EEA'],
    ['French', 'Siège social du soumissionnaire dans l’UE'],
    ['German', 'Satzungsmäßiger Sitz des Bieters in der EU'],
    ['English, ownership', 'European ownership of the supplier'],
  ])('reports a %s criterion that scores the bidder', (_name, title) => {
    const found = lintWorkspace([awardSubjectMatter], {
      requirements: [withBasis('Directive 2014/24/EU Art. 42(1)')],
      specs: { base: scoring(title) },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'award-subject-matter', file: 'specs/base.yaml' });
    expect(found[0]!.message).toContain('scores the bidder');
  });

  it('reports a criterion that scores a requirement conditioning on where the bidder is established', () => {
    const office: RequirementFile = {
      id: 'EUS-010',
      statement: 'The supplier shall have its registered office and central administration in the EU/EEA.',
      fields: { legal_basis: ['Directive 2014/24/EU Art. 42(1)'], justification: 'Jurisdiction.' },
    };
    const found = lintWorkspace([awardSubjectMatter], {
      requirements: [office],
      specs: { base: scoring('Security', ['EUS-010']) },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('scores EUS-010');
  });
});

describe('reference-superseded', () => {
  const register = `${CONFIG}standards:\n  - { id: "OWASP ASVS 4.0.3", superseded_by: "OWASP ASVS 5.0.0", since: "2025-05-30" }\n`;
  const citing = (id: string): RequirementFile => ({
    id: 'SEC-001',
    statement: 'The system shall pass the verification requirements of level 2.',
    fields: { references: [{ id, title: 'Application Security Verification Standard' }] },
  });

  it('reports a superseded version at its reference, naming the successor', () => {
    const found = lintWorkspace([referenceSuperseded], {
      requirements: [citing('OWASP  ASVS 4.0.3')],
      specs: { base: baseline() },
      config: register,
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('superseded by "OWASP ASVS 5.0.0" (since 2025-05-30)');
  });

  it('accepts the successor, and everything when the register is empty', () => {
    expect(
      lintWorkspace([referenceSuperseded], {
        requirements: [citing('OWASP ASVS 5.0.0')],
        specs: { base: baseline() },
        config: register,
      }),
    ).toEqual([]);
    expect(
      lintWorkspace([referenceSuperseded], {
        requirements: [citing('OWASP ASVS 4.0.3')],
        specs: { base: baseline() },
      }),
    ).toEqual([]);
  });
});
