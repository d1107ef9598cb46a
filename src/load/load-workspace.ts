import { hasErrors, type Diagnostic } from '../lib/diagnostics.js';
import type { Result } from '../lib/result.js';
import { loadAnnexes } from './annex/load-annexes.js';
import { Cache, type ContentStore } from './cache/cache.js';
import type { Catalogue } from './catalogue.js';
import { comparedChains } from './compared-chains.js';
import { loadI18n } from './i18n.js';
import { memoisedCheck } from './memoised-check.js';
import { parseCatalogue, type KnownRequirements } from './parse-catalogue.js';
import { readFiles, type ReadOptions, type WorkspaceDigest, type WorkspaceFiles } from './read-files.js';
import type { PipelineSteps, ResolutionShape, Workspace } from './workspace.js';

/** What every load may say: where the files come from and how much of the pipeline to run on them. */
export interface LoadOptions extends ReadOptions {
  /**
   * The files themselves, already in memory, instead of reading them (requirement files about to be imported,
   * checked as the workspace would check them before any is written).
   */
  files?: WorkspaceFiles;
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

/** `until: 'parse'`: read the files and parse the catalogue, no more (scaffolding, a past revision's catalogue). */
export interface ParseOnly extends Pick<LoadOptions, 'files' | 'source' | 'maxFileBytes'> {
  until: 'parse';
}

/** The catalogue as parsed, the files it was parsed from, and what reading and parsing found. */
export interface ParsedWorkspace {
  catalogue: Catalogue;
  files: WorkspaceFiles;
  diagnostics: Diagnostic[];
}

/**
 * `valid: true`: the workspace only when it has no errors, else its diagnostics (`invalid`): what a report or an
 * export starts from. Without lint and annexes by default: reports compare specs, and the lint rules (wording,
 * procurement law) and the annex files do not change what a comparison shows.
 */
export interface ValidOnly extends LoadOptions {
  valid: true;
  /**
   * The files as hashed just before (`digestWorkspace`): with it, and `specs` of one chain, a comparison reads only
   * the requirements that chain names when every file is known clean (see compared-chains.ts); `unnamed` then counts
   * the requirements left unread, by domain.
   */
  compare?: WorkspaceDigest;
}

/** A workspace without errors; `unnamed` when a comparison left requirements unread (`compare`). */
export type ValidWorkspace<R> = Result<{ workspace: Workspace<R>; unnamed?: ReadonlyMap<string, number> }>;

/**
 * The one load of a workspace: read the files, parse the catalogue, resolve the specs' chains, check the result.
 * The steps above `load/` (resolve, check) come as `steps`; the options name what a caller needs of the rest:
 * `until: 'parse'` stops after parsing, `valid: true` refuses a workspace with errors, `specs` and `annexes`
 * narrow what is resolved and read, `cache` reuses the work of earlier runs.
 */
export function loadWorkspace(root: string, options: ParseOnly): ParsedWorkspace;
export function loadWorkspace<R extends ResolutionShape>(
  root: string,
  options: ValidOnly,
  steps: PipelineSteps<R>,
): ValidWorkspace<R>;
export function loadWorkspace<R extends ResolutionShape>(
  root: string,
  options: LoadOptions,
  steps: PipelineSteps<R>,
): Workspace<R>;
export function loadWorkspace<R extends ResolutionShape>(
  root: string,
  options: LoadOptions | ParseOnly | ValidOnly,
  steps?: PipelineSteps<R>,
): ParsedWorkspace | Workspace<R> | ValidWorkspace<R> {
  if ('until' in options) return parse(root, options);
  if (!steps) throw new Error('loadWorkspace: the steps above load/ are needed to resolve and check');
  if ('valid' in options) return loadValid(root, options, steps);
  return load(root, options, steps);
}

function parse(root: string, options: ParseOnly): ParsedWorkspace {
  const files = options.files ?? readFiles(root, options);
  const { catalogue, diagnostics } = parseCatalogue(files);
  return { catalogue, files, diagnostics };
}

function loadValid<R extends ResolutionShape>(
  root: string,
  options: ValidOnly,
  steps: PipelineSteps<R>,
): ValidWorkspace<R> {
  const { valid: _valid, compare, ...rest } = options;
  const partial = compare && options.specs ? comparedChains(compare, options.specs, steps) : undefined;
  if (partial) return { kind: 'ok', ...partial };
  const workspace = load(root, { lint: false, annexes: false, ...rest }, steps);
  if (hasErrors(workspace.diagnostics)) return { kind: 'invalid', diagnostics: workspace.diagnostics };
  return { kind: 'ok', workspace };
}

function load<R extends ResolutionShape>(root: string, options: LoadOptions, steps: PipelineSteps<R>): Workspace<R> {
  const files = options.files ?? readFiles(root, options);
  const cache = options.cache ? Cache.open(files.root) : undefined;
  const store = options.store ?? cache?.parsed;
  const parsed = parseCatalogue(files, store, cache?.positions, options.knownRequirements);
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
  const resolution = steps.resolve(catalogue, !withLint ? options.specs : undefined);
  diagnostics.push(...resolution.diagnostics, ...(withAnnexes ? steps.checkAnnexes(resolution, read?.annexes) : []));
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
    const run = () => steps.lint({ catalogue, resolution, i18n });
    // with the cache, the findings of the last run are taken when no input changed since
    diagnostics.push(...(cache ? memoisedCheck(cache, catalogue.sources, run) : run()));
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
