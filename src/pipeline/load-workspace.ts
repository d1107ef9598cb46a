import type { Diagnostic } from '../diagnostics.js';
import { lint } from '../lint/engine.js';
import { resolveAll, type Resolution } from '../spec/resolve.js';
import type { Catalogue } from '../workspace/catalogue.js';
import { loadCatalogue } from '../workspace/load-catalogue.js';
import { readWorkspace, type ReadOptions } from '../workspace/read-workspace.js';

export interface LoadedWorkspace {
  catalogue: Catalogue;
  resolution: Resolution;
  /** every problem of the workspace: loading, resolution and lint */
  diagnostics: Diagnostic[];
}

/** Reads, parses, resolves and lints a workspace: what `validate` reports and what `build` starts from. */
export async function loadWorkspace(root: string, options: ReadOptions = {}): Promise<LoadedWorkspace> {
  const files = await readWorkspace(root, options);
  const { catalogue, diagnostics } = loadCatalogue(files);
  const resolution = resolveAll(catalogue);
  diagnostics.push(...resolution.diagnostics);
  diagnostics.push(...lint(catalogue, resolution));
  return { catalogue, resolution, diagnostics };
}
