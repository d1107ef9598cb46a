import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackWorkerMessage, PackWorkerTask, PlannedPack } from './pack-worker.js';

/** Below this many requirement renders, starting workers (each loads the workspace again) costs more than it saves. */
const MIN_WORK_FOR_WORKERS = 3000;

export function workerCount(specs: number, requirements: number, requested: number | undefined): number {
  const cores = requested ?? Math.min(availableParallelism(), 4);
  if (cores <= 1 || specs <= 1) return 1;
  if (requested === undefined && specs * requirements < MIN_WORK_FOR_WORKERS) return 1;
  return Math.min(cores, specs);
}

/** The compiled worker, when running from dist/ (sources run by a test runner plan in-process instead). */
export function workerScript(): URL | undefined {
  const url = new URL('./pack-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Splits specs over workers so each gets a similar share, keeping the given order inside each share. */
export function shares<T>(items: readonly T[], count: number): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, i) => out[i % count]!.push(item));
  return out.filter((s) => s.length > 0);
}

/** Plans packs on worker threads, handing each pack to `onPack` as soon as a worker has it (packs are not held). */
export async function planOnWorkers(
  script: URL,
  task: Omit<PackWorkerTask, 'specs'>,
  specs: readonly string[],
  count: number,
  onPack: (pack: PlannedPack) => Promise<void>,
): Promise<void> {
  let handled = Promise.resolve();
  await Promise.all(
    shares(specs, count).map(
      (part) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { ...task, specs: part } satisfies PackWorkerTask });
          worker.on('message', (m: PackWorkerMessage) => {
            if (m.kind === 'pack') {
              const pack = { ...m.pack, files: m.pack.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })) };
              handled = handled.then(() => onPack(pack));
              return;
            }
            void worker.terminate();
            if (m.kind === 'done') resolve();
            else reject(new Error(m.message));
          });
          worker.once('error', reject);
        }),
    ),
  );
  await handled;
}
