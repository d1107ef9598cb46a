import { describe, expect, it } from 'vitest';
import { noticeCpvNature } from '../../../src/check/rules/notice-cpv-nature.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';

const base = (cpv: string[], notice: string) =>
  `id: base\ntitle: Base\nprocurement:\n  cpv: [${cpv.map((c) => JSON.stringify(c)).join(', ')}]\nnotice:\n${notice}`;
const child = (extra: string) => `id: child\ntitle: Child\nextends: base\n${extra}`;
const run = (specs: Record<string, string>) => lintWorkspace([noticeCpvNature], { specs });

describe('notice-cpv-nature', () => {
  it.each([
    ['supplies with a supplies code', base(['35710000-4', '72000000-5'], '  nature: supplies\n')],
    ['software packages (48) as supplies', base(['48000000-8'], '  nature: supplies\n')],
    ['services with a services code', base(['72000000-5', '35710000-4'], '  nature: services\n')],
    ['works with a works code', base(['45000000-7'], '  nature: works\n')],
    ['no nature', base(['72000000-5'], '  procedure: open\n')],
  ])('accepts %s', (_name, text) => {
    expect(run({ base: text })).toEqual([]);
  });

  it('reports a main code of another nature at the code', () => {
    const text = base(['35710000-4', '72000000-5'], '  nature: services\n');
    const [d, ...rest] = run({ base: text });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'notice-cpv-nature', ...positionInText(text, '"35710000-4"') });
    expect(d!.message).toContain('the main CPV code 35710000-4 of the procedure does not fit');
    expect(d!.message).toContain('"services"');
  });

  it('reports an inherited nature once, in the spec whose code does not fit it', () => {
    const parent = base(['35710000-4'], '  nature: supplies\n');
    const variant = child('procurement:\n  cpv: ["72000000-5"]\n');
    const [d, ...rest] = run({ base: parent, child: variant });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'specs/child.yaml', ...positionInText(variant, '"72000000-5"') });
    expect(d!.message).toContain('(set in base)');
  });

  it("reports a variant's nature that its parent's codes do not fit at the nature, and a lot's code", () => {
    const parent = `id: base\ntitle: Base\nnotice:\n  cpv: ["35710000-4"]\n`;
    const variant = child(
      'notice:\n  nature: services\n  lots:\n    - { title: Support, cpv: ["72000000-5"] }\n    - { title: Hardware, cpv: ["30200000-1"] }\n',
    );
    const found = run({ base: parent, child: variant });
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([
      ['specs/child.yaml', ...Object.values(positionInText(variant, 'services'))],
      ['specs/child.yaml', ...Object.values(positionInText(variant, '"30200000-1"'))],
    ]);
    expect(found[1]!.message).toContain('of lot 2');
  });
});
