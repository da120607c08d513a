/** Worker thread of `scanForLeaks` (leak-guard.ts): compiles the matcher once (when a file needs a search), then searches the files of each task. */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../parallel/worker-pool.ts';
import { fileSearcher, type LeakWorkerData, matcherOfPlan, scanPart, type ScanPart, type ScanTask } from './leak-guard.ts';

const data = workerData as LeakWorkerData;
const known = data.known ? new Map(data.known.map(([file, sha256, entries]) => [file, { sha256, entries }])) : undefined;
const searcher = fileSearcher(() => matcherOfPlan(data.plan, { desaCodes: new Set(data.desaCodes), kecamatanCodes: new Set(data.kecamatanCodes) }), known);

serveTasks<ScanTask, ScanPart>((task) => scanPart(searcher, task));
