import { parentPort, workerData } from 'node:worker_threads';
import { loadWorkspace } from '../../load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../check/pipeline-steps.js';
import { planPack, selectFormats } from './build-packs.js';
import type { PackWorkerMessage, PackWorkerTask } from './pack-worker-messages.js';
import type { PackFile } from '../../write/pack-file.js';
import { SpecQueue } from './parallel-plan.js';

async function run(
  task: PackWorkerTask,
  post: (m: PackWorkerMessage, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  // the main thread validated the workspace, lint rules included, before it started the workers: a worker needs only
  // the values it renders, and only the specs to plan resolved
  const workspace = await loadWorkspace(
    task.root,
    { lint: false, specs: task.specs, cache: task.cache },
    RESOLVE_AND_CHECK,
  );
  const formats = selectFormats(task.formats);
  if (typeof formats === 'string') throw new Error(formats);
  const queue = new SpecQueue(task.specs, task.queue);
  for (let spec = queue.take(); spec !== undefined; spec = queue.take()) {
    const planned = await planPack(workspace, spec, formats, task.sourceDateEpoch);
    // transferred, not copied: the bytes leave this thread with the message
    post({ kind: 'pack', pack: { spec, ...planned } }, buffersOf(planned.files));
  }
}

/** Each buffer under the files once (a buffer listed twice cannot be transferred). */
function buffersOf(files: readonly PackFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const f of files) if (f.bytes.buffer instanceof ArrayBuffer) buffers.add(f.bytes.buffer);
  return [...buffers];
}

if (parentPort) {
  const port = parentPort;
  run(workerData as PackWorkerTask, (m, transfer) => port.postMessage(m, transfer ?? [])).then(
    () => port.postMessage({ kind: 'done' } satisfies PackWorkerMessage),
    (err: unknown) =>
      port.postMessage({
        kind: 'failed',
        message: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies PackWorkerMessage),
  );
}
