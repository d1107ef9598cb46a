import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import { diagnostic, fileDiagnostic, WHOLE_FILE, type Diagnostic, type Position } from '../../lib/diagnostics.js';
import { columnIndex } from '../../render/xlsx/xml-text.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { checkResponses, type Answer } from '../responses/check-responses.js';
import { readXlsxFile } from '../responses/read-xlsx.js';

/** What the contractor committed to for one requirement in the returned response form. */
export type Commitment = Pick<Answer, 'response' | 'offerReference' | 'comment'>;

/**
 * The answers of the winner's response form, by requirement. The form is the one `responses` checks; one altered
 * outside the bidder's columns is refused, since the plan would quote commitments the contract may not hold.
 */
export async function readCommitments(
  file: string,
  displayName: string,
  resolved: ResolvedSpec,
  workspace: Pick<Workspace<Resolution>, 'catalogue' | 'i18n'>,
): Promise<{ ok: true; commitments: Map<string, Commitment> } | { ok: false; diagnostics: Diagnostic[] }> {
  const read = await readXlsxFile(file);
  if (!read.ok)
    return {
      ok: false,
      diagnostics: [fileDiagnostic('acceptance-bid', `cannot read the response form: ${read.message}`, displayName)],
    };
  const answers: Answer[] = [];
  const report = checkResponses(read.workbook, resolved, workspace, displayName, answers);
  if (!report.intact)
    return {
      ok: false,
      diagnostics: report.alterations.map((alteration) =>
        diagnostic(
          'error',
          'acceptance-bid',
          `${alteration.cell ? `${alteration.sheet}!${alteration.cell}: ` : ''}${alteration.message} (the response form was altered outside the bidder's columns; run tenderkit responses on it)`,
          displayName,
          cellPosition(alteration.cell),
        ),
      ),
    };
  return {
    ok: true,
    commitments: new Map(
      answers.map((x) => [x.id, { response: x.response, offerReference: x.offerReference, comment: x.comment }]),
    ),
  };
}

/** A cell as a position: its row as the line, its column as the column (G12 is line 12, column 7). */
function cellPosition(cell: string | undefined): Position {
  const m = cell ? /^([A-Z]{1,3})(\d+)$/.exec(cell) : null;
  return m ? { line: Number(m[2]), column: columnIndex(m[1]!) + 1 } : WHOLE_FILE;
}
