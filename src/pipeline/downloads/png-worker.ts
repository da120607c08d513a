/** Worker thread of the figures' PNG renders (`figureFiles` in figures.ts, through a `TaskStream`): one SVG in, its PNG out. */
import { serveTasks } from '../parallel/worker-pool.ts';
import { svgToPng } from './png.ts';

serveTasks<string, Uint8Array>((svg) => svgToPng(svg));
