import { DISCLOSURE_CONFIG } from './config.ts';
import { certifyRanges } from './linear-ranges.ts';
import { linearSystem, type LinearConstraint } from './linear-system.ts';
import { requiredSpan } from './problem.ts';

/** Rows and columns of the warm-up's table: 2,400 cells, enough for a component's large paths (`PRESOLVED_FIRST_FROM`, blocks). */
const ROWS = 60;
const COLUMNS = 40;
/** Rows of a block (with the next block's: blocks overlap, as a province's do with the next). */
const BLOCK_ROWS = 4;

/**
 * A component made up for the LP workers to solve as soon as they start, while the main thread
 * still builds the first round's components: V8 compiles HiGHS's WebAssembly and the JavaScript
 * around it in tiers, and on the national 10-year set a worker's first real component took
 * ~0.35 s longer than the same component solved again. It takes every path a year's programme
 * cells take: points block by block, then the whole component's first LP, presolved, and the
 * simplex LPs after it. A table of hidden counts under published row and column totals, where
 * five pairs of cells in rows far apart also publish their sum: no block moves them, so the
 * whole table is solved too. Only speed depends on it. Returns the LPs solved.
 */
export async function warmUpSolver(): Promise<number> {
  const { system, known, wanted, blocks } = warmUpComponent();
  const { linearPrograms } = await certifyRanges(system, wanted, known, requiredSpan(DISCLOSURE_CONFIG), undefined, undefined, blocks);
  return linearPrograms;
}

/** The warm-up's component (exported for its test). */
export function warmUpComponent() {
  const cell = (row: number, column: number) => row * COLUMNS + column;
  const known = Array.from({ length: ROWS * COLUMNS }, (_, at) => ((Math.floor(at / COLUMNS) * 7 + (at % COLUMNS) * 3) % 13) + 1);
  const pairs = Array.from({ length: 5 }, (_, k) => [cell(k, 2 * k), cell(ROWS - 1 - k, 2 * k + 1)] as const);
  const constraints: LinearConstraint[] = [];
  const published = (cells: readonly number[]) => {
    const total = cells.reduce((sum, at) => sum + known[at]!, 0);
    constraints.push({ terms: cells.map((at): [number, number] => [at, 1]), lower: total, upper: total });
  };
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  for (const row of range(ROWS)) published(range(COLUMNS).map((column) => cell(row, column)));
  for (const column of range(COLUMNS)) published(range(ROWS).map((row) => cell(row, column)));
  for (const pair of pairs) published(pair);
  const blockCount = ROWS / BLOCK_ROWS;
  const blockRows = (block: number) => range(BLOCK_ROWS).map((row) => block * BLOCK_ROWS + row);
  const blocks = range(blockCount).map((block) =>
    [...blockRows(block), ...blockRows((block + 1) % blockCount)].flatMap((row) => range(COLUMNS).map((column) => cell(row, column))),
  );
  return {
    system: linearSystem(new Float64Array(known.length), new Float64Array(known.length).fill(Infinity), constraints),
    known: Float64Array.from(known),
    wanted: range(known.length),
    blocks,
    pairs,
  };
}
