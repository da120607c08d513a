/** Worker thread of `renderPngs` (figures.ts): one SVG in, its PNG out. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { svgToPng } from './png.ts';

serveTasks<string, Uint8Array>((svg) => svgToPng(svg));
