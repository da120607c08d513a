/**
 * Runs independent tasks on worker threads, one per core: the national set's year files and
 * the audit's components. A worker module answers with `serveTasks` (below). Tasks are handed
 * out in the order given (put the largest first); results come back in task order, whatever
 * thread solved them, so the output is deterministic.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  threads?: number;
  /** Handed to every worker as `workerData`. */
  workerData?: unknown;
  /** V8 heap limits of each worker (e.g. a small young generation for workers that allocate much and keep little). */
  resourceLimits?: ResourceLimits;
}

interface Reply<Result> {
  id: number;
  result?: Result;
  error?: string;
}

export async function runInWorkers<Task, Result>(
  workerModule: URL,
  tasks: readonly Task[],
  options: PoolOptions = {},
): Promise<Result[]> {
  const pool = new WorkerPool<Task, Result>(workerModule, options);
  try {
    return await pool.run(tasks);
  } finally {
    await pool.close();
  }
}

/**
 * Worker threads kept between calls of `run` (the audit's rounds reuse them: no new thread, no
 * module or WebAssembly compiled again). Started on first need; idle workers do not keep the
 * process alive. `close` ends them.
 */
export class WorkerPool<Task, Result> {
  readonly #module: URL;
  readonly #threads: number;
  readonly #workerData: unknown;
  readonly #resourceLimits: ResourceLimits | undefined;
  readonly #workers: Worker[] = [];

  constructor(workerModule: URL, options: PoolOptions = {}) {
    this.#module = workerModule;
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
    this.#workerData = options.workerData;
    this.#resourceLimits = options.resourceLimits;
  }

  async run(tasks: readonly Task[]): Promise<Result[]> {
    const results: Result[] = new Array(tasks.length);
    if (tasks.length === 0) return results;
    while (this.#workers.length < Math.min(this.#threads, tasks.length)) this.#workers.push(new Worker(this.#module, { workerData: this.#workerData, ...(this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {}) }));
    const workers = this.#workers.slice(0, Math.min(this.#threads, tasks.length));
    let next = 0;
    const serve = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const stop = (error?: Error) => {
          worker.off('message', onMessage).off('error', stop).off('exit', onExit);
          worker.unref();
          if (error) reject(error);
          else resolve();
        };
        const send = () => {
          if (next >= tasks.length) return stop();
          const id = next++;
          worker.postMessage({ id, task: tasks[id] });
        };
        const onMessage = (reply: Reply<Result>) => {
          if (reply.error !== undefined) return stop(new Error(reply.error));
          results[reply.id] = reply.result!;
          send();
        };
        const onExit = (code: number) => stop(new Error(`worker stopped (exit ${code})`));
        worker.ref();
        worker.on('message', onMessage).on('error', stop).on('exit', onExit);
        send();
      });
    try {
      await Promise.all(workers.map(serve));
    } catch (error) {
      await this.close();
      throw error;
    }
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.splice(0).map((worker) => worker.terminate()));
  }
}

/** The worker side: answers every task with `handle(task)`. */
export function serveTasks<Task, Result>(handle: (task: Task) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', async ({ id, task }: { id: number; task: Task }) => {
    try {
      port.postMessage({ id, result: await handle(task) } satisfies Reply<Result>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<Result>);
    }
  });
}
