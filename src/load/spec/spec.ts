import type { Obligation, ParameterValue, Verification } from '../requirement/requirement.js';
import type { ParsedYaml } from '../yaml/parse-yaml.js';
import type { AcceptanceBlock } from './acceptance.js';
import type { NoticeBlock } from './notice.js';
import type { SelectionBlock } from './selection.js';
import type { SpecTexts } from './spec-text-reader.js';

import type { LocalisedText } from './localised-text.js';

/** A replacement statement, or another text a spec writes: one text, or one per language tag. */
export type { LocalisedText } from './localised-text.js';

export interface SetChange {
  obligation?: Obligation;
  parameters?: Map<string, ParameterValue>;
  statement?: LocalisedText;
  verification?: Verification[];
  title?: string;
}

interface DeviationBase {
  requirement: string;
  justification: string | undefined;
  /** the fingerprint of the parent's requirement when a person last checked the deviation (`tenderkit review`) */
  reviewed?: string;
  /** index in the spec's `deviations` list, for positions */
  index: number;
}

export type Deviation =
  | (DeviationBase & { kind: 'set'; changes: SetChange })
  | (DeviationBase & { kind: 'remove' })
  | (DeviationBase & { kind: 'add' });

/** The points an evaluator may give, 0 to `max` in whole steps, and what each step means (keys "0".."max"). */
export interface AwardScale {
  max: number;
  descriptors: Record<string, LocalisedText>;
}

export type PriceFormula = { kind: 'lowest-ratio' } | { kind: 'linear'; best: number; worst: number };

/** One cost line of a life-cycle cost model; an energy line (`unit: kW`) costs kW x hours x price_per_kwh a year. */
export interface LccLine {
  id: string;
  per: 'once' | 'year';
  title?: LocalisedText;
  description?: LocalisedText;
  unit?: 'kW';
  hours?: number;
  price_per_kwh?: number;
}

export interface LccModel {
  years: number;
  discount_rate: number;
  lines: LccLine[];
}

export interface SubCriterion {
  id: string;
  title: LocalisedText;
  weight: number;
  description?: LocalisedText;
  requirements: string[];
}

/** An award criterion as one spec file writes it; `written` names the fields the file sets (for inheritance). */
export interface AwardCriterion {
  id: string;
  title: string;
  weight: number;
  type?: 'quality' | 'price' | 'cost';
  description?: string;
  requirements: string[];
  scale?: AwardScale;
  threshold?: number;
  subcriteria?: SubCriterion[];
  /** by requirement id: how it is scored beyond the scale (better than a mandatory minimum, an option's value) */
  rules?: Record<string, LocalisedText>;
  formula?: PriceFormula;
  lcc?: LccModel;
  /** the keys the spec file sets for this criterion; a criterion of a parent keeps the others */
  written: readonly string[];
  /** index in the spec's `award` list, for positions */
  index: number;
}

export type Consensus = 'mean' | 'median' | 'recorded';

/** The evaluation block as one spec file writes it (inherited field by field). */
export interface EvaluationBlock {
  consensus?: Consensus;
  tie_break?: string[];
  unscored?: Array<{ requirement: string; reason: LocalisedText }>;
}

/** A document a spec ships with its pack (`annexes:`). */
export interface Annex {
  /** relative to the workspace root, as written */
  path: string;
  title: string;
  /** index in the spec's `annexes` list, for positions */
  index: number;
}

/** The procurement regime: Directive 2014/24/EU (public sector) or 2009/81/EC (defence and security). */
export type Regime = '2014/24/EU' | '2009/81/EC';

export interface Spec {
  id: string;
  title: string;
  extends?: string;
  /** the main language: the language of the pack's files under their plain names */
  language: string;
  /** every language of the pack when the spec names several (`language: [nl, fr, de]`), the main one first */
  languages?: string[];
  /** `required`: the pack is not built while a text of it lacks a current translation in a language of the spec */
  translations?: 'required' | 'optional';
  /** as written in this spec; `effectiveRegime` gives the one inherited along the chain */
  regime?: Regime;
  date?: string;
  authority?: { name: string; country?: string; address?: string; contact?: string };
  procurement?: { title?: string; reference?: string; cpv: string[]; lots?: string[] };
  select?: { domains?: string[]; include: string[]; exclude: string[] };
  deviations: Deviation[];
  /** as written in this spec; `effectiveAward` merges those of the specs it extends */
  award: AwardCriterion[];
  evaluation?: EvaluationBlock;
  /** as written in this spec; `effectiveAnnexes` adds those of the specs it extends */
  annexes: Annex[];
  /** what the eForms notice needs beyond the rest of the spec, as written in this spec (inherited along the chain) */
  notice?: NoticeBlock;
  /** exclusion grounds and selection criteria, as written in this spec; `effectiveSelection` adds the inherited ones */
  selection?: SelectionBlock;
  /** the acceptance phases as written in this spec (inherited along the chain) */
  acceptance?: AcceptanceBlock;
  /** every text the spec file writes, as written (one string or one per language), for the translation counts */
  texts: SpecTexts;
  file: string;
  yaml: ParsedYaml;
}

/** Every language a spec's pack is written in, the main one first. */
export function languagesOf(spec: Pick<Spec, 'language' | 'languages'>): readonly string[] {
  return spec.languages ?? [spec.language];
}
