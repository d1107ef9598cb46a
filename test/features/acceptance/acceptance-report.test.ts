import { describe, expect, it } from 'vitest';
import { acceptanceReport } from '../../../src/features/acceptance/acceptance-report.js';
import type { RecordedResult } from '../../../src/features/acceptance/recorded-result.js';
import type { TestPlan } from '../../../src/features/acceptance/test-plan.js';

const PLAN: TestPlan = {
  spec: 'be',
  phases: ['fat', 'sit'],
  requirements: [
    { id: 'INT-001', obligation: 'mandatory', fingerprint: 'a', phases: ['fat', 'sit'] },
    { id: 'INT-002', obligation: 'optional', fingerprint: 'b', phases: ['fat'] },
  ],
  cases: [
    { id: 'TC-INT-001-fat', requirement: 'INT-001', phase: 'fat', methods: ['inspection'] },
    { id: 'TC-INT-002-fat', requirement: 'INT-002', phase: 'fat', methods: ['inspection'] },
    { id: 'TC-INT-001-sit', requirement: 'INT-001', phase: 'sit', methods: ['test'] },
  ],
};
const NOW = [
  { id: 'INT-001', obligation: 'mandatory' as const, fingerprint: 'a' },
  { id: 'INT-002', obligation: 'optional' as const, fingerprint: 'b' },
];

function result(id: string, value: RecordedResult['result'], source: string, date?: string): RecordedResult {
  const [, requirement, phase] = /^TC-(.+)-(fat|sit)$/.exec(id)!;
  return {
    case: id,
    requirement: requirement!,
    phase: phase as 'fat' | 'sit',
    result: value,
    evidence: [],
    file: source.split(/[!:]/)[0]!,
    source,
    ...(date ? { date } : {}),
  };
}

describe('the acceptance decision', () => {
  it('accepts when every mandatory case passed, whatever an optional requirement did', () => {
    const report = acceptanceReport(
      PLAN,
      NOW,
      [result('TC-INT-001-fat', 'pass', 'r.xlsx!G2'), result('TC-INT-001-sit', 'concession', 'r.xlsx!G4')],
      [],
    );
    expect(report.accepted).toBe(true);
    expect(report.blocking).toEqual([]);
    expect(report.summary).toEqual({ cases: 3, passed: 1, failed: 0, notRun: 1, concession: 1, outdated: 0 });
    expect(report.requirements.map((r) => r.status)).toEqual(['concession', 'not-run']);
  });

  it('lets the later result win a conflict only when every result has a date, and counts an undecided one as failed', () => {
    const dated = acceptanceReport(
      PLAN,
      NOW,
      [
        result('TC-INT-001-fat', 'fail', 'r.xlsx!G2', '2027-03-01'),
        result('TC-INT-001-fat', 'pass', 'run.xml:4', '2027-03-02T08:00:00Z'),
        result('TC-INT-001-sit', 'pass', 'run.xml:9'),
        result('TC-INT-001-sit', 'not-run', 'r.xlsx!G4'),
      ],
      [],
    );
    expect(dated.conflicts).toEqual([
      {
        case: 'TC-INT-001-fat',
        results: [
          { result: 'fail', source: 'r.xlsx!G2', date: '2027-03-01' },
          { result: 'pass', source: 'run.xml:4', date: '2027-03-02T08:00:00Z' },
        ],
        winner: 'run.xml:4',
      },
    ]);
    expect(dated.accepted).toBe(true);
    const undated = acceptanceReport(
      PLAN,
      NOW,
      [
        result('TC-INT-001-fat', 'pass', 'r.xlsx!G2', '2027-03-01'),
        result('TC-INT-001-fat', 'fail', 'run.xml:4'),
        result('TC-INT-001-sit', 'pass', 'run.xml:9'),
      ],
      [],
    );
    expect(undated.conflicts[0]!.winner).toBeUndefined();
    expect(undated.requirements[0]!.cases[0]).toMatchObject({ status: 'failed', source: 'r.xlsx!G2, run.xml:4' });
    expect(undated.blocking).toEqual(['INT-001']);
  });

  it('blocks on a requirement that changed, left the spec or joined it after the plan, whatever its obligation', () => {
    const report = acceptanceReport(
      PLAN,
      [
        { id: 'INT-001', obligation: 'mandatory', fingerprint: 'a' },
        { id: 'INT-003', obligation: 'optional', fingerprint: 'c' },
      ],
      [result('TC-INT-001-fat', 'pass', 'r.xlsx!G2'), result('TC-INT-001-sit', 'pass', 'r.xlsx!G4')],
      [],
    );
    expect(report.blocking).toEqual(['INT-002', 'INT-003']);
    expect(report.requirements.slice(1)).toEqual([
      expect.objectContaining({ id: 'INT-002', status: 'outdated', outdated: 'removed' }),
      { id: 'INT-003', obligation: 'optional', status: 'outdated', outdated: 'not-planned', cases: [] },
    ]);
    expect(report.summary.outdated).toBe(1);
  });
});
