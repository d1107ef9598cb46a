import { ACCEPTANCE_PHASES, type AcceptancePhase } from '../../load/spec/acceptance.js';
import type { Verification } from '../../load/requirement/requirement.js';
import type { EffectiveRequirement, ResolvedSpec } from '../../resolve/resolved.js';

/** The phases of a spec without an `acceptance:` block anywhere in its chain: the two every delivery has. */
export const DEFAULT_PHASES: readonly AcceptancePhase[] = ['fat', 'sat'];

/** The phases a spec plans: those of the nearest spec of its chain that states them. */
export function plannedPhases(resolved: ResolvedSpec): readonly AcceptancePhase[] {
  for (let i = resolved.chain.length - 1; i >= 0; i--) {
    const block = resolved.chain[i]!.acceptance;
    if (block) return block.phases;
  }
  return DEFAULT_PHASES;
}

/**
 * Where each verification method is done. Inspection and analysis need the documents, the build and the design,
 * which the factory has: FAT. A demonstration shows the installed system to its users: SAT. A test runs on the
 * installed system too (SAT), except a test of an interconnection requirement, which needs a peer centre on the
 * other side of the link: SIT (the conformance suite's harness peer, or a real peer centre).
 */
const METHOD_PHASE: Record<Verification, AcceptancePhase> = {
  inspection: 'fat',
  analysis: 'fat',
  demonstration: 'sat',
  test: 'sat',
};

const INTERCONNECTION = 'interconnection';

/**
 * The phases one requirement is verified in, in delivery order: the phases of its effective verification methods,
 * plus the operational trial for a requirement that supports a readiness scenario (the trial plays the scenarios).
 * Only planned phases count; a requirement whose methods fall in no planned phase is verified in the nearest
 * planned phase after them (or, when none follows, the last one), so that no requirement goes untested.
 */
export function requirementPhases(r: EffectiveRequirement, planned: readonly AcceptancePhase[]): AcceptancePhase[] {
  const wanted = new Set<AcceptancePhase>();
  for (const method of r.verification) {
    wanted.add(method === 'test' && r.source.domain === INTERCONNECTION ? 'sit' : METHOD_PHASE[method]);
  }
  if (r.source.scenarios.length > 0) wanted.add('trial');
  const phases = planned.filter((p) => wanted.has(p));
  if (phases.length > 0) return phases;
  const latest = Math.max(...[...wanted].map((p) => ACCEPTANCE_PHASES.indexOf(p)));
  const after = planned.find((p) => ACCEPTANCE_PHASES.indexOf(p) > latest);
  return [after ?? planned[planned.length - 1]!];
}

/** `TC-INT-001-sit`: the id of the test case of one requirement in one phase. */
export function testCaseId(requirement: string, phase: AcceptancePhase): string {
  return `TC-${requirement}-${phase}`;
}

const CASE_ID = /^TC-([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\d{3,4})-(fat|sat|sit|trial)$/;

/** The requirement and phase a test case id names; undefined when the text is not such an id. */
export function parseTestCaseId(id: string): { requirement: string; phase: AcceptancePhase } | undefined {
  const m = CASE_ID.exec(id.trim());
  return m ? { requirement: m[1]!, phase: m[2] as AcceptancePhase } : undefined;
}
