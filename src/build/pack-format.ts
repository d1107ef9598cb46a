import type { Diagnostic } from '../diagnostics.js';
import type { TenderDocument } from '../document/tender-document.js';
import type { ResolvedSpec } from '../spec/resolved.js';
import type { LoadedWorkspace } from '../pipeline/load-workspace.js';

export interface PackFile {
  /** name inside the pack folder */
  name: string;
  bytes: Uint8Array;
}

/** What a format needs to produce its files for one spec. */
export interface PackContext {
  workspace: LoadedWorkspace;
  resolved: ResolvedSpec;
  /** the tender document tree (built once per spec, shared by the formats) */
  document: TenderDocument;
  /** the fixed date of the build: SOURCE_DATE_EPOCH, the spec's date, or a fixed default */
  date: Date;
}

/** One output format of a tender pack, selected with `--format <id>`. */
export interface PackFormat {
  id: string;
  description: string;
  /** whether `build` writes it when no --format is given */
  byDefault: boolean;
  render(context: PackContext): Promise<{ files: PackFile[]; diagnostics: Diagnostic[] }>;
}
