/**
 * A worker for tests/unit/worker-pool.test.ts: doubles a number after a wait, says which thread
 * did it, how many tasks this worker had under way at once and what the pool shared with it last;
 * fails when asked to, and refuses to take 'unusable' as shared data.
 */
import { threadId } from 'node:worker_threads';
import { serveTasks } from '../../src/pipeline/parallel/worker-pool.ts';
import type { PoolTask, PoolAnswer } from './pool-task.ts';

let active = 0;
let shared: unknown;
serveTasks<PoolTask, PoolAnswer>(
  async ({ value, waitMs, fail }) => {
    active++;
    const atOnce = active;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    active--;
    if (fail) throw new Error(`task ${value} failed`);
    return { doubled: value * 2, thread: threadId, atOnce, shared };
  },
  (data) => {
    if (data === 'unusable') throw new Error('setup refused the shared data');
    shared = data;
  },
);
