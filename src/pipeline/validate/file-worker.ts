/**
 * Worker thread of validateInputs: validates and tallies one year file at a time (file.ts). It
 * gets the reference's desa codes, all it reads of it, from the thread that started it (one
 * string, not the whole Kemendagri reference loaded again in every thread), shared once they are
 * loaded: the worker is started before, to load its modules meanwhile.
 */
import { serveTasks } from '../parallel/worker-pool.ts';
import { fileReference, validateFile, type FileReference, type FileResult, type FileTask, type WorkerReference } from './file.ts';

let reference: FileReference | undefined;
serveTasks<FileTask, FileResult>(
  (task) => {
    if (!reference) throw new Error('validation worker: a file before the desa codes');
    return validateFile(task, reference);
  },
  (shared) => (reference = fileReference(shared as WorkerReference)),
);
