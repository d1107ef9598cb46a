import { EN } from '../../load/frame/labels.js';
import { substituteInText, substituteParameters } from '../../document/substitute-parameters.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { WorkspaceConfig } from '../../load/config.js';
import { plainText } from './plain-text.js';

/**
 * The columns of the response form. The first six are the contracting authority's and locked; the last three
 * are the bidder's. `tenderkit responses` reads a returned form by these positions and header texts.
 */
export const AUTHORITY_COLUMNS = ['Id', 'Domain', 'Title', 'Obligation', 'Statement', 'Verification'] as const;
export const BIDDER_COLUMNS = ['Response', 'Offer reference', 'Comment'] as const;
export const HEADER: readonly string[] = [...AUTHORITY_COLUMNS, ...BIDDER_COLUMNS];
export const RESPONSE_COLUMN = AUTHORITY_COLUMNS.length;

export const RESPONSES = ['Comply', 'Partially comply', 'Do not comply'] as const;
export type ResponseValue = (typeof RESPONSES)[number];

export const RESPONSES_SHEET = 'Responses';
export const AWARD_SHEET = 'Award criteria';

/** One requirement's locked cells, in column order. */
export interface AuthorityRow {
  id: string;
  obligation: string;
  cells: string[];
}

/** The authority's part of every row, computed from the resolved spec: the writer writes it, the reader compares with it. */
export function authorityRows(resolved: ResolvedSpec, config: WorkspaceConfig): AuthorityRow[] {
  const domainTitle = new Map(config.domains.map((d) => [d.id, d.title]));
  return resolved.requirements.map((r) => {
    const statement = plainText(substituteParameters(r.statement.nodes, r.parameters, r.source.parameters));
    return {
      id: r.id,
      obligation: r.obligation,
      cells: [
        r.id,
        domainTitle.get(r.source.domain) ?? r.source.domain,
        substituteInText(r.title, r.parameters, r.source.parameters),
        EN.obligation[r.obligation],
        statement,
        r.verification.map((v) => EN.verification[v]).join(', '),
      ],
    };
  });
}
