import type { Obligation, ParameterValue, Verification } from '../requirement/requirement.js';
import type { ParsedYaml } from '../yaml/parse-yaml.js';
import type { NoticeBlock } from './notice.js';
import type { SpecTexts } from './spec-text-reader.js';

export type { LocalisedText } from './localised-text.js';
import type { LocalisedText } from './localised-text.js';

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

export interface AwardCriterion {
  id: string;
  title: string;
  weight: number;
  type?: 'quality' | 'price' | 'cost';
  description?: string;
  requirements: string[];
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
  award: AwardCriterion[];
  /** as written in this spec; `effectiveAnnexes` adds those of the specs it extends */
  annexes: Annex[];
  /** what the eForms notice needs beyond the rest of the spec, as written in this spec (inherited along the chain) */
  notice?: NoticeBlock;
  /** every text the spec file writes, as written (one string or one per language), for the translation counts */
  texts: SpecTexts;
  file: string;
  yaml: ParsedYaml;
}

/** Every language a spec's pack is written in, the main one first. */
export function languagesOf(spec: Pick<Spec, 'language' | 'languages'>): readonly string[] {
  return spec.languages ?? [spec.language];
}
