import { describe, expect, it } from 'vitest';
import { acceptanceCriteria } from '../../../src/check/rules/acceptance-criteria.js';
import { lintRequirement, lintWorkspace, positionIn, positionInText, type RequirementFile } from '../lint-workspace.js';

const req = (sections: string, obligation = 'mandatory'): RequirementFile => ({
  id: 'SEC-001',
  statement: 'The system shall log every message.',
  fields: { obligation },
  sections,
});

describe('acceptance-criteria', () => {
  it.each([
    [
      'a list of measurable checks',
      req('## Acceptance criteria\n\n- A test of 500 messages shows every one in the log.\n'),
    ],
    [
      'a paragraph of criteria under a lower-case heading',
      req('## acceptance criteria\n\nInspection of the log shows one entry per message.\n'),
    ],
    ['criteria in German', req('## Abnahmekriterien\n\n- Ein Test mit 500 Nachrichten zeigt jede im Protokoll.\n')],
    ['a recommended requirement without criteria', req('## Rationale\n\nAudits need logs.\n', 'recommended')],
    ['an optional requirement without any section', req('', 'optional')],
  ])('accepts %s', (_name, requirement) => {
    expect(lintRequirement(acceptanceCriteria, requirement)).toEqual([]);
  });

  it('reports a mandatory requirement without criteria at its obligation', () => {
    const r = req('## Rationale\n\nAudits need logs.\n');
    const [d, ...rest] = lintRequirement(acceptanceCriteria, r);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', rule: 'acceptance-criteria', ...positionIn(r, 'mandatory') });
    expect(d!.message).toContain('add a "## Acceptance criteria" section');
  });

  it('reports an empty criteria section at the section', () => {
    const r = req('## Acceptance criteria\n\n## Notes\n\nNone.\n');
    const [d] = lintRequirement(acceptanceCriteria, r);
    expect(d!.message).toContain('are empty');
    expect(d!.line).toBe(positionIn(r, '## Notes').line);
  });

  it.each([
    ['to the satisfaction of', '- The log works to the satisfaction of the authority.\n'],
    ['works correctly', '- Logging works correctly.\n'],
    ['requirement is met', '- The evaluator confirms that the requirement is met.\n'],
  ])('reports the uncheckable phrase "%s"', (phrase, criteria) => {
    const r = req(`## Acceptance criteria\n\n${criteria}`);
    const [d] = lintRequirement(acceptanceCriteria, r);
    expect(d).toMatchObject(positionIn(r, phrase));
  });

  it('reports a spec that makes a requirement without criteria mandatory, at the deviation', () => {
    const base = 'id: base\ntitle: Base\ndeviations:\n  - requirement: SEC-001\n    set: { obligation: mandatory }\n';
    const requirements = [
      {
        id: 'SEC-001',
        statement: 'The system should log every message.',
        fields: { obligation: 'recommended' },
        sections: '',
      },
    ];
    const found = lintWorkspace([acceptanceCriteria], { requirements, specs: { base } });
    expect(found).toEqual([expect.objectContaining({ file: 'specs/base.yaml', ...positionInText(base, 'mandatory') })]);
  });
});
