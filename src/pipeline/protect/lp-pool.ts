import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { certifyRanges, type LinearSystem, type Range } from './linear-ranges.ts';

/** One connected component of hidden cells to certify (see linear-ranges.ts). */
export interface CertifyJob {
  system: LinearSystem;
  wanted: number[];
  knownSolution: number[];
  requiredWidth: number;
}
export interface CertifyResult {
  ranges: Range[];
  linearPrograms: number;
}

/** Components smaller than this are solved on the main thread: a worker would cost more than it saves. */
const WORKER_THRESHOLD = 200;

/**
 * Certifies independent components in parallel, one worker thread per core, largest first.
 * Each component's result does not depend on which thread solved it, so the output is
 * deterministic.
 */
export async function certifyAll(jobs: CertifyJob[], threads = availableParallelism()): Promise<CertifyResult[]> {
  const results: CertifyResult[] = new Array(jobs.length);
  const big = jobs.map((job, id) => ({ job, id })).filter(({ job }) => job.system.lower.length >= WORKER_THRESHOLD);
  const small = jobs.map((job, id) => ({ job, id })).filter(({ job }) => job.system.lower.length < WORKER_THRESHOLD);
  big.sort((a, b) => b.job.system.lower.length - a.job.system.lower.length || a.id - b.id);

  const solveInline = async ({ job, id }: { job: CertifyJob; id: number }) => {
    results[id] = await certifyRanges(job.system, job.wanted, job.knownSolution, job.requiredWidth);
  };
  if (threads <= 1 || big.length <= 1) {
    for (const entry of [...big, ...small]) await solveInline(entry);
    return results;
  }

  const queue = [...big];
  const workerCount = Math.min(threads, big.length);
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./lp-worker.ts', import.meta.url)));
  try {
    await Promise.all([
      ...workers.map(async (worker) => {
        let pending: { resolve: (result: CertifyResult) => void; reject: (error: Error) => void } | undefined;
        worker.on('message', (message: { result?: CertifyResult; error?: string }) => {
          if (message.error) pending?.reject(new Error(message.error));
          else pending?.resolve(message.result!);
        });
        worker.on('error', (error) => pending?.reject(error));
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { id, job } = next;
          results[id] = await new Promise<CertifyResult>((resolve, reject) => {
            pending = { resolve, reject };
            worker.postMessage({ id, job });
          });
        }
      }),
      (async () => {
        for (const entry of small) await solveInline(entry);
      })(),
    ]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
