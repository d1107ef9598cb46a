import type { AcceptancePhase } from '../../load/spec/acceptance.js';
import type { Obligation } from '../../load/requirement/requirement.js';
import type { RecordedResult, ResultValue } from './recorded-result.js';
import type { TestPlan } from './test-plan.js';

export type RequirementStatus = 'passed' | 'failed' | 'not-run' | 'concession' | 'outdated';

export interface CaseOutcome {
  id: string;
  phase: AcceptancePhase;
  /** the result that counts; `not-run` when no input has one */
  result: ResultValue;
  status: RequirementStatus;
  /** where the result that counts was read */
  source?: string;
  date?: string;
  witness?: string;
  evidence?: string[];
  concession?: string;
  note?: string;
}

export interface RequirementOutcome {
  id: string;
  obligation: Obligation;
  status: RequirementStatus;
  /** why it is outdated: its effective text changed, it left the spec, or it joined the spec after the plan */
  outdated?: 'changed' | 'removed' | 'not-planned';
  cases: CaseOutcome[];
}

export interface Conflict {
  case: string;
  results: Array<{ result: ResultValue; source: string; date?: string }>;
  /** the source whose result counts: the later one by date; absent when the dates do not decide */
  winner?: string;
}

export type Counts = { cases: number } & Record<'passed' | 'failed' | 'notRun' | 'concession' | 'outdated', number>;

/** The shape of `acceptance report --format json` (DESIGN 2.7). */
export interface AcceptanceReport {
  spec: string;
  accepted: boolean;
  blocking: string[];
  summary: Counts;
  phases: Partial<Record<AcceptancePhase, Counts>>;
  requirements: RequirementOutcome[];
  conflicts: Conflict[];
  inputs: Array<{ file: string; sha256: string }>;
}

/** The requirements of the spec as it is now: what the report compares the plan with. */
export interface CurrentRequirement {
  id: string;
  obligation: Obligation;
  fingerprint: string;
}

/**
 * The acceptance decision. A requirement is `outdated` when its fingerprint differs from the plan's (or it left the
 * spec, or joined it after the plan); else `failed` when a case failed, `not-run` when a case has no result,
 * `concession` when a case passed only by concession, else `passed`. The system is accepted when every mandatory
 * requirement passed or has a concession and none is outdated; the blocking list names the others. Pure.
 */
export function acceptanceReport(
  plan: TestPlan,
  current: readonly CurrentRequirement[],
  results: readonly RecordedResult[],
  inputs: AcceptanceReport['inputs'],
): AcceptanceReport {
  const now = new Map(current.map((r) => [r.id, r]));
  const byCase = new Map<string, RecordedResult[]>();
  for (const r of results) {
    const list = byCase.get(r.case);
    if (list) list.push(r);
    else byCase.set(r.case, [r]);
  }
  const conflicts: Conflict[] = [];
  const casesOf = new Map<string, TestPlan['cases']>();
  for (const c of plan.cases) {
    const list = casesOf.get(c.requirement);
    if (list) list.push(c);
    else casesOf.set(c.requirement, [c]);
  }

  const requirements: RequirementOutcome[] = [];
  for (const planned of plan.requirements) {
    const today = now.get(planned.id);
    const outdated = !today ? 'removed' : today.fingerprint !== planned.fingerprint ? 'changed' : undefined;
    const cases = (casesOf.get(planned.id) ?? []).map((c): CaseOutcome => {
      const decided = decide(c.id, byCase.get(c.id) ?? [], conflicts);
      const status: RequirementStatus = outdated
        ? 'outdated'
        : decided?.result === 'pass'
          ? 'passed'
          : decided?.result === 'fail'
            ? 'failed'
            : decided?.result === 'concession'
              ? 'concession'
              : 'not-run';
      return { id: c.id, phase: c.phase, result: decided?.result ?? 'not-run', status, ...details(decided) };
    });
    requirements.push({
      id: planned.id,
      obligation: today?.obligation ?? planned.obligation,
      status: outdated ? 'outdated' : requirementStatus(cases),
      ...(outdated ? { outdated } : {}),
      cases,
    });
  }
  const planned = new Set(plan.requirements.map((r) => r.id));
  for (const r of current)
    if (!planned.has(r.id))
      requirements.push({ id: r.id, obligation: r.obligation, status: 'outdated', outdated: 'not-planned', cases: [] });

  const blocking = requirements
    .filter(
      (r) =>
        r.status === 'outdated' || (r.obligation === 'mandatory' && (r.status === 'failed' || r.status === 'not-run')),
    )
    .map((r) => r.id);
  const phases: AcceptanceReport['phases'] = {};
  for (const p of plan.phases) phases[p] = counts(requirements.flatMap((r) => r.cases.filter((c) => c.phase === p)));
  return {
    spec: plan.spec,
    accepted: blocking.length === 0,
    blocking,
    summary: counts(requirements.flatMap((r) => r.cases)),
    phases,
    requirements,
    conflicts,
    inputs,
  };
}

function requirementStatus(cases: readonly CaseOutcome[]): RequirementStatus {
  for (const s of ['failed', 'not-run', 'concession'] as const) if (cases.some((c) => c.status === s)) return s;
  return 'passed';
}

function counts(cases: readonly CaseOutcome[]): Counts {
  const n = (s: RequirementStatus) => cases.filter((c) => c.status === s).length;
  return {
    cases: cases.length,
    passed: n('passed'),
    failed: n('failed'),
    notRun: n('not-run'),
    concession: n('concession'),
    outdated: n('outdated'),
  };
}

function details(r: RecordedResult | undefined): Partial<CaseOutcome> {
  if (!r) return {};
  return {
    source: r.source,
    ...(r.date !== undefined ? { date: r.date } : {}),
    ...(r.witness !== undefined ? { witness: r.witness } : {}),
    ...(r.evidence.length > 0 ? { evidence: r.evidence } : {}),
    ...(r.concession !== undefined ? { concession: r.concession } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
}

/**
 * The result that counts for one case. A "not run" from one input does not contradict a result from another.
 * Results that disagree are a conflict: the later one wins when every one of them has a date and one date is the
 * latest; otherwise the conflict stays open and the case counts as failed, since acceptance needs a clear pass.
 */
function decide(id: string, results: readonly RecordedResult[], conflicts: Conflict[]): RecordedResult | undefined {
  const ran = results.filter((r) => r.result !== 'not-run');
  if (ran.length === 0) return results[0];
  const distinct = new Set(ran.map((r) => r.result));
  if (distinct.size === 1) return latest(ran) ?? ran[0];
  const winner = latest(ran);
  conflicts.push({
    case: id,
    results: ran.map((r) => ({
      result: r.result,
      source: r.source,
      ...(r.date !== undefined ? { date: r.date } : {}),
    })),
    ...(winner ? { winner: winner.source } : {}),
  });
  return winner ?? { ...ran[0]!, result: 'fail', source: ran.map((r) => r.source).join(', ') };
}

/** The one result with the latest date, when every result has a date and no other shares the latest. */
function latest(results: readonly RecordedResult[]): RecordedResult | undefined {
  if (results.some((r) => r.date === undefined)) return undefined;
  const sorted = [...results].sort((a, b) => instant(b.date!) - instant(a.date!));
  if (sorted.length > 1 && instant(sorted[0]!.date!) === instant(sorted[1]!.date!)) return undefined;
  return sorted[0];
}

function instant(date: string): number {
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(t) ? 0 : t;
}
