/**
 * Runs independent tasks on worker threads, one per core: the national set's year files and
 * the audit's components. A worker module answers with `serveTasks` (below). Tasks are handed
 * out in the order given (put the largest first); results come back in task order, whatever
 * thread solved them, so the output is deterministic.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Reply<Result> {
  id: number;
  result?: Result;
  error?: string;
}

export async function runInWorkers<Task, Result>(
  workerModule: URL,
  tasks: readonly Task[],
  options: { threads?: number; workerData?: unknown } = {},
): Promise<Result[]> {
  const results: Result[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  let next = 0;
  const count = Math.max(1, Math.min(options.threads ?? availableParallelism(), tasks.length));
  const workers = Array.from({ length: count }, () => new Worker(workerModule, { workerData: options.workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, task: tasks[id] });
            };
            worker.on('message', (reply: Reply<Result>) => {
              if (reply.error !== undefined) return reject(new Error(reply.error));
              results[reply.id] = reply.result!;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`worker stopped (exit ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
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
