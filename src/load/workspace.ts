import type { Diagnostic } from '../lib/diagnostics.js';
import type { Catalogue } from './catalogue.js';
import type { I18n } from './i18n.js';
import type { AnnexFile } from './annex/load-annexes.js';

/**
 * A workspace as the load hands it on: its catalogue, how its specs resolved, its translations and labels, and every
 * problem found on the way. `R` is the resolution: `resolve/` defines it and lies above `load/`, so `load/` only
 * carries it (see `PipelineSteps`). Everything past the load names it `Workspace<Resolution>`.
 */
export interface Workspace<R> {
  catalogue: Catalogue;
  resolution: R;
  /** translations and label files (absent only in hand-made test values) */
  i18n?: I18n;
  /** every problem of the workspace: reading, parsing, resolution and checks */
  diagnostics: Diagnostic[];
  /** files whose YAML came from the parse cache, and files parsed, when the cache was used */
  parseCache?: { reused: number; parsed: number };
}

/** What every resolution has, whatever else it holds: the specs it resolved, by id, and its problems. */
export interface ResolutionShape {
  resolved: ReadonlyMap<string, unknown>;
  diagnostics: readonly Diagnostic[];
}

/**
 * The load's steps that lie above `load/` in the pipeline: resolving the specs' chains and checking the result. The
 * load runs them in order but does not import them; `check/pipeline-steps.ts` gives them, so the imports still flow
 * one way (load < resolve < check) while the one load entry lives here.
 */
export interface PipelineSteps<R extends ResolutionShape> {
  /** resolves every spec, or only `specs` and the specs they extend */
  resolve(catalogue: Catalogue, specs: readonly string[] | undefined): R;
  /** the checks that need the annex files as read (two annexes under one name; the files of an annex folder) */
  checkAnnexes(resolution: R, annexes: ReadonlyMap<string, AnnexFile> | undefined): Diagnostic[];
  /** the lint rules over the resolved workspace */
  lint(workspace: { catalogue: Catalogue; resolution: R; i18n: I18n }): Diagnostic[];
}
