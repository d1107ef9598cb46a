import { hasErrors, type Diagnostic } from '../lib/diagnostics.js';
import { loadWorkspace, type LoadedWorkspace } from '../check/load-workspace.js';
import { unknownIdMessage } from '../lib/text/nearest.js';
import { specIdFromPath } from '../load/spec/parse-spec.js';

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
    // a spec file that exists but did not parse is an input error to show, not an unknown name
    if (workspace.diagnostics.some((d) => d.severity === 'error' && isSpecFile(d.file, spec)))
      return { kind: 'invalid', diagnostics: workspace.diagnostics };
    const known = [...workspace.catalogue.specs.keys()];
    return {
      kind: 'usage',
      message: unknownIdMessage('spec', spec, known),
    };
  }
  if (hasErrors(workspace.diagnostics)) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  return { kind: 'loaded', workspace, diagnostics: workspace.diagnostics };
}

function isSpecFile(file: string, spec: string): boolean {
  return file.startsWith('specs/') && /\.ya?ml$/.test(file) && specIdFromPath(file) === spec;
}
