import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { loadWorkspace } from '../pipeline/load-workspace.js';
import { planPack, selectFormats } from './build-packs.js';
import type { PackFile } from './pack-format.js';

/** What a pack worker is asked to do: plan some specs' packs of one workspace. */
export interface PackWorkerTask {
  root: string;
  specs: string[];
  formats: string[];
  sourceDateEpoch: number | undefined;
}

export interface PlannedPack {
  spec: string;
  files: PackFile[];
  diagnostics: Diagnostic[];
}

/** What a worker posts: each pack as soon as it is planned (so the main thread can write it and let it go), then done. */
export type PackWorkerMessage = { kind: 'pack'; pack: PlannedPack } | { kind: 'done' } | { kind: 'failed'; message: string };

async function run(task: PackWorkerTask, post: (m: PackWorkerMessage, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const workspace = await loadWorkspace(task.root);
  const formats = selectFormats(task.formats);
  if (typeof formats === 'string') throw new Error(formats);
  for (const spec of task.specs) {
    const planned = await planPack(workspace, spec, formats, task.sourceDateEpoch);
    post({ kind: 'pack', pack: { spec, ...planned } }, planned.files.map((f) => f.bytes.buffer as ArrayBuffer));
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as PackWorkerTask, (m, transfer) => port.postMessage(m, transfer ?? [])).then(
    () => port.postMessage({ kind: 'done' } satisfies PackWorkerMessage),
    (err: unknown) => port.postMessage({ kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies PackWorkerMessage),
  );
}
