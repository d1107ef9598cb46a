import { EN, type Labels } from '../document/labels.js';

/** The CSV keeps fixed English column names: programs read it. */
import { substituteInText } from '../document/substitute-parameters.js';
import type { ResolvedSpec } from '../spec/resolved.js';

/** The compliance matrix as rows of text: header first. Shared by the CSV and any tabular format. */
export function complianceRows(resolved: ResolvedSpec, labels: Labels = EN): string[][] {
  void labels;
  const header = ['id', 'title', 'obligation', 'verification', 'response', 'bidder reference'];
  const rows = resolved.requirements.map((r) => [
    r.id,
    substituteInText(r.title, r.parameters, r.source.parameters),
    r.obligation,
    r.verification.join('; '),
    '',
    '',
  ]);
  return [header, ...rows];
}
