/** An acceptance phase (IEC 62381 names the first three): factory, site, system integration, operational trial. */
export type AcceptancePhase = 'fat' | 'sat' | 'sit' | 'trial';

/** Every phase in the order a delivery goes through them. */
export const ACCEPTANCE_PHASES: readonly AcceptancePhase[] = ['fat', 'sat', 'sit', 'trial'];

/** The `acceptance:` block as written in one spec; the nearest spec of the chain that has one decides. */
export interface AcceptanceBlock {
  /** in delivery order, whatever order the file lists them in */
  phases: AcceptancePhase[];
}

export function acceptanceBlock(raw: { phases: AcceptancePhase[] }): AcceptanceBlock {
  return { phases: ACCEPTANCE_PHASES.filter((p) => raw.phases.includes(p)) };
}
