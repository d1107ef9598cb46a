import { describe, expect, it } from 'vitest';
import { vagueTerm } from '../../../src/check/rules/vague-term.js';
import { lintRequirement, positionIn, type RequirementFile } from '../lint-workspace.js';

const req = (statement: string, sections?: string): RequirementFile => ({
  id: 'INT-001',
  statement,
  ...(sections !== undefined ? { sections } : {}),
});

describe('vague-term', () => {
  it.each([
    ['"fast" inside "breakfast"', 'The system shall record the breakfast break of every operator.'],
    [
      '"easy" inside "uneasy" and "fast" in "steadfast"',
      'The system shall flag an uneasy caller and a steadfast link.',
    ],
    [
      '"fast" inside a hyphenated word',
      'The system shall offer a fast-track dispatch mode for life-threatening incidents.',
    ],
    ['measurable wording', 'The system shall deliver every message within 5 seconds to 99 % of the peer centres.'],
    ['a quoted title', 'The supplier shall deliver the guide "Easy and fast dispatch" in every language.'],
    ['a URL', 'The system shall publish its status at https://example.org/fast/easy.'],
    ['"as required by" a named requirement', 'The system shall retransmit messages as required by INT-011.'],
    ['a German statement without vague terms', 'Das System muss jede Nachricht innerhalb von 5 Sekunden zustellen.'],
  ])('accepts %s', (_name, statement) => {
    expect(lintRequirement(vagueTerm, req(statement))).toEqual([]);
  });

  it.each([
    ['user-friendly', 'The operator interface shall be user-friendly.'],
    ['fast', 'The system shall be fast.'],
    ['and/or', 'The system shall send and/or receive alerts.'],
    ['state of the art', 'The supplier shall use state of the art encryption.'],
    ['if possible', 'The system shall, if possible, reconnect automatically.'],
    ['etc.', 'The system shall exchange incidents, resources, etc. with peer centres.'],
    ['as appropriate', 'The system shall notify the supervisors as appropriate.'],
    ['best effort', 'The supplier shall make a best effort to restore the service.'],
  ])('reports "%s" at the word', (term, statement) => {
    const r = req(statement);
    const [d, ...rest] = lintRequirement(vagueTerm, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', rule: 'vague-term', ...positionIn(r, term) });
    expect(d!.message).toContain(`"${term}"`);
  });

  it('reads the vague terms of the statement language', () => {
    const r = req("Le système doit offrir une interface conviviale et adéquate pour l'opérateur.");
    expect(lintRequirement(vagueTerm, r).map((d) => d.column)).toEqual([
      positionIn(r, 'conviviale').column,
      positionIn(r, 'adéquate').column,
    ]);
  });

  it('reports vague acceptance criteria in their section', () => {
    const r = req(
      'The system shall log every message.',
      '## Acceptance criteria\n\n- The log is adequate for an audit.\n',
    );
    const [d] = lintRequirement(vagueTerm, r);
    expect(d).toMatchObject(positionIn(r, 'adequate'));
    expect(d!.message).toContain('acceptance criterion');
  });

  it('leaves the rationale alone', () => {
    expect(
      lintRequirement(
        vagueTerm,
        req('The system shall log every message.', '## Rationale\n\nLogs make audits fast and easy.\n'),
      ),
    ).toEqual([]);
  });

  it('skips a language without a vague-term list with an info diagnostic', () => {
    const found = lintRequirement(
      vagueTerm,
      req('Il sistema deve inviare ogni messaggio alla centrale entro 5 secondi, con la conferma del ricevimento.'),
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('Italian (it)') }),
    ]);
  });
});
