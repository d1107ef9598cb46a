import { describe, expect, it } from 'vitest';
import { awardLowestRatio } from '../../../src/check/rules/award-lowest-ratio.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';
import { awardSpec, PRICE } from './award-fixture.js';

const run = (specs: Record<string, string>) => lintWorkspace([awardLowestRatio], { specs });
const lowest = '  - { id: price, title: Price, type: price, weight: 100, formula: { kind: lowest-ratio } }\n';

describe('award-lowest-ratio', () => {
  it('says nothing about a linear formula', () => {
    expect(run({ base: awardSpec(PRICE.replace('40', '100')) })).toEqual([]);
  });

  it('informs about the distortions of lowest-ratio once, where the formula is written', () => {
    const text = awardSpec(lowest);
    const child = 'id: child\ntitle: Child\nextends: base\naward:\n  - { id: price }\n';
    const found = run({ base: text, child });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', file: 'specs/base.yaml', ...positionInText(text, '{ kind') });
    expect(found[0]!.message).toContain('abnormally low tender');
  });
});
