import { describe, expect, it } from 'vitest';
import { selectionCode } from '../../../src/check/rules/selection-code.js';
import { lintWorkspace, positionInText } from '../lint-workspace.js';

const spec = (regime: string, selection: string) =>
  `id: base\ntitle: Base\nregime: ${regime}\nselection:\n${selection}`;
const run = (specs: Record<string, string>) => lintWorkspace([selectionCode], { specs });

describe('selection-code', () => {
  it.each([
    [
      'mandatory exclusion grounds',
      spec('2014/24/EU', '  exclusion: [exg-crim-part, exg-crim-corrpt, exg-pmt-bre-tax]\n'),
    ],
    [
      'a ground with its description',
      spec('2014/24/EU', '  exclusion:\n    - { code: exg-natl-bre-nat-law, description: Sanctions under Art. 5k }\n'),
    ],
    [
      'criteria with thresholds',
      spec(
        '2014/24/EU',
        '  criteria:\n    - { code: slc-stand-to-gen, threshold: { amount: 4000000, currency: EUR, years: 3 } }\n    - { code: slc-abil-ref-supply, threshold: { count: 2, years: 5 } }\n',
      ),
    ],
  ])('accepts %s', (_name, text) => {
    expect(run({ base: text })).toEqual([]);
  });

  it('reports a code that is not in its list at the code, with the nearest one', () => {
    const text = spec('2014/24/EU', '  exclusion: [exg-crim-part, exg-crim-corupt]\n');
    const [d, ...rest] = run({ base: text });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', rule: 'selection-code', ...positionInText(text, 'exg-crim-corupt') });
    expect(d!.message).toContain('did you mean "exg-crim-corrpt"?');
  });

  it('reports a selection criterion written among the exclusion grounds', () => {
    const text = spec('2014/24/EU', '  criteria:\n    - { code: slc-crim-part }\n');
    expect(run({ base: text })[0]!.message).toContain('not a code of the eForms list selection-criterion');
  });

  it('reports a group heading with the grounds it heads, and a code named twice', () => {
    const text = spec('2014/24/EU', '  exclusion: [exg-pmt, exg-crim-fraud, exg-crim-fraud]\n');
    const found = run({ base: text });
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('name the ones that apply: exg-pmt-bre-ssc, exg-pmt-bre-tax'),
      expect.stringContaining('"exg-crim-fraud" is named twice'),
    ]);
    expect(found[1]).toMatchObject(positionInText(text, 'exg-crim-fraud', 2));
  });

  it('says where a code without an ESPD criterion goes, at its position', () => {
    const text = spec(
      '2009/81/EC',
      '  exclusion: [exg-mis-unrel-sec]\n  criteria:\n    - { code: slc-sec-inf, description: Facility security clearance }\n',
    );
    const found = run({ base: text });
    expect(found).toMatchObject([
      { severity: 'info', ...positionInText(text, 'exg-mis-unrel-sec') },
      { severity: 'info', ...positionInText(text, 'slc-sec-inf') },
    ]);
    expect(found[0]!.message).toContain('goes into the notice (BT-67)');
    expect(found[1]!.message).toContain('goes into the notice (BT-809) and the selection chapter');
  });

  it('questions a ground of the defence directive in a spec under 2014/24/EU, reported where it is written', () => {
    const parent = spec('2014/24/EU', '  criteria:\n    - { code: slc-sec-supply }\n');
    const child = 'id: child\ntitle: Child\nextends: base\nregime: 2009/81/EC\n';
    const found = run({ base: parent, child });
    expect(found.filter((d) => d.severity === 'warning')).toMatchObject([
      { file: 'specs/base.yaml', ...positionInText(parent, 'slc-sec-supply') },
    ]);
    expect(found.find((d) => d.severity === 'warning')!.message).toContain('state regime: 2009/81/EC');
  });
});
