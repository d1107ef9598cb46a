import { describe, expect, it } from 'vitest';
import { awardWeights } from '../../src/check/rules/award-weights.js';
import { lintWorkspace, positionInText } from './lint-workspace.js';

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
});
