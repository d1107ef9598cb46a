import { ACCEPTANCE_PHASES, type AcceptancePhase } from '../../load/spec/acceptance.js';
import { OBLIGATIONS, VERIFICATIONS } from '../../load/requirement/requirement.js';
import type { TestPlan } from './test-plan.js';

export const PLAN_FILE = 'plan.json';

/** `plan.json`: the plan as made, the fingerprint of every requirement, and the hash of every file written with it. */
export interface PlanFile extends TestPlan {
  tool: string;
  bid?: { file: string; sha256: string };
  /** the files of the plan's folder by name, with their SHA-256 as written */
  files: Record<string, string>;
}

export function planJson(plan: PlanFile): string {
  const ordered = {
    spec: plan.spec,
    tool: plan.tool,
    phases: plan.phases,
    ...(plan.bid ? { bid: plan.bid } : {}),
    files: plan.files,
    requirements: plan.requirements,
    cases: plan.cases,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Reads a `plan.json` back; a message says what is wrong with it (the report cannot compare against a broken plan). */
export function parsePlanJson(text: string): { ok: true; plan: PlanFile } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `it is not JSON: ${(err as Error).message}` };
  }
  const v = value as Partial<PlanFile> | null;
  if (!v || typeof v !== 'object' || typeof v.spec !== 'string')
    return { ok: false, message: 'it has no "spec": it is not the plan.json of tenderkit acceptance plan' };
  const isPhase = (p: unknown): p is AcceptancePhase => ACCEPTANCE_PHASES.includes(p as AcceptancePhase);
  if (!Array.isArray(v.phases) || !v.phases.every(isPhase))
    return { ok: false, message: `"phases" must list phases among ${ACCEPTANCE_PHASES.join(', ')}` };
  if (!Array.isArray(v.requirements) || !Array.isArray(v.cases))
    return { ok: false, message: 'it lacks "requirements" or "cases"' };
  for (const [i, r] of v.requirements.entries()) {
    if (
      typeof r?.id !== 'string' ||
      typeof r.fingerprint !== 'string' ||
      !OBLIGATIONS.includes(r.obligation) ||
      !Array.isArray(r.phases) ||
      !r.phases.every(isPhase)
    )
      return { ok: false, message: `requirements[${i}] needs an id, an obligation, a fingerprint and its phases` };
  }
  for (const [i, c] of v.cases.entries()) {
    if (
      typeof c?.id !== 'string' ||
      typeof c.requirement !== 'string' ||
      !isPhase(c.phase) ||
      !Array.isArray(c.methods) ||
      !c.methods.every((m) => VERIFICATIONS.includes(m))
    )
      return { ok: false, message: `cases[${i}] needs an id, a requirement, a phase and its methods` };
  }
  return { ok: true, plan: { ...(v as PlanFile), files: v.files ?? {} } };
}
