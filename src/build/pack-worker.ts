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

export interface PackWorkerResult {
  packs: Array<{ spec: string; files: PackFile[]; diagnostics: Diagnostic[] }>;
}

async function run(task: PackWorkerTask): Promise<PackWorkerResult> {
  const workspace = await loadWorkspace(task.root);
  const formats = selectFormats(task.formats);
  if (typeof formats === 'string') throw new Error(formats);
  const packs: PackWorkerResult['packs'] = [];
  for (const spec of task.specs) {
    const planned = await planPack(workspace, spec, formats, task.sourceDateEpoch);
    packs.push({ spec, ...planned });
  }
  return { packs };
}

if (parentPort) {
  const port = parentPort;
  run(workerData as PackWorkerTask).then(
    (result) => port.postMessage({ ok: true, result }, result.packs.flatMap((p) => p.files.map((f) => f.bytes.buffer as ArrayBuffer))),
    (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
}
