/** Worker thread of `writeTreeOnWorker` (file-tree.ts): writes one tree of files. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { type TreeTask, writeTree } from './file-tree.ts';

serveTasks<TreeTask, true>(({ dir, files }) => {
  writeTree(dir, files);
  return true;
});
