import { describe, expect, it } from 'vitest';
import { awardUnscored } from '../../../src/check/rules/award-unscored.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';
import { awardSpec, PRICE, REQUIREMENTS } from './award-fixture.js';

const run = (specs: Record<string, string>) => lintWorkspace([awardUnscored], { requirements: REQUIREMENTS, specs });
const quality = (ids: string) => `  - { id: quality, title: Quality, weight: 60, requirements: [${ids}] }\n`;

describe('award-unscored', () => {
  it.each([
    ['a recommended requirement scored by a criterion', awardSpec(quality('INT-002') + PRICE)],
    [
      'one scored by a sub-criterion',
      awardSpec(
        `  - { id: quality, title: Q, weight: 60, subcriteria: [{ id: map, title: Map, weight: 60, requirements: [INT-002] }] }\n${PRICE}`,
      ),
    ],
    [
      'one the spec declares unscored with a reason',
      awardSpec(
        quality('INT-001') + PRICE,
        'evaluation:\n  unscored: [{ requirement: INT-002, reason: Met by every product on the market. }]\n',
      ),
    ],
    ['a spec without award criteria', 'id: base\ntitle: Base\n'],
  ])('accepts %s', (_name, text) => {
    expect(run({ base: text })).toEqual([]);
  });

  it('reports a recommended requirement that no criterion scores, at the award list', () => {
    const text = awardSpec(quality('INT-001') + PRICE);
    const [d, ...rest] = run({ base: text });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'warning', rule: 'award-unscored', ...positionInText(text, 'award') });
    expect(d!.message).toContain('INT-002 is recommended but no award criterion scores it');
  });

  it('reports, in a variant that inherits the criteria, the requirement it made recommended', () => {
    const child =
      'id: child\ntitle: Child\nextends: base\ndeviations:\n  - { requirement: INT-003, set: { obligation: recommended }, justification: Wanted. }\n';
    const found = run({ base: awardSpec(quality('INT-002') + PRICE), child });
    expect(found.map((d) => [d.file, d.message.split(' ')[0]])).toEqual([['specs/child.yaml', 'INT-003']]);
  });
});
