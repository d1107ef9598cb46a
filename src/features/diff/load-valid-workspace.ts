import { hasErrors, type Diagnostic } from '../../lib/diagnostics.js';
import { loadWorkspace, type LoadedWorkspace } from '../../check/load-workspace.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import { unknownIdMessage } from '../../lib/text/nearest.js';

export type Loaded<T> =
  | ({ kind: 'ok' } & T)
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'usage'; message: string };

/**
 * The workspace, when it has no errors: reports compare specs, and a spec with errors has no trustworthy resolution.
 * The lint rules (wording, procurement law) and the annex files are left to validate and build: they do not change
 * what a comparison shows.
 * `specs` limits resolution (and its errors) to the specs a report names and the specs they extend; `annexes` reads
 * the annex files too (and stops at one that cannot be read), for a report that looks into them.
 */
export async function loadValidWorkspace(
  root: string,
  specs?: readonly string[],
  options: { annexes?: boolean; cache?: boolean } = {},
): Promise<Loaded<{ workspace: LoadedWorkspace }>> {
  const annexes = options.annexes ?? false;
  const workspace = await loadWorkspace(root, {
    lint: false,
    annexes,
    cache: options.cache === true,
    ...(specs ? { specs } : {}),
  });
  if (hasErrors(workspace.diagnostics)) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  return { kind: 'ok', workspace };
}

/** A spec named on the command line, resolved; an unknown name is a usage error that lists the known ones. */
export function findSpec(workspace: LoadedWorkspace, id: string): ResolvedSpec | string {
  const resolved = workspace.resolution.resolved.get(id);
  if (resolved) return resolved;
  const known = [...workspace.catalogue.specs.keys()];
  return unknownIdMessage('spec', id, known);
}
