/**
 * Runs independent tasks on worker threads, one per core: the national set's year files and
 * the audit's components. A worker module answers with `serveTasks` (below). Tasks are handed
 * out in the order given (put the largest first); results come back in task order, whatever
 * thread solved them, so the output is deterministic. With `here`, the calling thread takes
 * tasks too, in place of one worker (one thread and its heap fewer, for work the calling thread
 * would only wait for).
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

export interface RunOptions<Task, Result> {
  /**
   * Solves a task on the calling thread, which then counts as one of the threads. Each worker
   * is then given a task ahead of the one it is solving, so that it does not wait while this
   * thread is busy.
   */
  here?: (task: Task) => Result | Promise<Result>;
}

interface Reply<Result> {
  id: number;
  result?: Result;
  error?: string;
}

export async function runInWorkers<Task, Result>(
  workerModule: URL,
  tasks: readonly Task[],
  options: PoolOptions & RunOptions<Task, Result> = {},
): Promise<Result[]> {
  const { here, ...poolOptions } = options;
  const pool = new WorkerPool<Task, Result>(workerModule, { ...poolOptions, threads: (poolOptions.threads ?? availableParallelism()) - (here ? 1 : 0) });
  try {
    return await pool.run(tasks, here ? { here } : {});
  } finally {
    await pool.close();
  }
}

/**
 * Worker threads kept between calls of `run` (the audit's rounds reuse them: no new thread, no
 * module or WebAssembly compiled again). Started on first need or by `start`; idle workers do not
 * keep the process alive. `close` ends them.
 */
export class WorkerPool<Task, Result> {
  readonly #module: URL;
  readonly #threads: number;
  readonly #workerData: unknown;
  readonly #resourceLimits: ResourceLimits | undefined;
  readonly #workers: Worker[] = [];
  #shared: { data: unknown } | undefined;

  constructor(workerModule: URL, options: PoolOptions = {}) {
    this.#module = workerModule;
    // None is possible only with `here` (the calling thread solves everything); else at least one.
    this.#threads = Math.max(0, options.threads ?? availableParallelism());
    this.#workerData = options.workerData;
    this.#resourceLimits = options.resourceLimits;
  }

