/** A task of tests/support/pool-worker.ts and its answer. */
export interface PoolTask {
  value: number;
  waitMs: number;
  fail?: boolean;
}

export interface PoolAnswer {
  doubled: number;
  thread: number;
  /** Tasks the thread had under way when it started this one. */
  atOnce: number;
  /** What the pool shared with the worker last (`WorkerPool.share`). */
  shared?: unknown;
}
