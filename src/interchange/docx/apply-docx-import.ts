import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import type { Diagnostic } from '../../lib/diagnostics.js';
import { writeFilesAtomically } from '../../write/write-atomic.js';
import { type ApplyPlan, planApply } from './apply-proposals.js';
import type { DocxImportReport, ImportContext } from './import-docx.js';

export interface AppliedImport {
  plan: ApplyPlan;
  /** workspace-relative paths written */
  written: string[];
  /** what validate finds in the workspace afterwards */
  diagnostics: Diagnostic[];
}

/**
 * Writes the proposals of an import into the workspace (every file or none), then validates the workspace as
 * `validate` does, so that a person sees at once what is left to finish (a justification, a stale translation).
 */
export async function applyDocxImport(report: DocxImportReport, context: ImportContext): Promise<AppliedImport> {
  const root = context.workspace.catalogue.root;
  const plan = planApply(report.proposals, context, (file) => readFileSync(path.join(root, file), 'utf8'));
  const written = [...plan.files.keys()].sort();
  await writeFilesAtomically(written.map((file) => ({ path: path.join(root, file), bytes: plan.files.get(file)! })));
  const { diagnostics } = written.length > 0 ? await loadWorkspace(root, {}, RESOLVE_AND_CHECK) : { diagnostics: [] };
  return { plan, written, diagnostics };
}
