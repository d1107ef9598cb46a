import type { LocalisedText } from './localised-text.js';

/** The minimum a selection criterion asks for; each part optional, as the criterion needs. */
export interface SelectionThreshold {
  /** a money amount (turnover, insurance cover), in `currency` */
  amount?: number;
  /** ISO 4217, with `amount` */
  currency?: string;
  /** how many (references, staff) */
  count?: number;
  /** over how many past years the amount or count is counted */
  years?: number;
}

/** An exclusion ground (BT-67) the spec applies: an eForms `exclusion-ground` code, with the buyer's description. */
export interface ExclusionGround {
  code: string;
  description?: LocalisedText;
  /** index in the spec's `selection.exclusion` list, for positions */
  index: number;
}

/** A selection criterion (BT-809): an eForms `selection-criterion` code, its description and its threshold. */
export interface SelectionCriterion {
  code: string;
  description?: LocalisedText;
  threshold?: SelectionThreshold;
  /** index in the spec's `selection.criteria` list, for positions */
  index: number;
}

/** A spec's `selection:` block as written in it; `effectiveSelection` adds those of the specs it extends. */
export interface SelectionBlock {
  exclusion: ExclusionGround[];
  criteria: SelectionCriterion[];
}

/** The block as written in YAML: an exclusion ground may be a bare code. */
export interface RawSelectionBlock {
  exclusion?: Array<string | { code: string; description?: LocalisedText }>;
  criteria?: Array<{ code: string; description?: LocalisedText; threshold?: SelectionThreshold }>;
}

/** The block as tenderkit uses it; the schema has checked its shape. */
export function selectionBlock(raw: RawSelectionBlock): SelectionBlock {
  return {
    exclusion: (raw.exclusion ?? []).map((entry, index) =>
      typeof entry === 'string' ? { code: entry, index } : { ...entry, index },
    ),
    criteria: (raw.criteria ?? []).map((entry, index) => ({ ...entry, index })),
  };
}
