import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../../src/load/requirement/requirement.js';
import type { FieldState } from '../../../src/resolve/deviation-steps.js';
import { reviewedText, reviewStamp } from '../../../src/resolve/review-stamp.js';

function source(units: Record<string, string | undefined> = { max_delivery_seconds: 's' }): Requirement {
  const parameters = new Map(
    Object.entries(units).map(([name, unit]) => [
      name,
      { type: 'number' as const, default: 5, stricter: 'lower' as const, ...(unit ? { unit } : {}) },
    ]),
  );
  return { id: 'INT-001', parameters } as unknown as Requirement;
}

function state(overrides: Partial<FieldState> = {}): FieldState {
  return {
    source: source(),
    title: 'Incident information exchange',
    obligation: 'mandatory',
    verification: ['test', 'demonstration'],
    statement: 'The system shall deliver every message within {{max_delivery_seconds}}.',
    parameters: new Map([['max_delivery_seconds', 5]]),
    inherited: undefined,
    ...overrides,
  };
}

describe('the review stamp', () => {
  it('is 16 lower-case hex digits of the SHA-256 of the explained fields', () => {
    expect(reviewStamp(state())).toMatch(/^[0-9a-f]{16}$/);
    expect(reviewedText(state())).toBe(
      [
        'id: INT-001',
        'title: Incident information exchange',
        'obligation: mandatory',
        'verification: test, demonstration',
        'parameters.max_delivery_seconds: 5 s',
        'statement:',
        'The system shall deliver every message within {{max_delivery_seconds}}.',
      ].join('\n'),
    );
  });

  it('does not change with line ends or trailing spaces', () => {
    const base = reviewStamp(state({ statement: 'The system shall deliver.\n\nEach message counts.' }));
    expect(reviewStamp(state({ statement: 'The system shall deliver.\r\n\r\nEach message counts.' }))).toBe(base);
    expect(reviewStamp(state({ statement: 'The system shall deliver.   \n\nEach message counts.\t' }))).toBe(base);
    expect(
      reviewStamp(
        state({
          statement: 'The system shall deliver.  \r\n  \r\nEach message counts.  ',
          title: 'Incident information exchange  ',
        }),
      ),
    ).toBe(base);
  });

  it('changes with every field it covers', () => {
    const base = reviewStamp(state());
    const variants: Array<[string, FieldState]> = [
      ['title', state({ title: 'Incident data exchange' })],
      ['obligation', state({ obligation: 'recommended' })],
      ['verification', state({ verification: ['test'] })],
      ['verification order', state({ verification: ['demonstration', 'test'] })],
      ['parameter value', state({ parameters: new Map([['max_delivery_seconds', 4]]) })],
      ['parameter type', state({ parameters: new Map<string, number | string>([['max_delivery_seconds', '5']]) })],
      ['parameter unit', state({ source: source({ max_delivery_seconds: 'min' }) })],
      [
        'another parameter',
        state({
          parameters: new Map([
            ['max_delivery_seconds', 5],
            ['peers', 3],
          ]),
        }),
      ],
      ['statement', state({ statement: 'The system shall deliver each message within {{max_delivery_seconds}}.' })],
      ['placeholder', state({ statement: 'The system shall deliver every message within {{other}}.' })],
    ];
    const stamps = new Set([base]);
    for (const [what, s] of variants) {
      const stamp = reviewStamp(s);
      expect(stamp, what).not.toBe(base);
      stamps.add(stamp);
    }
    expect(stamps.size).toBe(variants.length + 1);
  });
});
