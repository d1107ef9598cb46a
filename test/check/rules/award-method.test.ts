import { describe, expect, it } from 'vitest';
import { awardMethod } from '../../../src/check/rules/award-method.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';
import { awardSpec, PRICE, REQUIREMENTS, SCALE } from './award-fixture.js';

const run = (specs: Record<string, string>) => lintWorkspace([awardMethod], { requirements: REQUIREMENTS, specs });
const quality = (extra: string) =>
  `  - { id: quality, title: Quality, type: quality, weight: 60, requirements: [INT-002], ${extra} }\n`;

describe('award-method', () => {
  it.each([
    ['a complete scale and a linear formula', awardSpec(quality(SCALE) + PRICE)],
    ['a threshold within the scale', awardSpec(quality(`${SCALE}, threshold: 2`) + PRICE)],
    [
      'a complete LCC model with an energy line',
      awardSpec(
        quality(SCALE) +
          '  - { id: price, title: Price, type: price, weight: 40, formula: { kind: lowest-ratio }, lcc: { years: 5, discount_rate: 0.03, lines: [{ id: capex, per: once }, { id: power, per: year, unit: kW, hours: 8760, price_per_kwh: 0.2 }] } }\n',
      ),
    ],
    ['a tie-break by criterion id', awardSpec(quality(SCALE) + PRICE, 'evaluation: { tie_break: [quality, price] }\n')],
  ])('accepts %s', (_name, text) => {
    expect(run({ base: text })).toEqual([]);
  });

  it('asks a quality criterion for its scale and a price criterion for its formula', () => {
    const text = awardSpec(`${quality('')}  - { id: price, title: Price, type: price, weight: 40 }\n`);
    expect(run({ base: text }).map((d) => [d.severity, d.line, d.message.split(':')[0]])).toEqual([
      ['warning', 4, 'quality criterion "quality" has no scale'],
      ['warning', 5, 'price criterion "price" has no formula'],
    ]);
  });

  it('names the steps without a descriptor, at the scale', () => {
    const text = awardSpec(quality('scale: { max: 3, descriptors: { 0: none, 3: all, 4: more } }') + PRICE);
    const [d, ...rest] = run({ base: text });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'award-method', ...positionInText(text, '{ max: 3') });
    expect(d!.message).toContain('has no descriptor for 1, 2 and describes 4, beyond its maximum');
  });

  it('refuses a threshold above the scale, a linear formula with best above worst, and an energy line without a price', () => {
    const text = awardSpec(
      quality(`${SCALE}, threshold: 3`) +
        '  - { id: price, title: Price, type: price, weight: 40, formula: { kind: linear, best: 300, worst: 200 }, lcc: { years: 5, discount_rate: 0, lines: [{ id: power, per: year, unit: kW }] } }\n',
    );
    expect(run({ base: text }).map((d) => d.message.split(':')[0])).toEqual([
      'the threshold 3 of "quality" is above its scale\'s maximum 2',
      'the linear formula of "price" needs best (300) below worst (200)',
      'energy line "power" of "price" needs per',
    ]);
  });

  it('judges a variant on the method it inherits: a new criterion without title or weight, a tie-break of an unknown id', () => {
    const child =
      'id: child\ntitle: Child\nextends: base\naward:\n  - { id: quality, weight: 50 }\n  - { id: price, weight: 40 }\n  - { id: extra }\nevaluation: { tie_break: [speed] }\n';
    const found = run({ base: awardSpec(quality(SCALE) + PRICE), child });
    expect(found.every((d) => d.file === 'specs/child.yaml')).toBe(true);
    expect(found.map((d) => d.message)).toEqual([
      'award criterion "extra" has no title',
      'award criterion "extra" has no weight',
      expect.stringContaining('quality criterion "extra" has no scale'),
      expect.stringContaining(
        'tie_break names "speed", which is no award criterion of this spec (quality, price, extra)',
      ),
    ]);
  });

  it('reports an inherited criterion that scores a requirement the variant removed', () => {
    const child =
      'id: child\ntitle: Child\nextends: base\ndeviations:\n  - { requirement: INT-002, remove: true, justification: Not needed. }\naward:\n  - { id: quality, weight: 60 }\n  - { id: price }\n';
    const [d] = run({ base: awardSpec(quality(SCALE) + PRICE), child });
    expect(d).toMatchObject({ file: 'specs/child.yaml', severity: 'error' });
    expect(d!.message).toContain('scores INT-002, which this spec does not select');
  });
});
