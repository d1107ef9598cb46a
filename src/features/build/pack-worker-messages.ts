import type { Diagnostic } from '../../lib/diagnostics.js';
import type { PackFile } from '../../write/pack-file.js';

/** What a pack worker is asked to do: plan packs of one workspace, taking specs from a queue shared with other threads. */
export interface PackWorkerTask {
  root: string;
  /** every spec to plan; the queue says which are this worker's */
  specs: string[];
  /** the memory of the SpecQueue over `specs` */
  queue: SharedArrayBuffer;
  formats: string[];
  sourceDateEpoch: number | undefined;
  /** whether loads use the parse cache (the main thread's setting: a worker starts without one) */
  cache: boolean;
}

export interface PlannedPack {
  spec: string;
  files: PackFile[];
  diagnostics: Diagnostic[];
}

/** What a worker posts: each pack as soon as it is planned (so the main thread can write it and let it go), then done. */
export type PackWorkerMessage =
  | { kind: 'pack'; pack: PlannedPack }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };
