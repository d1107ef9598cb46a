import type { Diagnostic } from '../lib/diagnostics.js';
import { loadI18n, type I18n } from '../load/i18n.js';
import { lint } from './engine.js';
import { RULES } from './registry.js';
import { gitReviewHistory } from './review-history.js';
import { resolveAll, resolveSome, type Resolution } from '../resolve/resolve.js';
import type { Catalogue } from '../load/catalogue.js';
import { loadAnnexes } from '../load/annex/load-annexes.js';
import { annexNameClashes } from './annex-names.js';
import { loadCatalogue, type KnownRequirements } from '../load/load-catalogue.js';
import { readWorkspace, type ReadOptions } from '../load/read-workspace.js';
import { Cache, type ContentStore } from '../load/cache/cache.js';
import { memoisedLint } from './memoised-lint.js';

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
  /**
   * read and check the files of the specs' annexes (default); a comparison of specs shows nothing of them, so it
   * neither reads them nor stops at one that is missing
   */
  annexes?: boolean;
  /** use the workspace's cache (src/load/cache/cache.ts) for parsed files, clean files and the lint findings (default: off) */
  cache?: boolean;
  /**
   * Parsed YAML to look up (and add to) instead of the cache's store: the caller keeps it, for several loads of one
   * workspace (two revisions of it) that share most files.
   */
  store?: ContentStore;
  /** requirements parsed before from the same bytes (another revision of the workspace), taken as they are */
  knownRequirements?: KnownRequirements;
}

/** Reads, parses, resolves and lints a workspace: what `validate` reports and what `build` starts from. */
export async function loadWorkspace(root: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const files = await readWorkspace(root, options);
  const cache = options.cache ? Cache.open(files.root) : undefined;
  const store = options.store ?? cache?.parsed;
  const parsed = loadCatalogue(files, store, cache?.positions, options.knownRequirements);
  const { diagnostics } = parsed;
  const withAnnexes = options.annexes !== false;
  const read = withAnnexes
    ? loadAnnexes(
        files.root,
        parsed.catalogue.specs.values(),
        options.maxFileBytes ?? parsed.catalogue.config.maxFileBytes,
      )
    : undefined;
  diagnostics.push(...(read?.diagnostics ?? []));
  const catalogue: Catalogue = read ? { ...parsed.catalogue, annexes: read.annexes } : parsed.catalogue;
  const withLint = options.lint !== false;
  const resolution = !withLint && options.specs ? resolveSome(catalogue, options.specs) : resolveAll(catalogue);
  diagnostics.push(...resolution.diagnostics, ...(withAnnexes ? annexNameClashes(resolution, read?.annexes) : []));
  const { i18n, diagnostics: i18nDiagnostics } = loadI18n(catalogue, store, cache?.positions);
  diagnostics.push(...i18nDiagnostics);
  if (cache) {
    // the requirement and translation files that read and check cleanly: a comparison of specs then reads only those it needs
    const translations = [...i18n.translations.values()].flatMap((byLang) => [...byLang.values()]);
    cache
      .clean(files.config)
      .rememberLoad(files.requirements, catalogue.requirements.values(), translations, diagnostics);
  }
  if (withLint) {
    const run = () => lint(catalogue, resolution, RULES, { history: gitReviewHistory(files.root), i18n });
    // with the cache, the findings of the last run are taken when no input changed since
    diagnostics.push(...(cache ? memoisedLint(cache, catalogue.sources, run) : run()));
  }
  // after the lint findings: they looked up the positions they point at, kept for the next run
  cache?.save();
  return {
    catalogue,
    resolution,
    i18n,
    diagnostics,
    ...(cache && !options.store ? { parseCache: { reused: cache.parsed.hits, parsed: cache.parsed.misses } } : {}),
  };
}
