import { fileDiagnostic, type Diagnostic } from '../../lib/diagnostics.js';
import type { Result } from '../../lib/result.js';
import { applyDocxImport } from './apply-docx-import.js';
import { appliedJson, formatApplied, formatDocxImport } from './format-docx-import.js';
import { importDocx } from './import-docx.js';
import { standingNotes } from './standing-notes.js';

export interface DocxImportRequest {
  /** the edited Word document */
  file: string;
  root: string;
  /** the spec the document must have been built for */
  spec?: string | undefined;
  /** report the proposals, write nothing */
  dryRun: boolean;
  format: 'text' | 'md' | 'json';
}

/**
 * `tenderkit import docx`: the tracked changes and comments of a document as proposals per requirement, written
 * into the workspace (requirement files for a root spec, deviations otherwise) unless `dryRun`, then the workspace
 * validated as `validate` does, so that a person sees what is left to finish. The document's standing (built from
 * an older catalogue, requirements edited without tracking) comes as warnings of the document.
 */
export async function runDocxImport(
  request: DocxImportRequest,
): Promise<Result<{ output: string; diagnostics: Diagnostic[]; notes: string[] }>> {
  const outcome = await importDocx({ file: request.file, root: request.root, spec: request.spec });
  if (outcome.kind !== 'ok') return outcome;
  const standing = standingNotes(outcome.standing).map((n) => fileDiagnostic('docx', n, request.file, 'warning'));
  const shown = (format: 'text' | 'md' | 'json', applied?: Awaited<ReturnType<typeof applyDocxImport>>) =>
    format === 'json'
      ? `${JSON.stringify({ ...outcome.report, ...(applied ? { applied: appliedJson(applied) } : {}) }, null, 2)}\n`
      : formatDocxImport(outcome.report, format) + (applied ? formatApplied(applied, format) : '');
  if (request.dryRun) return { kind: 'ok', output: shown(request.format), diagnostics: standing, notes: [] };
  const applied = await applyDocxImport(outcome.report, outcome.context);
  const unfinished = applied.diagnostics.some((d) => d.severity === 'error');
  return {
    kind: 'ok',
    output: shown(request.format, applied),
    diagnostics: [...standing, ...applied.diagnostics],
    notes: unfinished ? ['the proposals were written; validate found the errors above for a person to finish'] : [],
  };
}
