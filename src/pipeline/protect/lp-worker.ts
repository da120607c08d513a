/** Worker thread of lp-pool.ts: certifies the ranges of one component at a time. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { certifyJob, WARM_UP, type CertifyJob, type CertifyResult } from './lp-pool.ts';
import { loadHighs } from './linear-ranges.ts';
import { warmUpSolver } from './lp-warm-up.ts';

// Compiled while the first task is being prepared (see `WorkerPool.start`).
void loadHighs();

serveTasks<CertifyJob, CertifyResult>(certifyJob, async (shared) => {
  if (shared === WARM_UP) await warmUpSolver();
});
