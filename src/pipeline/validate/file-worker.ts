/** Worker thread of validateInputs: validates and tallies one year file at a time (file.ts). */
import { serveTasks } from '../parallel/worker-pool.ts';
import { loadRegionReference, type RegionReference } from '../reference/region-reference.ts';
import { validateFile, type FileResult, type FileTask } from './file.ts';

let reference: Promise<RegionReference> | undefined;
serveTasks<FileTask, FileResult>(async (task) => validateFile(task, await (reference ??= loadRegionReference())));
