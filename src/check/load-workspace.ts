import type { Diagnostic } from '../lib/diagnostics.js';
import { loadI18n, type I18n } from '../load/i18n.js';
import { lint } from './engine.js';
import { resolveAll, resolveSome, type Resolution } from '../resolve/resolve.js';
import type { Catalogue } from '../load/catalogue.js';
import { loadCatalogue } from '../load/load-catalogue.js';
import { readWorkspace, type ReadOptions } from '../load/read-workspace.js';
import { cleanFiles, writeRequirementIndex } from '../load/cache/requirement-index.js';
import {
  openParseCache,
  openPositionCache,
  requirementIndexFile,
  requirementIndexStamp,
} from '../load/cache/parse-cache-file.js';
import { cachedLint } from '../load/cache/lint-cache.js';
import { parseCacheDefault } from '../load/cache/parse-cache-setting.js';

export interface LoadedWorkspace {
  catalogue: Catalogue;
  resolution: Resolution;
  /** translations and label files (absent only in hand-made test values) */
  i18n?: I18n;
  /** every problem of the workspace: loading, resolution and lint */
  diagnostics: Diagnostic[];
  /** files whose YAML came from the parse cache, and files parsed, when the cache was used */
  parseCache?: { reused: number; parsed: number };
}

export interface LoadOptions extends ReadOptions {
  /** run the lint rules (default); reports that only compare specs need the structure, not the writing rules */
  lint?: boolean;
  /**
   * Resolve only these specs and the specs they extend (without lint only: the lint rules look at every spec).
   * A report on one variant then neither pays for nor stops at the other specs.
   */
  specs?: readonly string[];
  /** keep parsed YAML, the index of clean files and the lint findings in out/.cache between runs (default: on for the command line, off for library calls) */
  cache?: boolean;
}

/** Reads, parses, resolves and lints a workspace: what `validate` reports and what `build` starts from. */
export async function loadWorkspace(root: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const files = await readWorkspace(root, options);
  const useCache = options.cache ?? parseCacheDefault();
  const cache = useCache ? openParseCache(files.root) : undefined;
  const positions = useCache ? openPositionCache(files.root) : undefined;
  const { catalogue, diagnostics } = loadCatalogue(files, cache, positions);
  const withLint = options.lint !== false;
  const resolution = !withLint && options.specs ? resolveSome(catalogue, options.specs) : resolveAll(catalogue);
  diagnostics.push(...resolution.diagnostics);
  const { i18n, diagnostics: i18nDiagnostics } = loadI18n(catalogue, cache, positions);
  diagnostics.push(...i18nDiagnostics);
  if (useCache) {
    // the requirement and translation files that read and check cleanly: a comparison of specs then reads only those it needs
    const translations = [...i18n.translations.values()].flatMap((byLang) => [...byLang.values()]);
    const clean = cleanFiles(files.requirements, catalogue.requirements.values(), translations, diagnostics);
    writeRequirementIndex(requirementIndexFile(files.root), requirementIndexStamp(files.config), clean);
  }
  cache?.save();
  if (withLint) {
    const run = () => lint(catalogue, resolution, undefined, i18n);
    // with the cache, the findings of the last run are taken when no input changed since
    diagnostics.push(...(useCache ? cachedLint(files.root, catalogue.sources, run) : run()));
  }
  // the findings above looked up the positions they point at; keep those for the next run
  positions?.save();
  return {
    catalogue,
    resolution,
    i18n,
    diagnostics,
    ...(cache ? { parseCache: { reused: cache.reused, parsed: cache.parsed } } : {}),
  };
}
