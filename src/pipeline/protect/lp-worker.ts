/** Worker thread of lp-pool.ts: certifies the ranges of one component at a time. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { certifyJob, type CertifyJob, type CertifyResult } from './lp-pool.ts';

serveTasks<CertifyJob, CertifyResult>(certifyJob);
