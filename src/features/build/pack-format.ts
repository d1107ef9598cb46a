import type { Diagnostic } from '../../lib/diagnostics.js';
import type { TenderDocument } from '../../document/tender-document.js';
import type { ResolvedSpec } from '../../resolve/resolved.js';
import type { Workspace } from '../../load/workspace.js';
import type { Resolution } from '../../resolve/resolve.js';
import type { PackFile } from '../../write/pack-file.js';

export type { PackFile };

/** What a format needs to produce its files for one spec. */
export interface PackContext {
  workspace: Workspace<Resolution>;
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
  /** its files do not depend on the language (fixed codes for programs): a spec with several languages gets them once */
  sameInEveryLanguage?: boolean;
  /** those of its files that do not depend on the language, written once, under the main language's name */
  neutralFiles?: readonly string[];
  render(context: PackContext): Promise<{ files: PackFile[]; diagnostics: Diagnostic[] }>;
}
