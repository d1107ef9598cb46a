import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackWorkerMessage, PackWorkerTask, PlannedPack } from './pack-worker-messages.js';

/** Below this many requirement renders, starting workers (each loads the workspace again) costs more than it saves. */
const MIN_WORK_FOR_WORKERS = 3000;

/**
 * What a worker holds at its peak, per byte of workspace sources: the parsed workspace, the parsed requirement texts,
 * one spec's document tree and its pack's bytes while they are written (some 330 MB for the 11 MB of sources of a
 * 5,000-requirement workspace), with room to spare.
 */
const WORKER_BYTES_PER_SOURCE_BYTE = 40;
/** What a worker thread costs before it loads anything: its own heap, the modules it runs. */
const WORKER_BASE_BYTES = 48 * 1024 * 1024;

export interface PlanningLoad {
  /** specs to plan */
  specs: number;
  /** requirements in the workspace */
  requirements: number;
  /** bytes of the workspace's source files */
  sourceBytes: number;
  /** --jobs, when given */
  requested: number | undefined;
  /** memory the process may still take, in bytes (0 when unknown) */
  availableMemory: number;
}

/**
 * How many threads plan the packs: this one, which holds the validated workspace already, and workers, each of which
 * loads its own. The cores (or --jobs) bound the count, and so does memory: a worker holds a workspace and a document,
 * and more workers than fit in the memory still available would only make the machine swap.
 */
export function planningThreads(load: PlanningLoad): number {
  const cores = load.requested ?? Math.min(availableParallelism(), 4);
  if (cores <= 1 || load.specs <= 1) return 1;
  if (load.requested === undefined && load.specs * load.requirements < MIN_WORK_FOR_WORKERS) return 1;
  const workersThatFit =
    load.availableMemory > 0 ? Math.floor(load.availableMemory / workerBytes(load.sourceBytes)) : Infinity;
  return Math.max(1, Math.min(cores, load.specs, 1 + workersThatFit));
}

/** The memory one worker is expected to need at its peak for a workspace of this many source bytes. */
export function workerBytes(sourceBytes: number): number {
  return WORKER_BASE_BYTES + sourceBytes * WORKER_BYTES_PER_SOURCE_BYTE;
}

/** The compiled worker, when running from dist/ (sources run by a test runner plan in-process instead). */
export function workerScript(): URL | undefined {
  const url = new URL('./pack-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Specs handed out one at a time through memory that the threads share: a thread that is done takes the next spec
 * itself, without asking another thread (this one may be busy planning), so no thread idles while specs are left.
 */
export class SpecQueue {
  private readonly next: Int32Array;

  constructor(
    private readonly specs: readonly string[],
    shared: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.next = new Int32Array(shared);
  }

  /** The memory to hand to another thread's SpecQueue over the same specs. */
  get shared(): SharedArrayBuffer {
    return this.next.buffer as SharedArrayBuffer;
  }

  /** The next spec no thread has taken, or undefined when none is left (or the queue was closed). */
  take(): string | undefined {
    const index = Atomics.add(this.next, 0, 1);
    return index < this.specs.length ? this.specs[index] : undefined;
  }

  /** Hands out no further spec. */
  close(): void {
    Atomics.store(this.next, 0, this.specs.length);
  }
}

export interface ThreadPlan {
  specs: readonly string[];
  /** worker threads besides this one (none when `script` is undefined) */
  workers: number;
  script: URL | undefined;
  /** what every worker is told besides the specs */
  task: Omit<PackWorkerTask, 'specs' | 'queue'>;
  /** plans one pack in this thread */
  plan: (spec: string) => Promise<PlannedPack>;
  /** takes each pack as soon as it is planned, in this thread, one at a time; false hands out no further spec */
  onPack: (pack: PlannedPack) => Promise<boolean>;
}

/**
 * Plans the specs on this thread and on worker threads at once, all taking specs from one queue. Packs are not held:
 * each goes to `onPack` as it comes, whichever thread planned it (a worker's bytes are transferred, not copied).
 * The first failure of any thread hands out no further spec and is thrown once every thread has stopped.
 */
export async function planOnThreads(p: ThreadPlan): Promise<void> {
  const queue = new SpecQueue(p.specs);
  let failure: { error: unknown } | undefined;
  const stop = (error: unknown): void => {
    failure ??= { error };
    queue.close();
  };
  let handled = Promise.resolve();
  const hand = (pack: PlannedPack): Promise<void> => {
    handled = handled
      .then(async () => {
        if (failure === undefined && !(await p.onPack(pack))) queue.close();
      })
      .catch(stop);
    return handled;
  };
  const script = p.script;
  const workers = script
    ? Array.from({ length: p.workers }, () =>
        runWorker(script, { ...p.task, specs: [...p.specs], queue: queue.shared }, hand).catch(stop),
      )
    : [];
  try {
    for (let spec = queue.take(); spec !== undefined; spec = queue.take()) await hand(await p.plan(spec));
  } catch (error) {
    stop(error);
  }
  await Promise.all(workers);
  await handled;
  if (failure) throw failure.error;
}

/** Runs one worker until it has planned all it took; its packs go to `hand`. */
function runWorker(script: URL, task: PackWorkerTask, hand: (pack: PlannedPack) => Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', (m: PackWorkerMessage) => {
      // the files arrive as Uint8Arrays over the buffers the worker transferred: no copy is needed
      if (m.kind === 'pack') void hand(m.pack);
      else settle(m.kind === 'done' ? undefined : new Error(m.message));
    });
    worker.once('error', settle);
    worker.once('exit', (code) =>
      settle(new Error(`a pack worker stopped (exit code ${code}) before it had planned its packs`)),
    );
  });
}
