import { describe, expect, it } from 'vitest';
import { singleStatement } from '../../../src/check/rules/single-statement.js';
import { lintRequirement, lintWorkspace, positionIn, positionInText, type RequirementFile } from '../lint-workspace.js';

const req = (statement: string): RequirementFile => ({ id: 'INT-001', statement });

describe('single-statement', () => {
  it.each([
    [
      'one sentence with two verbs joined',
      'The system shall queue every message and shall retransmit it until the peer acknowledges it.',
    ],
    [
      'a lead-in with a list of items',
      'The supplier shall deliver:\n\n- a migration plan;\n- an exit plan;\n- a test report.',
    ],
    [
      'an abbreviation followed by a capital',
      'The system shall keep the logs required by Art. 25 of Directive (EU) 2016/680 and e.g. Europol SIENA records.',
    ],
    ['a second sentence without a modal verb', 'The system shall log every message. This includes rejected messages.'],
    [
      '"should" inside a quoted title',
      'The supplier shall print the leaflet "What should you do? Who may call?" in every centre.',
    ],
    [
      'the month May after a full stop',
      'The supplier shall deliver the plan before the kick-off meeting. May 2027 is the latest date.',
    ],
  ])('accepts %s', (_name, statement) => {
    expect(lintRequirement(singleStatement, req(statement))).toEqual([]);
  });

  it('reports a second normative sentence at its modal verb', () => {
    const r = req('The system shall log every message. The operator may export the log.');
    const [d, ...rest] = lintRequirement(singleStatement, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', rule: 'single-statement', ...positionIn(r, 'may') });
    expect(d!.message).toContain('2 normative sentences');
  });

  it('reports normative sentences in separate list items', () => {
    const r = req('- The system shall log every message.\n- The system shall sign every log entry.');
    expect(lintRequirement(singleStatement, r)[0]).toMatchObject(positionIn(r, 'shall', 2));
  });

  it('reports normative sentences in separate paragraphs', () => {
    const r = req('The system shall log every message\n\nThe supplier should review the log monthly');
    expect(lintRequirement(singleStatement, r)[0]).toMatchObject(positionIn(r, 'should'));
  });

  it('counts three sentences and reports once', () => {
    const found = lintRequirement(singleStatement, req('The system shall log. It shall sign. It must archive.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('3 normative sentences');
  });

  it('reads German sentences with the German modal verbs', () => {
    const r = req('Das System muss jede Nachricht protokollieren. Der Betreiber kann das Protokoll exportieren.');
    expect(lintRequirement(singleStatement, r)[0]).toMatchObject(positionIn(r, 'kann'));
  });

  it('checks a replacement statement of a spec at its deviation', () => {
    const base =
      'id: base\ntitle: Base\ndeviations:\n  - requirement: INT-001\n    set: { statement: "The system shall log every message. It should sign them." }\n';
    const found = lintWorkspace([singleStatement], {
      requirements: [req('The system shall log every message.')],
      specs: { base },
    });
    expect(found).toEqual([expect.objectContaining({ file: 'specs/base.yaml', ...positionInText(base, 'should') })]);
  });
});
