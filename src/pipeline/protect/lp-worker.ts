/** Worker thread of lp-pool.ts: certifies the ranges of one component at a time. */
import { parentPort } from 'node:worker_threads';
import { certifyRanges } from './linear-ranges.ts';
import type { CertifyJob } from './lp-pool.ts';

parentPort!.on('message', async (message: { id: number; job: CertifyJob }) => {
  const { system, wanted, knownSolution, requiredWidth } = message.job;
  try {
    const result = await certifyRanges(system, wanted, knownSolution, requiredWidth);
    parentPort!.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: (error as Error).message });
  }
});
