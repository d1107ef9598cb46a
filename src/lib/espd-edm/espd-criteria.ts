import data from './eforms-criteria.json' with { type: 'json' };

/** An ESPD-EDM criterion: its type code (authority table "criterion") and its fixed UUID in the criterion taxonomy. */
export interface EspdCriterion {
  code: string;
  uuid: string;
}

const CRITERIA: Record<string, EspdCriterion[]> = data.criteria;

/** The ESPD-EDM version the criteria come from. */
export const ESPD_VERSION = data.version;

/**
 * The ESPD criteria a bidder answers for an eForms exclusion-ground or selection-criterion code (ESPD-EDM 4.1.0, EU
 * Publications Office, EUPL 1.2: see NOTICE.md beside this file); undefined when the ESPD has none for it.
 */
export function espdCriteriaOf(code: string): readonly EspdCriterion[] | undefined {
  return Object.hasOwn(CRITERIA, code) ? CRITERIA[code] : undefined;
}
