import { availableParallelism } from 'node:os';
import { jobKey, readResult, writeResult, type AuditCache } from './audit-cache.ts';
import { WorkerPool } from '../parallel/worker-pool.ts';
import { certifyRanges, type Range, type StartBasis } from './linear-ranges.ts';
import type { LinearSystem } from './linear-system.ts';

/** One connected component of hidden cells to certify (see linear-ranges.ts). */
export interface CertifyJob {
  system: LinearSystem;
  wanted: number[];
  knownSolution: Float64Array;
  requiredWidth: number;
  /** Per wanted variable: its range must hold 0 and 1 instead (see `certifyRanges`). */
  reachZero?: boolean[];
  /** Where the simplex starts (the previous round's basis of these cells), if known. */
  start?: StartBasis;
  /** Groups of variables searched for feasible points on their own first (see `certifyRanges`). */
  blocks?: number[][];
}
export interface CertifyResult {
  ranges: Range[];
  linearPrograms: number;
  /** The last basis, to start the next round from. */
  basis?: StartBasis;
}

/** Certifies one component (on whichever thread). */
export const certifyJob = (job: CertifyJob): Promise<CertifyResult> =>
  certifyRanges(job.system, job.wanted, job.knownSolution, job.requiredWidth, job.start, job.reachZero, job.blocks);

/** What `auditSession` shares with workers it starts for a large problem: solve the warm-up component (lp-warm-up.ts) before the first task. */
export const WARM_UP = 'warm-up';

/** Worker threads for the components, kept across the audit's rounds (`close` ends them). */
export const lpWorkers = (threads = availableParallelism()) => new WorkerPool<CertifyJob, CertifyResult>(new URL('./lp-worker.ts', import.meta.url), { threads });

/**
 * Components smaller than this are solved on the main thread, unless the workers were started
 * for a large problem (`everyOnWorkers`): starting a worker would cost more than it saves.
 */
const WORKER_THRESHOLD = 200;

/** How many of a call's components were replayed from the cache (added to). */
export interface CertifyCounts {
  cached: number;
}

/**
 * Certifies independent components in parallel, one worker thread per core, largest first,
 * while this thread solves the small ones (with `everyOnWorkers` the workers take them too).
 * Each component's result does not depend on which thread solved it, so the output is
 * deterministic. With a cache (audit-cache.ts), a component
 * whose job was solved before is replayed from it, and every result solved is stored.
 */
export async function certifyAll(
  jobs: CertifyJob[],
  threads = availableParallelism(),
  workers?: ReturnType<typeof lpWorkers>,
  cache?: AuditCache,
  counts: CertifyCounts = { cached: 0 },
  /**
   * Every component goes to the workers (`workers` were started and warmed for a large problem):
   * on the national 10-year set the main thread, holding the whole build's heap, solved the
   * first round's 347 small components in ~1.6 s of its time against ~0.4 s on a warm worker.
   */
  everyOnWorkers = false,
): Promise<CertifyResult[]> {
  const results: CertifyResult[] = new Array(jobs.length);
  const onWorkers = (job: CertifyJob) => threads > 1 && (everyOnWorkers || job.system.lower.length >= WORKER_THRESHOLD);
  const entries = jobs.map((job, id) => ({ job, id, onWorkers: onWorkers(job), key: cache ? jobKey(cache, job) : undefined }));
  const open = entries.filter(({ id, key }) => {
    const found = cache && key ? readResult(cache, key) : undefined;
    if (found) results[id] = found;
    return !found;
  });
  counts.cached += jobs.length - open.length;
  const forWorkers = open.filter((entry) => entry.onWorkers);
  const here = open.filter((entry) => !entry.onWorkers);
  forWorkers.sort((a, b) => b.job.system.lower.length - a.job.system.lower.length || a.id - b.id);

  const solveInline = async ({ job, id }: { job: CertifyJob; id: number }) => {
    results[id] = await certifyJob(job);
  };
  // One component alone is solved here (no worker to start), unless the workers are warm and this thread's HiGHS is not.
  if (forWorkers.length === 0 || (forWorkers.length === 1 && !everyOnWorkers)) {
    for (const entry of [...forWorkers, ...here]) await solveInline(entry);
  } else {
    const pool = workers ?? lpWorkers(threads);
    const [solved] = await Promise.all([
      pool.run(forWorkers.map(({ job }) => job)).finally(() => (workers ? undefined : pool.close())),
      (async () => {
        for (const entry of here) await solveInline(entry);
      })(),
    ]);
    forWorkers.forEach(({ id }, index) => (results[id] = solved[index]!));
  }
  if (cache) for (const { id, key } of open) writeResult(cache, key!, results[id]!);
  return results;
}
