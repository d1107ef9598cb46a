import { describe, expect, it } from 'vitest';
import { modalVerb } from '../../../src/check/rules/modal-verb.js';
import { lintRequirement, lintWorkspace, positionIn, positionInText, type RequirementFile } from '../lint-workspace.js';

const req = (statement: string, obligation = 'mandatory'): RequirementFile => ({
  id: 'INT-001',
  statement,
  fields: { obligation },
});

describe('modal-verb', () => {
  it.each([
    ['mandatory with shall', req('The system shall log every message.')],
    ['mandatory with must', req('The system must log every message.')],
    ['mandatory with shall not', req('The system shall not discard a message.')],
    ['mandatory with RFC 2119 capitals', req('The system SHALL log every message.')],
    ['recommended with should', req('The system should log every message.', 'recommended')],
    ['recommended with should not', req('The system should not discard a message.', 'recommended')],
    ['optional with may', req('The system may offer a translation.', 'optional')],
    [
      '"shall" inside a quoted title of a recommended requirement',
      req('The system should print the leaflet "Who shall answer the call?" on request.', 'recommended'),
    ],
    [
      '"May" as a month in an optional requirement',
      req('The supplier may deliver a report every May and November.', 'optional'),
    ],
    [
      '"shall" inside inline code',
      req('The system should accept the flag `shall_retry` in its configuration.', 'recommended'),
    ],
    [
      'a German mandatory statement',
      req('Das System muss jede Nachricht innerhalb von 5 Sekunden an die Partnerzentrale senden.'),
    ],
    [
      'a French recommended statement',
      req('Le système devrait afficher chaque alerte reçue sur la carte opérationnelle.', 'recommended'),
    ],
    [
      'a French mandatory statement in the future tense',
      req('Le titulaire devra livrer un plan de migration avant la mise en service du système.'),
    ],
    [
      'a German recommendation with "wird empfohlen"',
      req('Es wird empfohlen, dass das System jede Warnung auf der Karte anzeigt.', 'recommended'),
    ],
    [
      'a Dutch recommendation with "zou ... moeten"',
      req('Het systeem zou de vertaling van elk vrij tekstveld moeten tonen aan de operator.', 'recommended'),
    ],
  ])('accepts %s', (_name, requirement) => {
    expect(lintRequirement(modalVerb, requirement)).toEqual([]);
  });

  it('reports "should" in a mandatory requirement at the word, with the fix', () => {
    const r = req('The system should log every message.');
    const [d, ...rest] = lintRequirement(modalVerb, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      rule: 'modal-verb',
      file: 'requirements/INT-001.md',
      ...positionIn(r, 'should'),
    });
    expect(d!.message).toContain('use "shall" or "must", or change obligation to recommended');
  });

  it('reports a statement without any modal verb', () => {
    const r = req('The system logs every message.');
    const [d] = lintRequirement(modalVerb, r);
    expect(d).toMatchObject({ severity: 'error', ...positionIn(r, 'The system logs') });
    expect(d!.message).toContain('no modal verb');
  });

  it('reports "shall" in a recommended requirement', () => {
    const r = req('The system shall log every message.', 'recommended');
    const [d] = lintRequirement(modalVerb, r);
    expect(d).toMatchObject({ severity: 'error', ...positionIn(r, 'shall') });
    expect(d!.message).toContain('change obligation to mandatory');
  });

  it('reports "may" in a recommended requirement and "must" hidden in an optional one', () => {
    expect(lintRequirement(modalVerb, req('The system may log every message.', 'recommended'))).toHaveLength(1);
    const r = req('The system may offer a translation, which must be marked as unverified.', 'optional');
    const [d] = lintRequirement(modalVerb, r);
    expect(d).toMatchObject(positionIn(r, 'must'));
    expect(d!.message).toContain('binding');
  });

  it('reports "should" beside "shall" in a mandatory requirement, but not "may"', () => {
    const r = req('The system shall log every message and should sign each entry.');
    const [d, ...rest] = lintRequirement(modalVerb, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject(positionIn(r, 'should'));
    expect(
      lintRequirement(modalVerb, req('The system shall log every message; operators may export the log.')),
    ).toEqual([]);
  });

  it('does not take the month "May" for a modal verb', () => {
    const r = req('The system is delivered in May 2027.', 'optional');
    expect(lintRequirement(modalVerb, r)[0]!.message).toContain('no modal verb');
  });

  it('reports a German mandatory statement that only says "kann"', () => {
    const r = req('Das System kann jede Nachricht an die Partnerzentrale senden.');
    expect(lintRequirement(modalVerb, r)[0]).toMatchObject({ severity: 'error', ...positionIn(r, 'kann') });
  });

  it('skips a language without a modal verb list with an info diagnostic', () => {
    const r = req('El sistema debe enviar cada mensaje a los centros de la región en menos de 5 segundos.');
    const [d, ...rest] = lintRequirement(modalVerb, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'info' });
    expect(d!.message).toContain('Spanish (es)');
  });

  describe('statements that a spec changes', () => {
    const catalogue = [
      req('The system should log every message.', 'recommended'),
      {
        id: 'INT-002',
        statement: 'The system shall keep a directory of peer centres.',
        fields: { obligation: 'mandatory' },
      },
    ];

    it('accepts a raised obligation when the resolver rewords the modal verb', () => {
      const specs = {
        base: 'id: base\ntitle: Base\ndeviations:\n  - requirement: INT-001\n    set: { obligation: mandatory }\n    justification: national rules\n',
      };
      expect(lintWorkspace([modalVerb], { requirements: catalogue, specs })).toEqual([]);
    });

    it('reports a replacement statement whose modal verb does not fit, at the deviation', () => {
      const specs = {
        base: 'id: base\ntitle: Base\n',
        child: [
          'id: child',
          'title: Child',
          'extends: base',
          'deviations:',
          '  - requirement: INT-002',
          '    set:',
          '      statement: The system should keep a directory of peer centres and their contacts.',
          '    justification: contacts matter here',
          '',
        ].join('\n'),
      };
      const found = lintWorkspace([modalVerb], { requirements: catalogue, specs });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        file: 'specs/child.yaml',
        ...positionInText(specs.child, 'should'),
        severity: 'error',
      });
      expect(found[0]!.message).toContain('spec child sets the statement of INT-002');
    });

    it('checks every translation of a replacement in its own language, at its own node', () => {
      const specs = {
        base: [
          'id: base',
          'title: Base',
          'language: nl',
          'deviations:',
          '  - requirement: INT-002',
          '    set:',
          '      statement:',
          '        en: The system shall keep a directory of peer centres.',
          '        nl: Het systeem zou een register van de partnercentra moeten bijhouden.',
          '        fr: Le système doit tenir un annuaire des centres partenaires.',
          '',
        ].join('\n'),
      };
      const found = lintWorkspace([modalVerb], { requirements: catalogue, specs });
      expect(found).toEqual([
        expect.objectContaining({ file: 'specs/base.yaml', ...positionInText(specs.base, 'zou') }),
      ]);
    });

    it('reports a raised obligation over a statement with no modal verb to reword, at the obligation', () => {
      const requirements = [
        {
          id: 'INT-003',
          statement: 'The system logs every message.',
          fields: { obligation: 'optional' },
          sections: '',
        },
      ];
      const specs = {
        base: 'id: base\ntitle: Base\ndeviations:\n  - requirement: INT-003\n    set: { obligation: mandatory }\n',
      };
      const found = lintWorkspace([modalVerb], { requirements, specs });
      const inSpec = found.filter((d) => d.file === 'specs/base.yaml');
      expect(inSpec).toHaveLength(1);
      expect(inSpec[0]).toMatchObject({ line: 5, column: 24 });
    });
  });
});
