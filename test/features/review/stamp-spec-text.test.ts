import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stampSpecText } from '../../../src/features/review/stamp-spec-text.js';

const SPEC = `# National variant: comments, odd spacing and folded text must survive
id: be   # the id
title: Belgian variant
extends: benelux
deviations:
  # the delivery time
  - requirement: INT-001
    set: { parameters: { max_delivery_seconds: 3 } }   # agreed in 2026
    justification: >-
      The national radio network already guarantees
      delivery within 3 s.

  - requirement: SEC-002
    set:
      obligation: mandatory
    justification: "Required by the accreditation rules."
    reviewed: 0000000000000000
  -   requirement: BE-INT-001
      add: true
      justification: |
        Two languages.
award: [ { id: price, title: Price, weight: 100 } ]
`;

describe('writing review stamps into a spec file', () => {
  it('adds a line after each deviation, replaces an old stamp in place, and keeps every other byte', () => {
    const stamps = [
      { index: 0, stamp: 'aaaaaaaaaaaaaaaa' },
      { index: 1, stamp: 'bbbbbbbbbbbbbbbb' },
      { index: 2, stamp: 'cccccccccccccccc' },
    ];
    const result = stampSpecText(SPEC, stamps);
    if (!result.ok) throw new Error(result.message);
    const value = parse(result.text);
    expect(value.deviations.map((d: { reviewed: string }) => d.reviewed)).toEqual(stamps.map((s) => s.stamp));
    expect(result.text).toContain(
      '      delivery within 3 s.\n    reviewed: aaaaaaaaaaaaaaaa\n\n  - requirement: SEC-002',
    );
    expect(result.text).toContain(
      '      justification: |\n        Two languages.\n      reviewed: cccccccccccccccc\naward:',
    );
    const back = result.text
      .replace('\n    reviewed: aaaaaaaaaaaaaaaa', '')
      .replace('\n      reviewed: cccccccccccccccc', '')
      .replace('reviewed: bbbbbbbbbbbbbbbb', 'reviewed: 0000000000000000');
    expect(back).toBe(SPEC);
  });

  it('keeps CRLF line ends, a byte-order mark and a last line without a line end', () => {
    const text =
      `\uFEFF${SPEC.replace(/\n/g, '\r\n').replace(/\r\n$/, '').replace('award: [ { id: price, title: Price, weight: 100 } ]', '')}`.trimEnd();
    const result = stampSpecText(text, [
      { index: 0, stamp: 'aaaaaaaaaaaaaaaa' },
      { index: 2, stamp: 'cccccccccccccccc' },
    ]);
    if (!result.ok) throw new Error(result.message);
    expect(result.text.startsWith('\uFEFF')).toBe(true);
    expect(result.text).not.toMatch(/[^\r]\n/);
    expect(result.text.endsWith('\r\n      reviewed: cccccccccccccccc')).toBe(true);
    expect(
      result.text.replace('\r\n    reviewed: aaaaaaaaaaaaaaaa', '').replace('\r\n      reviewed: cccccccccccccccc', ''),
    ).toBe(text);
  });

  it('quotes a stamp that YAML would read as a number', () => {
    const result = stampSpecText(SPEC, [
      { index: 0, stamp: '1234567890123456' },
      { index: 1, stamp: '123e456789012345' },
    ]);
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain('reviewed: "1234567890123456"');
    expect(parse(result.text).deviations.map((d: { reviewed: unknown }) => d.reviewed)).toEqual([
      '1234567890123456',
      '123e456789012345',
      undefined,
    ]);
  });

  it('refuses deviations in flow style, with the position', () => {
    const flowItem =
      'id: be\ntitle: B\nextends: x\ndeviations:\n  - { requirement: INT-001, remove: true, justification: j }\n';
    const item = stampSpecText(flowItem, [{ index: 0, stamp: 'aaaaaaaaaaaaaaaa' }]);
    expect(item).toMatchObject({ ok: false, line: 5, column: 5 });
    const flowList = 'id: be\ntitle: B\nextends: x\ndeviations: [ { requirement: INT-001, remove: true } ]\n';
    expect(stampSpecText(flowList, [{ index: 0, stamp: 'aaaaaaaaaaaaaaaa' }])).toMatchObject({
      ok: false,
      line: 4,
      column: 13,
    });
  });

  it('keeps any block spec byte for byte outside the stamps (generated layouts)', () => {
    const field = fc.constantFrom(
      'remove: true',
      'add: true',
      'set: { obligation: mandatory }',
      'set:\n      parameters:\n        x: 3 # tighter',
      'justification: >-\n      folded\n      text',
      'justification: |\n      literal\n\n      text',
      'justification: "quoted: text"',
    );
    const deviation = fc.record({
      fields: fc.uniqueArray(field, { minLength: 1, maxLength: 3, selector: (f) => f.split(':')[0] }),
      comment: fc.boolean(),
      blank: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(deviation, { minLength: 1, maxLength: 4 }), fc.boolean(), (devs, crlf) => {
        let text = 'id: v\ntitle: V\nextends: p\ndeviations:\n';
        devs.forEach((d, i) => {
          if (d.comment) text += `  # deviation ${i}\n`;
          text += `  - requirement: R-00${i}\n`;
          for (const f of d.fields) text += `    ${f}\n`;
          if (d.blank) text += '\n';
        });
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const parsed = parse(text, { uniqueKeys: true });
        const stamps = devs.map((_, index) => ({ index, stamp: `${index}`.padStart(16, 'f') }));
        const result = stampSpecText(text, stamps);
        if (!result.ok) throw new Error(`${result.message} at ${result.line}:${result.column}\n${text}`);
        const eol = crlf ? '\r\n' : '\n';
        expect(result.text.replace(new RegExp(`${eol} +reviewed: f+\\d`, 'g'), '')).toBe(text);
        expect(parsed).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });
});
