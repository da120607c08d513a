import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runInWorkers, TaskStream, WorkerPool } from '../../src/pipeline/parallel/worker-pool.ts';
import type { PoolAnswer, PoolTask } from '../support/pool-task.ts';

const WORKER = new URL('../support/pool-worker.ts', import.meta.url);
const tasks = (count: number, waitMs: number): PoolTask[] => Array.from({ length: count }, (_, value) => ({ value, waitMs }));
/** The calling thread's share: the same answer as the worker's, after the same wait. */
const here = async ({ value, waitMs, fail }: PoolTask): Promise<PoolAnswer> => {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  if (fail) throw new Error(`task ${value} failed`);
  return { doubled: value * 2, thread: threadId, atOnce: 1 };
};

describe('the worker pool', () => {
  it('gives the answers in task order, each task solved once, by the workers and (with `here`) the calling thread', async () => {
    const answers = await runInWorkers<PoolTask, PoolAnswer>(WORKER, tasks(16, 20), { threads: 2, here });
    expect(answers.map((answer) => answer.doubled)).toEqual(tasks(16, 0).map((task) => task.value * 2));
    const threads = new Set(answers.map((answer) => answer.thread));
    // The worker is handed two tasks at once when it starts, so it solves at least those.
    expect(threads.has(threadId)).toBe(true);
    expect(threads.size).toBe(2);
  });

  it('has a worker solve the task handed to it ahead one after the other, not at once', async () => {
    const answers = await runInWorkers<PoolTask, PoolAnswer>(WORKER, tasks(8, 30), { threads: 2, here });
    const byWorker = answers.filter((answer) => answer.thread !== threadId);
    expect(byWorker.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...byWorker.map((answer) => answer.atOnce))).toBe(1);
  });

  it('solves everything on the calling thread when it is the only thread asked for', async () => {
    const answers = await runInWorkers<PoolTask, PoolAnswer>(WORKER, tasks(3, 1), { threads: 1, here });
    expect(answers.map((answer) => [answer.doubled, answer.thread])).toEqual([[0, threadId], [2, threadId], [4, threadId]]);
  });

  it('uses workers only without `here`, and fails the run when a task fails', async () => {
    const answers = await runInWorkers<PoolTask, PoolAnswer>(WORKER, tasks(4, 1), { threads: 2 });
    expect(answers.every((answer) => answer.thread !== threadId)).toBe(true);
    const failing = [...tasks(4, 1), { value: 9, waitMs: 1, fail: true }];
    await expect(runInWorkers<PoolTask, PoolAnswer>(WORKER, failing, { threads: 2, here })).rejects.toThrow(/task 9 failed/);
  });

  it('hands what it shares to the workers already started and to those started later, before their next task', async () => {
    const pool = new WorkerPool<PoolTask, PoolAnswer>(WORKER, { threads: 2 });
    try {
      pool.start();
      pool.share('codes');
      const first = await pool.run(tasks(6, 5));
      expect(new Set(first.map((answer) => answer.thread)).size).toBe(2);
      expect(first.every((answer) => answer.shared === 'codes')).toBe(true);
      pool.share('newer');
      expect((await pool.run(tasks(4, 1))).every((answer) => answer.shared === 'newer')).toBe(true);
    } finally {
      await pool.close();
    }
    const later = new WorkerPool<PoolTask, PoolAnswer>(WORKER, { threads: 2 });
    try {
      later.share('before any worker');
      expect((await later.run(tasks(4, 1))).every((answer) => answer.shared === 'before any worker')).toBe(true);
    } finally {
      await later.close();
    }
  });

  it('fails the run when a worker cannot take what is shared with it, with its error', async () => {
    const pool = new WorkerPool<PoolTask, PoolAnswer>(WORKER, { threads: 1 });
    try {
      pool.share('unusable');
      await expect(pool.run(tasks(2, 1))).rejects.toThrow(/setup refused the shared data/);
    } finally {
      await pool.close();
    }
  });
});

describe('the task stream', () => {
  it('answers each task submitted, on both workers, also those submitted while the calling thread was busy', async () => {
    const stream = new TaskStream<PoolTask, PoolAnswer>(WORKER, { threads: 2 });
    try {
      const answers: Promise<PoolAnswer>[] = [];
      for (const task of tasks(12, 15)) {
        answers.push(stream.submit(task));
        const busyUntil = performance.now() + 3;
        while (performance.now() < busyUntil); // drawing the next figure
      }
      const done = await Promise.all(answers);
      expect(done.map((answer) => answer.doubled)).toEqual(tasks(12, 0).map((task) => task.value * 2));
      expect(new Set(done.map((answer) => answer.thread)).size).toBe(2);
      expect(done.every((answer) => answer.thread !== threadId && answer.atOnce === 1)).toBe(true);
    } finally {
      await stream.close();
    }
  });

  it('fails only the task that fails, with its error; a closed stream fails what is not answered yet', async () => {
    const stream = new TaskStream<PoolTask, PoolAnswer>(WORKER, { threads: 1 });
    const failing = stream.submit({ value: 3, waitMs: 1, fail: true });
    const fine = stream.submit({ value: 4, waitMs: 1 });
    await expect(failing).rejects.toThrow(/task 3 failed/);
    expect((await fine).doubled).toBe(8);
    const unanswered = stream.submit({ value: 5, waitMs: 500 });
    await stream.close();
    await expect(unanswered).rejects.toThrow(/closed/);
    await expect(stream.submit({ value: 6, waitMs: 1 })).rejects.toThrow(/closed/);
  });
});
