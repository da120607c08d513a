/** Worker thread of `scanForLeaks` (leak-guard.ts): compiles the matcher once, then searches the files of each task. */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../parallel/worker-pool.ts';
import { type LeakWorkerData, matcherOfPlan, scanPart, type ScanPart, type ScanTask } from './leak-guard.ts';

const data = workerData as LeakWorkerData;
const matcher = matcherOfPlan(data.plan, { desaCodes: new Set(data.desaCodes), kecamatanCodes: new Set(data.kecamatanCodes) });

serveTasks<ScanTask, ScanPart>((task) => scanPart(matcher, task));
