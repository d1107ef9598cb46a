import type { Labels } from '../../load/frame/labels.js';
import type { Wording } from '../../document/i18n/frame-of.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { localisedCompliance } from '../compliance-rows.js';
import { plainText } from './plain-text.js';

/**
 * The columns of the response form. The first six are the contracting authority's and locked; the last three
 * are the bidder's. `tenderkit responses` reads a returned form by these positions and header texts.
 */
export const AUTHORITY_COLUMN_COUNT = 6;
export const RESPONSE_COLUMN = AUTHORITY_COLUMN_COUNT;

/** The canonical answers, as `responses` reports them whatever the language of the form. */
export const RESPONSES = ['Comply', 'Partially comply', 'Do not comply'] as const;
export type ResponseValue = (typeof RESPONSES)[number];

/** The words of a response form in one language: the writer writes them, the reader compares with them. */
export interface FormWords {
  language: string;
  labels: Labels;
  header: string[];
  /** the drop-down's values, in the order of RESPONSES */
  responses: [string, string, string];
  responsesSheet: string;
  awardSheet: string;
}

/** The form words of a language's labels. */
export function formWords(language: string, labels: Labels): FormWords {
  const c = labels.form.columns;
  const r = labels.matrix.responses;
  return {
    language,
    labels,
    header: [
      c.id,
      c.domain,
      c.title,
      c.obligation,
      c.statement,
      c.verification,
      c.response,
      c.offerReference,
      c.comment,
    ],
    responses: [r.comply, r.partial, r.fail],
    responsesSheet: labels.form.responsesSheet,
    awardSheet: labels.form.awardSheet,
  };
}

/** One requirement's locked cells, in column order. */
export interface AuthorityRow {
  id: string;
  obligation: string;
  cells: string[];
}

/**
 * The authority's part of every row in the spec's language (titles and statements translated where a current
 * translation exists): the writer writes it, the reader compares with it.
 */
export function authorityRows(resolved: ResolvedSpec, wording: Wording): AuthorityRow[] {
  const obligations = new Map(resolved.requirements.map((r) => [r.id, r.obligation]));
  return localisedCompliance(resolved, wording).rows.map((row) => ({
    id: row.id,
    obligation: obligations.get(row.id) ?? '',
    cells: [row.id, row.domain, row.title, row.obligation, plainText(row.statement), row.verification],
  }));
}
