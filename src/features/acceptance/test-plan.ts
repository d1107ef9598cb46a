import type { AcceptancePhase } from '../../load/spec/acceptance.js';
import type { Obligation, Verification } from '../../load/requirement/requirement.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';
import { plannedFingerprint } from './fingerprint.js';
import { plannedPhases, requirementPhases, testCaseId } from './phases.js';

export interface PlannedCase {
  id: string;
  requirement: string;
  phase: AcceptancePhase;
  /** the requirement's methods done in this phase (all of them when the phase was chosen as the fallback) */
  methods: Verification[];
}

export interface PlannedRequirement {
  id: string;
  obligation: Obligation;
  fingerprint: string;
  phases: AcceptancePhase[];
}

/** The test plan of one spec: what `plan.json` holds and every document of the plan is made from. Pure. */
export interface TestPlan {
  spec: string;
  phases: readonly AcceptancePhase[];
  requirements: PlannedRequirement[];
  /** by phase in delivery order, then in the spec's document order */
  cases: PlannedCase[];
}

const METHODS_OF: Record<AcceptancePhase, (r: EffectiveRequirement) => Verification[]> = {
  fat: (r) => r.verification.filter((v) => v === 'inspection' || v === 'analysis'),
  sat: (r) =>
    r.verification.filter((v) => v === 'demonstration' || (v === 'test' && r.source.domain !== 'interconnection')),
  sit: (r) => r.verification.filter((v) => v === 'test' && r.source.domain === 'interconnection'),
  trial: (r) => r.verification.filter((v) => v === 'demonstration' || v === 'test'),
};

export function buildTestPlan(resolved: ResolvedSpec): TestPlan {
  const phases = plannedPhases(resolved);
  const requirements: PlannedRequirement[] = resolved.requirements.map((r) => ({
    id: r.id,
    obligation: r.obligation,
    fingerprint: plannedFingerprint(r),
    phases: requirementPhases(r, phases),
  }));
  const cases: PlannedCase[] = [];
  for (const phase of phases) {
    resolved.requirements.forEach((r, i) => {
      if (!requirements[i]!.phases.includes(phase)) return;
      const methods = METHODS_OF[phase](r);
      cases.push({
        id: testCaseId(r.id, phase),
        requirement: r.id,
        phase,
        methods: methods.length > 0 ? methods : [...r.verification],
      });
    });
  }
  return { spec: resolved.spec.id, phases, requirements, cases };
}
