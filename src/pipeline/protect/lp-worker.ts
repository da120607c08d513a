/** Worker thread of lp-pool.ts: certifies the ranges of one component at a time. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { certifyRanges } from './linear-ranges.ts';
import type { CertifyJob, CertifyResult } from './lp-pool.ts';

serveTasks<CertifyJob, CertifyResult>(({ system, wanted, knownSolution, requiredWidth, start, reachZero }) => certifyRanges(system, wanted, knownSolution, requiredWidth, start, reachZero));
