import type { EvaluationMethod } from './method.js';

/** A returned response form as the evaluation reads it. */
export interface TenderInput {
  bidder: string;
  file: string;
  sha256: string;
  /** the tenderer's name, signatory and date as declared on the cover sheet */
  name: string | null;
  signatory: string | null;
  date: string | null;
  /** why the form makes the tender inadmissible (a mandatory requirement not met, an altered form, no price) */
  reasons: string[];
  /** the price sheet's values by line id; undefined when a price is missing */
  values: Map<string, number> | undefined;
}

export interface ScoreEntry {
  points: number;
  justification: string;
  /** where it was read: file and cell */
  cell: string;
}

/** One evaluator's score workbook (or the consensus workbook), by bidder and scored item. */
export interface ScoreSheet {
  evaluator: string;
  file: string;
  sha256: string;
  scores: Map<string, Map<string, ScoreEntry>>;
}

export interface EvaluationInputs {
  method: EvaluationMethod;
  tenders: TenderInput[];
  evaluators: ScoreSheet[];
  /** the consensus workbook, for `consensus: recorded` */
  consensus: ScoreSheet | undefined;
}

export interface ItemResult {
  points: number;
  score: number;
  evaluators: Record<string, number>;
}

export interface CriterionResult {
  points?: number;
  score: number;
  evaluators?: Record<string, number>;
  subcriteria?: Record<string, ItemResult>;
}

/** A tender in `evaluate --format json` (DESIGN 2.6; `name`, `signatory`, `date`, `costs` added). */
export interface TenderResult {
  bidder: string;
  name: string | null;
  signatory: string | null;
  date: string | null;
  file: string;
  sha256: string;
  admissible: boolean;
  reasons: string[];
  price: number | null;
  costs: Record<string, number>;
  criteria: Record<string, CriterionResult>;
  total: number | null;
  rank: number | null;
}

export interface Spread {
  bidder: string;
  criterion: string;
  evaluators: Record<string, number>;
  steps: number;
}

export interface SensitivityRow {
  bidder: string;
  criterion: string;
  /** +1 or -1 scale step on the consensus points */
  step: number;
  /** the bidders in rank order after the change */
  ranking: string[];
  changes: boolean;
}

/** The shape of `evaluate --format json` (DESIGN 2.6, with `evaluationId`, `spreads` and `sensitivity` added). */
export interface EvaluationReport {
  spec: string;
  evaluationId: string;
  evaluation: { consensus: string; tie_break: string[] };
  tenders: TenderResult[];
  spreads: Spread[];
  sensitivity: SensitivityRow[];
  inputs: Array<{ file: string; sha256: string }>;
}
