/**
 * Worker thread of validateInputs: validates and tallies one year file at a time (file.ts). It
 * gets the reference's desa codes, all it reads of it, from the thread that started it (one
 * string, not the whole Kemendagri reference loaded again in every thread).
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../parallel/worker-pool.ts';
import { fileReference, validateFile, type FileResult, type FileTask, type WorkerReference } from './file.ts';

const reference = fileReference(workerData as WorkerReference);
serveTasks<FileTask, FileResult>((task) => validateFile(task, reference));
