import type {
  Obligation,
  ParameterValue,
  Requirement,
  Statement,
  Verification,
} from '../load/requirement/requirement.js';
import type { Deviation, LocalisedText, Spec } from '../load/spec/spec.js';

/** Where an effective value came from: the spec that set it, and why. */
export interface Origin {
  spec: string;
  /** the index of the deviation in its spec's `deviations` list, when a deviation set it */
  deviation?: number;
  justification?: string;
}

export interface AppliedDeviation {
  spec: string;
  deviation: Deviation;
}

/** A requirement as it stands in one spec, after every deviation of its chain. */
export interface EffectiveRequirement {
  id: string;
  source: Requirement;
  title: string;
  obligation: Obligation;
  verification: Verification[];
  statement: Statement;
  /** the replacement text as written, when a deviation replaced the statement */
  statementOverride: LocalisedText | undefined;
  parameters: Map<string, ParameterValue>;
  provenance: {
    selected: Origin;
    title: Origin;
    obligation: Origin;
    verification: Origin;
    statement: Origin;
    parameters: Map<string, Origin>;
  };
  /** every deviation of the chain that touched this requirement, root first */
  history: AppliedDeviation[];
}

export interface RemovedRequirement {
  id: string;
  source: Requirement;
  by: Origin;
}

export interface ResolvedSpec {
  spec: Spec;
  /** root first, this spec last */
  chain: Spec[];
  /** in document order: by domain, then id */
  requirements: EffectiveRequirement[];
  /** requirements of the chain that some level removed */
  removed: RemovedRequirement[];
}