  /**
   * Starts every worker now instead of on first need, so that they load their modules while the
   * caller prepares the first tasks (the audit's first round: ~1 s of building jobs on this thread).
   */
  start(): void {
    while (this.#workers.length < this.#threads) this.#spawn().unref();
  }

  /**
   * Hands every worker, started or still to come, `data` before its next task (`serveTasks`'s
   * `setup`): what the workers need but the caller has only once they are started (the
   * validation's desa codes: the worker loads its modules meanwhile).
   */
  share(data: unknown): void {
    this.#shared = { data };
    for (const worker of this.#workers) worker.postMessage({ shared: data });
  }

  #spawn(): Worker {
    const worker = new Worker(this.#module, { workerData: this.#workerData, ...(this.#resourceLimits ? { resourceLimits: this.#resourceLimits } : {}) });
    if (this.#shared) worker.postMessage({ shared: this.#shared.data });
    this.#workers.push(worker);
    return worker;
  }

  async run(tasks: readonly Task[], { here }: RunOptions<Task, Result> = {}): Promise<Result[]> {
    const results: Result[] = new Array(tasks.length);
    if (tasks.length === 0) return results;
    const threads = here ? Math.min(this.#threads, tasks.length - 1) : Math.max(1, Math.min(this.#threads, tasks.length));
    while (this.#workers.length < threads) this.#spawn();
    const workers = this.#workers.slice(0, threads);
    // Tasks a worker holds at once: the one it solves, and with `here` one waiting behind it.
    const ahead = here ? 2 : 1;
    let next = 0;
    const serve = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const stop = (error?: Error) => {
          worker.off('message', onMessage).off('error', stop).off('exit', onExit);
          worker.unref();
          if (error) reject(error);
          else resolve();
        };
        let pending = 0;
        const send = () => {
          while (pending < ahead && next < tasks.length) {
            const id = next++;
            pending++;
            worker.postMessage({ id, task: tasks[id] });
          }
          if (pending === 0) stop();
        };
        const onMessage = (reply: Reply<Result>) => {
          if (reply.error !== undefined) return stop(new Error(reply.error));
          results[reply.id] = reply.result!;
          pending--;
          send();
        };
        const onExit = (code: number) => stop(new Error(`worker stopped (exit ${code})`));
        worker.ref();
        worker.on('message', onMessage).on('error', stop).on('exit', onExit);
        send();
      });
    const solveHere = async (solve: NonNullable<typeof here>) => {
      while (next < tasks.length) {
        const id = next++;
        results[id] = await solve(tasks[id]!);
      }
    };
    try {
      await Promise.all([...workers.map(serve), ...(here ? [solveHere(here)] : [])]);
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

/**
 * Tasks handed to worker threads as they are made (`submit`), for work the calling thread
 * produces while it is still busy making more: the figures' PNGs, rendered while the figures are
 * drawn. Each worker holds at most `ahead` tasks (the one it solves and those waiting behind it);
 * the others wait here and are handed out as answers come back, that is whenever the calling
 * thread turns to its event loop. Workers start on first need (at most `threads`); a worker
 * with nothing to do does not keep the process alive. A task's promise rejects when its task
 * fails or its worker stops; a rejection is never reported as unhandled before the caller
 * awaits it.
 */
export class TaskStream<Task, Result> {
  readonly #module: URL;
  readonly #threads: number;
  readonly #ahead: number;
  readonly #workers: { worker: Worker; pending: number }[] = [];
  readonly #waiting: { id: number; task: Task }[] = [];
  #head = 0;
  readonly #open = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  #next = 0;
  #failed: Error | undefined;

  constructor(workerModule: URL, options: { threads?: number; ahead?: number } = {}) {
    this.#module = workerModule;
    this.#threads = Math.max(1, options.threads ?? availableParallelism());
    this.#ahead = Math.max(1, options.ahead ?? 2);
  }

  submit(task: Task): Promise<Result> {
    const id = this.#next++;
    const answer = new Promise<Result>((resolve, reject) => this.#open.set(id, { resolve, reject }));
    answer.catch(() => undefined);
    if (this.#failed) this.#settle(id, { id, error: this.#failed.message });
    else {
      this.#waiting.push({ id, task });
      this.#dispatch();
    }
    return answer;
  }

  #dispatch(): void {
    while (this.#head < this.#waiting.length) {
      const slot = this.#workers.find((candidate) => candidate.pending < this.#ahead) ?? (this.#workers.length < this.#threads ? this.#spawn() : undefined);
      if (!slot) return;
      const { id, task } = this.#waiting[this.#head]!;
      this.#waiting[this.#head++] = undefined as never;
      if (slot.pending++ === 0) slot.worker.ref();
      slot.worker.postMessage({ id, task });
    }
    this.#waiting.length = this.#head = 0;
  }

  #spawn(): { worker: Worker; pending: number } {
    const worker = new Worker(this.#module);
    const slot = { worker, pending: 0 };
    worker.on('message', (reply: Reply<Result>) => {
      if (--slot.pending === 0) worker.unref();
      this.#settle(reply.id, reply);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`worker stopped (exit ${code})`)));
    this.#workers.push(slot);
    return slot;
  }

  #settle(id: number, reply: Reply<Result>): void {
    const open = this.#open.get(id);
    if (!open) return;
    this.#open.delete(id);
    if (reply.error !== undefined) open.reject(new Error(reply.error));
    else open.resolve(reply.result!);
  }

  /** A worker died: every task not answered yet fails, and so does every later one. */
  #fail(error: Error): void {
    this.#failed ??= error;
    for (const id of [...this.#open.keys()]) this.#settle(id, { id, error: error.message });
    this.#waiting.length = this.#head = 0;
  }

  /** Ends the workers; tasks not answered yet fail. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0).map(({ worker }) => worker);
    for (const worker of workers) worker.removeAllListeners('exit');
    this.#fail(new Error('the task stream was closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker side: answers every task with `handle(task)`, one task at a time, in the order they
 * came; what the pool `share`s goes to `setup`, in its turn among the tasks (a promise it returns
 * is awaited before the next task).
 */
export function serveTasks<Task, Result>(handle: (task: Task) => Result | Promise<Result>, setup?: (shared: unknown) => unknown): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  let queue: Promise<unknown> = Promise.resolve();
  const answer = async ({ id, task }: { id: number; task: Task }) => {
    try {
      port.postMessage({ id, result: await handle(task) } satisfies Reply<Result>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<Result>);
    }
  };
  port.on('message', (message: { id: number; task: Task } | { shared: unknown }) => {
    queue = queue.then(() => ('shared' in message ? setup?.(message.shared) : answer(message)));
  });
}
