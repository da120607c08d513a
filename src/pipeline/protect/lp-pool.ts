import { availableParallelism } from 'node:os';
import { runInWorkers } from '../parallel/worker-pool.ts';
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
 * Certifies independent components in parallel, one worker thread per core, largest first,
 * while this thread solves the small ones. Each component's result does not depend on which
 * thread solved it, so the output is deterministic.
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
  const [solved] = await Promise.all([
    runInWorkers<CertifyJob, CertifyResult>(new URL('./lp-worker.ts', import.meta.url), big.map(({ job }) => job), { threads }),
    (async () => {
      for (const entry of small) await solveInline(entry);
    })(),
  ]);
  big.forEach(({ id }, index) => (results[id] = solved[index]!));
  return results;
}
