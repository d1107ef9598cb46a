import { hasErrors, type Diagnostic } from '../lib/diagnostics.js';
import { loadWorkspace, type LoadedWorkspace } from '../check/load-workspace.js';
import { unknownIdMessage } from '../lib/text/nearest.js';

/** What an export reports: its result, the workspace's errors, or wrong usage. */
export type ExportOutcome<T> =
  | { kind: 'done'; value: T; diagnostics: Diagnostic[] }
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/** Loads and validates the workspace; an export starts only from a workspace without errors, like a build. */
export async function loadForExport(
  root: string,
  spec: string | undefined,
): Promise<
  | { kind: 'loaded'; workspace: LoadedWorkspace; diagnostics: Diagnostic[] }
  | Exclude<ExportOutcome<never>, { kind: 'done' }>
> {
  const workspace = await loadWorkspace(root);
  if (spec !== undefined && !workspace.catalogue.specs.has(spec)) {
    const known = [...workspace.catalogue.specs.keys()];
    return {
      kind: 'usage',
      message: unknownIdMessage('spec', spec, known),
    };
  }
  if (hasErrors(workspace.diagnostics)) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  return { kind: 'loaded', workspace, diagnostics: workspace.diagnostics };
}
