import { describe, expect, it } from 'vitest';
import { awardMinimumRule } from '../../../src/check/rules/award-minimum-rule.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';
import { awardSpec, PRICE, REQUIREMENTS } from './award-fixture.js';

const run = (specs: Record<string, string>) => lintWorkspace([awardMinimumRule], { requirements: REQUIREMENTS, specs });
const quality = (ids: string, extra = '') =>
  `  - id: quality\n    title: Quality\n    type: quality\n    weight: 60\n    requirements: [${ids}]\n${extra}`;

describe('award-minimum-rule', () => {
  it.each([
    ['a recommended requirement', awardSpec(quality('INT-002') + PRICE)],
    [
      'a mandatory and an optional one, each with its rule',
      awardSpec(
        quality('INT-001, INT-003', '    rules: { INT-001: Faster delivery scores., INT-003: Offering it scores. }\n') +
          PRICE,
      ),
    ],
  ])('accepts %s', (_name, text) => {
    expect(run({ base: text })).toEqual([]);
  });

  it('asks for a rule for a mandatory and for an optional requirement, each at its place in the list', () => {
    const text = awardSpec(quality('INT-001, INT-002, INT-003') + PRICE);
    const found = run({ base: text });
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [positionInText(text, 'INT-001').line, positionInText(text, 'INT-001').column],
      [positionInText(text, 'INT-003').line, positionInText(text, 'INT-003').column],
    ]);
    expect(found[0]!.message).toContain('INT-001, which is mandatory here');
    expect(found[1]!.message).toContain('INT-003, which is optional here');
  });

  it('keeps the rules a variant inherits, and asks for one where the variant makes a scored requirement mandatory', () => {
    const base = awardSpec(quality('INT-002, INT-003', '    rules: { INT-003: Offering it scores. }\n') + PRICE);
    const child =
      'id: child\ntitle: Child\nextends: base\ndeviations:\n  - { requirement: INT-002, set: { obligation: mandatory }, justification: Needed. }\naward:\n  - { id: quality, weight: 60 }\n  - { id: price, weight: 40 }\n';
    const found = run({ base, child });
    expect(found.map((d) => [d.file, d.message.split(',')[0]])).toEqual([
      ['specs/child.yaml', 'award criterion "quality" scores INT-002'],
    ]);
  });
});
