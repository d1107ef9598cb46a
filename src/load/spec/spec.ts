import type { Obligation, ParameterValue, Verification } from '../requirement/requirement.js';
import type { ParsedYaml } from '../yaml/parse-yaml.js';
import type { NoticeBlock } from './notice.js';

/** A replacement statement: one text, or one per language tag. */
export type LocalisedText = string | Record<string, string>;

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

/** The procurement regime: Directive 2014/24/EU (public sector) or 2009/81/EC (defence and security). */
export type Regime = '2014/24/EU' | '2009/81/EC';

export interface Spec {
  id: string;
  title: string;
  extends?: string;
  language: string;
  /** as written in this spec; `effectiveRegime` gives the one inherited along the chain */
  regime?: Regime;
  date?: string;
  authority?: { name: string; country?: string; address?: string; contact?: string };
  procurement?: { title?: string; reference?: string; cpv: string[]; lots?: string[] };
  select?: { domains?: string[]; include: string[]; exclude: string[] };
  deviations: Deviation[];
  award: AwardCriterion[];
  /** what the eForms notice needs beyond the rest of the spec, as written in this spec (inherited along the chain) */
  notice?: NoticeBlock;
  file: string;
  yaml: ParsedYaml;
}
