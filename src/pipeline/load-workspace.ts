import type { Diagnostic } from '../diagnostics.js';
import { loadI18n, type I18n } from '../i18n/i18n.js';
import { lint } from '../lint/engine.js';
import { resolveAll, type Resolution } from '../spec/resolve.js';
import type { Catalogue } from '../workspace/catalogue.js';
import { loadCatalogue } from '../workspace/load-catalogue.js';
import { readWorkspace, type ReadOptions } from '../workspace/read-workspace.js';

export interface LoadedWorkspace {
  catalogue: Catalogue;
  resolution: Resolution;
  /** translations and label files (absent only in hand-made test values) */
  i18n?: I18n;
  /** every problem of the workspace: loading, resolution and lint */
  diagnostics: Diagnostic[];
}

export interface LoadOptions extends ReadOptions {
  /** run the lint rules (default); reports that only compare specs need the structure, not the writing rules */
  lint?: boolean;
}

/** Reads, parses, resolves and lints a workspace: what `validate` reports and what `build` starts from. */
export async function loadWorkspace(root: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const files = await readWorkspace(root, options);
  const { catalogue, diagnostics } = loadCatalogue(files);
  const resolution = resolveAll(catalogue);
  diagnostics.push(...resolution.diagnostics);
  const { i18n, diagnostics: i18nDiagnostics } = loadI18n(catalogue);
  diagnostics.push(...i18nDiagnostics);
  if (options.lint !== false) diagnostics.push(...lint(catalogue, resolution));
  return { catalogue, resolution, i18n, diagnostics };
}
