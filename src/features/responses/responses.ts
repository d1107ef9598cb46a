import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { checkResponses, type ResponsesReport } from './check-responses.js';
import { readXlsxFile } from './read-xlsx.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';

export type ResponsesOutcome =
  | { kind: 'checked'; report: ResponsesReport; diagnostics: Diagnostic[] }
  | { kind: 'unreadable'; message: string }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/** Reads a returned response form and compares it with the spec as the workspace states it now. */
export async function checkResponseFile(options: {
  root: string;
  spec: string;
  file: string;
  displayName: string;
}): Promise<ResponsesOutcome> {
  const workspace = await loadWorkspace(options.root, {}, RESOLVE_AND_CHECK);
  const resolved = workspace.resolution.resolved.get(options.spec);
  if (!workspace.catalogue.specs.has(options.spec)) {
    const known = [...workspace.catalogue.specs.keys()];
    return {
      kind: 'usage',
      message: unknownIdMessage('spec', options.spec, known),
    };
  }
  if (hasErrors(workspace.diagnostics) || !resolved) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  const read = await readXlsxFile(options.file);
  if (!read.ok) return { kind: 'unreadable', message: read.message };
  return {
    kind: 'checked',
    report: checkResponses(read.workbook, resolved, workspace, options.displayName),
    diagnostics: workspace.diagnostics,
  };
}
