import type { Requirement } from './requirement/requirement.js';
import type { Spec } from './spec/spec.js';
import type { WorkspaceConfig } from './config.js';
import type { SourceFile } from './source-file.js';
import type { AnnexFile } from './annex/load-annexes.js';

/** Everything tenderkit knows about a workspace after parsing: the input of every later stage. */
export interface Catalogue {
  root: string;
  config: WorkspaceConfig;
  /** in id order */
  requirements: Map<string, Requirement>;
  /** in id order */
  specs: Map<string, Spec>;
  templates: Map<string, string>;
  /** every input file read, for the manifest */
  sources: SourceFile[];
  /** the files of the specs' annexes by path, as read (absent where a catalogue is made without reading them) */
  annexes?: ReadonlyMap<string, AnnexFile>;
}
