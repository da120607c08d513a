/** Worker thread of `workbookOnWorker` (xlsx.ts): the workbook is written while the main thread draws the figures. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { workbookBytes, type WorkbookInput } from './xlsx.ts';

serveTasks<WorkbookInput, Uint8Array>((input) => workbookBytes(input));
