import type { Requirement } from '../../load/requirement/requirement.js';
import type { Deviation, Spec } from '../../load/spec/spec.js';
import type { FieldState } from '../../resolve/deviation-steps.js';

export type Change = 'added' | 'removed' | 'modified';

/** One field that differs between the two revisions: a text, a value or a list (null where a side has none). */
export interface FieldDelta {
  /** `title`, `statement`, `obligation`, `verification`, `parameters.<name>`, `sections.<heading>`, or another front matter key */
  field: string;
  from: unknown;
  to: unknown;
}

export interface RequirementDelta {
  id: string;
  change: Change;
  /** empty for an added or removed requirement */
  fields: FieldDelta[];
  before: Requirement | undefined;
  after: Requirement | undefined;
}

export interface DeviationDelta {
  requirement: string;
  change: Change;
  /** for a changed deviation: the keys that differ (`set.parameters.x`, `justification`, `reviewed`, ...) */
  fields: string[];
  before: Deviation | undefined;
  after: Deviation | undefined;
}

export interface SpecDelta {
  id: string;
  change: Change;
  /** top-level fields of the spec file that differ, besides its deviations (`title`, `award`, ...) */
  fields: string[];
  deviations: DeviationDelta[];
  before: Spec | undefined;
  after: Spec | undefined;
}

/** A translation that was made from the requirement's text at FROM and no longer is at TO. */
export interface StaleTranslation {
  requirement: string;
  language: string;
  file: string;
}

/** A translation file edited between the two revisions: per language, its changed fields (texts as word diffs). */
export interface TranslationEdit {
  requirement: string;
  language: string;
  file: string;
  change: Change;
  /** `title`, `statement`, `sections.<n>` (the section's position), `state`, `source`; empty when added or removed */
  fields: FieldDelta[];
}

/** A deviation whose parent's requirement changed underneath it between the two revisions. */
export interface ReviewItem {
  spec: string;
  requirement: string;
  parent: string;
  before: FieldState;
  after: FieldState;
}

export interface SideInfo {
  label: string;
  commit: string | undefined;
}

/** What changed in the workspace between two revisions. */
export interface Changes {
  from: SideInfo;
  to: SideInfo;
  requirements: RequirementDelta[];
  specs: SpecDelta[];
  translations: StaleTranslation[];
  /** translation files edited, added or removed, per requirement and language */
  translationEdits: TranslationEdit[];
  review: ReviewItem[];
  /** what a reader must know: a side that did not exist or had errors */
  notes: string[];
}
