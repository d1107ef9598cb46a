import { describe, expect, it } from 'vitest';
import { cpvFormat } from '../../../src/check/rules/cpv-format.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';

const spec = (...codes: string[]) =>
  `id: base\ntitle: Base\nprocurement:\n  cpv: [${codes.map((c) => JSON.stringify(c)).join(', ')}]\n`;
const run = (text: string) => lintWorkspace([cpvFormat], { specs: { base: text } });

describe('cpv-format', () => {
  it.each([
    ['one code', spec('35710000-4')],
    ['several codes', spec('35710000-4', '48000000-8', '72000000-5')],
    ['no codes', spec()],
    ['a spec without procurement', 'id: base\ntitle: Base\n'],
  ])('accepts %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    ['35710000', 'add the check digit'],
    ['3571000-4', 'write 8 digits, a hyphen and the check digit'],
    ['35710000-45', 'write 8 digits'],
    ['35710000–4', 'write 8 digits'],
    [' 35710000-4', 'remove the spaces'],
  ])('reports "%s" at the code', (code, fix) => {
    const text = spec('48000000-8', code);
    const [d, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'cpv-format', ...positionInText(text, JSON.stringify(code)) });
    expect(d!.message).toContain(fix);
  });
});
