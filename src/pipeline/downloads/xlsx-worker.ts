/**
 * Worker thread of `workbookOnWorker` (xlsx.ts): the workbook is written (or read from its cache,
 * xlsx-cache.ts) while the main thread draws the figures.
 */
import { serveTasks } from '../parallel/worker-pool.ts';
import { workbookBytes, type WorkbookTask } from './xlsx.ts';
import { cachedWorkbook } from './xlsx-cache.ts';

serveTasks<WorkbookTask, Uint8Array>(({ input, cacheDir }) => (cacheDir ? cachedWorkbook(input, cacheDir, () => workbookBytes(input)) : workbookBytes(input)));
