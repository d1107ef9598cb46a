import { describe, expect, it } from 'vitest';
import { checkRequirement, repeatsUnit } from '../../../src/load/requirement/check-requirement.js';
import { parseRequirement } from '../../../src/load/requirement/parse-requirement.js';
import { defaultConfig } from '../../../src/load/config.js';
import { source } from '../../support/source.js';

function check(text: string, file = 'requirements/INT-001.md') {
  const src = source(file, text);
  const { requirement, diagnostics } = parseRequirement(src);
  expect(diagnostics).toEqual([]);
  const config = defaultConfig();
  config.scenarios = [{ id: 'flood', title: 'Flood' }];
  return checkRequirement(requirement!, src, config);
}

const head = (extra = '') => `---
id: INT-001
title: T
domain: interconnection
obligation: mandatory
verification: [test]
status: approved
${extra}---
`;

describe('checkRequirement', () => {
  it('accepts a consistent requirement', () => {
    expect(
      check(
        `${head('parameters:\n  n: { type: integer, default: 3, min: 1 }\n')}The system shall keep {{n}} copies.\n`,
      ),
    ).toEqual([]);
  });

  it('reports an id that differs from the file name at the id', () => {
    expect(check(`${head()}The system shall work.\n`, 'requirements/INT-002.md')).toMatchObject([
      { rule: 'id-filename', line: 2, column: 5 },
    ]);
  });

  it('reports an unknown domain and an unknown scenario at their values', () => {
    const text = `${head('scenarios: [flood, earthquake]\n').replace('domain: interconnection', 'domain: logistics')}The system shall work.\n`;
    const found = check(text);
    expect(found.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['unknown-domain', 4, 9],
      ['unknown-scenario', 8, 20],
    ]);
  });

  it('reports a placeholder without a parameter at the placeholder', () => {
    const found = check(`${head()}The system shall answer within {{timeout}}.\n`);
    expect(found).toMatchObject([{ rule: 'unknown-parameter', line: 9, column: 32 }]);
  });

  it('never resolves placeholders through prototypes', () => {
    const found = check(`${head()}The system shall keep {{constructor}} and {{__proto__}}.\n`);
    expect(found.map((d) => d.rule)).toEqual(['unknown-parameter', 'unknown-parameter']);
  });

  it('reports a default outside min/max or not among the values', () => {
    const found = check(
      `${head('parameters:\n  n: { type: integer, default: 0, min: 1 }\n  v: { type: enum, values: [a, b], default: c }\n')}The system shall keep {{n}} of {{v}}.\n`,
    );
    expect(found.map((d) => [d.rule, d.line])).toEqual([
      ['parameter', 9],
      ['parameter', 10],
    ]);
    expect(found[0]!.message).toContain('below the minimum 1');
    expect(found[1]!.message).toContain('must be one of "a", "b"');
  });

  it('warns about an unused parameter and a unit written twice', () => {
    const found = check(
      `${head('parameters:\n  t: { type: number, default: 5, unit: s }\n  u: { type: number, default: 1 }\n')}The system shall answer within {{t}} seconds.\n`,
    );
    expect(found.map((d) => d.rule).sort()).toEqual(['unit-repeated', 'unused-parameter']);
  });
});

describe('repeatsUnit', () => {
  it('recognises the unit spelled out after the value', () => {
    expect(repeatsUnit(' seconds of the event', 's')).toBe(true);
    expect(repeatsUnit(' per cent of the time', '%')).toBe(true);
    expect(repeatsUnit('% of the time', '%')).toBe(true);
  });
  it('does not fire on other words', () => {
    expect(repeatsUnit(' of the event', 's')).toBe(false);
    expect(repeatsUnit(' sites', 's')).toBe(false);
    expect(repeatsUnit(' hosts', 'h')).toBe(false);
  });
});
