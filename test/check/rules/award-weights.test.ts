import { describe, expect, it } from 'vitest';
import { awardWeights } from '../../../src/check/rules/award-weights.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';

const spec = (award: string) => `id: base\ntitle: Base\naward:\n${award}`;
const criterion = (id: string, weight: number, extra = '') =>
  `  - { id: ${id}, title: ${id} criterion, weight: ${weight}${extra} }\n`;
const run = (text: string) => lintWorkspace([awardWeights], { specs: { base: text } });

describe('award-weights', () => {
  it.each([
    ['quality and price summing to 100', spec(criterion('quality', 60) + criterion('price', 40))],
    ['a cost criterion named by its type', spec(criterion('quality', 70) + criterion('tco', 30, ', type: cost'))],
    ['fractional weights', spec(criterion('quality', 33.3) + criterion('security', 33.3) + criterion('price', 33.4))],
    ['price only', spec(criterion('price', 100))],
    ['a spec without award criteria', 'id: base\ntitle: Base\n'],
  ])('accepts %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('reports weights that do not sum to 100, listing them', () => {
    const text = spec(criterion('quality', 60) + criterion('price', 30));
    const [d, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      severity: 'error',
      rule: 'award-weights',
      file: 'specs/base.yaml',
      ...positionInText(text, 'award'),
    });
    expect(d!.message).toContain('sum to 90, not 100 (quality 60 + price 30)');
  });

  it('reports award criteria without price or cost', () => {
    const [d] = run(spec(criterion('quality', 60) + criterion('security', 40)));
    expect(d!.message).toContain('no award criterion scores price or cost');
  });

  it('does not take a "price" id for price when its type says quality', () => {
    expect(run(spec(criterion('quality', 60) + criterion('price', 40, ', type: quality')))).toHaveLength(1);
  });

  it('reports both problems at once', () => {
    expect(run(spec(criterion('quality', 50) + criterion('security', 40))).map((d) => d.message)).toEqual([
      expect.stringContaining('sum to 90'),
      expect.stringContaining('price or cost'),
    ]);
  });

  it("reports sub-criteria that do not share their criterion's weight, also when a variant changes the weight", () => {
    const base = spec(
      '  - { id: quality, title: Q, weight: 60, subcriteria: [{ id: a, title: A, weight: 40 }, { id: b, title: B, weight: 20 }] }\n' +
        criterion('price', 40),
    );
    expect(run(base)).toEqual([]);
    const child =
      'id: child\ntitle: Child\nextends: base\naward:\n  - { id: quality, weight: 70 }\n  - { id: price, weight: 30 }\n';
    const found = lintWorkspace([awardWeights], { specs: { base, child } });
    expect(found.map((d) => [d.file, d.message])).toEqual([
      [
        'specs/child.yaml',
        expect.stringContaining('the sub-criteria of "quality" weigh 60 (a 40 + b 20), not the criterion\'s 70'),
      ],
    ]);
  });
});
