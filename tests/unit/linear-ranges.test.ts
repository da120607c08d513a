/**
 * `certifyRanges` on a component large enough for its speed paths (first LP presolved,
 * feasible points searched block by block first): the verdicts and the exact ranges of the cells
 * that fail must be those of the plain search, since blocks only add feasible points.
 *
 * The system: 25 provinces of 100 hidden cells each (random true values 0–40), each province's
 * total hidden, the national total published; in every fifth province two cells are pinned by a
 * published pair sum of 2 or 3, and one cell with a cell of a province outside its block by a
 * published sum of 8 (too narrow: all must fail; a block that folded the outside cell in wrongly
 * would let the second pair pass).
 */
import { describe, expect, it } from 'vitest';
import { fixedOutside } from '../../src/pipeline/protect/fixed-outside.ts';
import { certifyRanges } from '../../src/pipeline/protect/linear-ranges.ts';
import { linearSystem, type LinearConstraint, type LinearSystem } from '../../src/pipeline/protect/linear-system.ts';
import { transpose } from '../../src/pipeline/protect/transpose.ts';

const PROVINCES = 25;
const CELLS = 100;

function system(): { system: LinearSystem; known: number[]; wanted: number[]; blocks: number[][] } {
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const known: number[] = [];
  const constraints: LinearConstraint[] = [];
  const cellsOf: number[][] = [];
  const totals: number[] = [];
  for (let p = 0; p < PROVINCES; p++) {
    const cells = Array.from({ length: CELLS }, () => known.push(Math.floor(random() * 41)) - 1);
    if (p % 5 === 0) {
      known[cells[0]!] = 1;
      known[cells[1]!] = 1 + (p % 2);
      constraints.push({ terms: [[cells[0]!, 1], [cells[1]!, 1]], lower: known[cells[0]!]! + known[cells[1]!]!, upper: known[cells[0]!]! + known[cells[1]!]! });
    }
    cellsOf.push(cells);
  }
  // Every fifth province: one cell pinned with a cell three provinces on (outside its block) by
  // a published sum of 8 (0 + 8): only a point from the whole system may widen them.
  for (let p = 0; p < PROVINCES; p += 5) {
    const [cell, partner] = [cellsOf[p]![2]!, cellsOf[(p + 3) % PROVINCES]![5]!];
    known[cell] = 0;
    known[partner] = 8;
    constraints.push({ terms: [[cell, 1], [partner, 1]], lower: 8, upper: 8 });
  }
  for (const cells of cellsOf) {
    const total = known.push(cells.reduce((sum, cell) => sum + known[cell]!, 0)) - 1;
    constraints.push({ terms: [[total, 1], ...cells.map((cell): [number, number] => [cell, -1])], lower: 0, upper: 0 });
    totals.push(total);
  }
  const national = totals.reduce((sum, total) => sum + known[total]!, 0);
  constraints.push({ terms: totals.map((total): [number, number] => [total, 1]), lower: national, upper: national });
  const blocks = cellsOf.map((cells, p) => [...cells, totals[p]!, ...cellsOf[(p + 1) % PROVINCES]!, totals[(p + 1) % PROVINCES]!]);
  return {
    system: linearSystem(
      known.map(() => 0),
      known.map(() => Infinity),
      constraints,
    ),
    known,
    wanted: cellsOf.flat(),
    blocks,
  };
}

describe('certifyRanges on a large component', () => {
  it('gives the same verdicts and exact failing ranges with blocks as without', async () => {
    const { system: s, known, wanted, blocks } = system();
    expect(s.lower.length).toBeGreaterThanOrEqual(2000);
    const plain = await certifyRanges(s, wanted, known, 9);
    const withBlocks = await certifyRanges(s, wanted, known, 9, undefined, undefined, blocks);
    const verdicts = (ranges: typeof plain.ranges) => ranges.map((range) => range.max - range.min >= 9);
    expect(verdicts(withBlocks.ranges)).toEqual(verdicts(plain.ranges));
    const failing = verdicts(plain.ranges).flatMap((wide, index) => (wide ? [] : [index]));
    // The pinned pairs of every fifth province and the pairs across blocks, nothing else.
    expect(failing.length).toBe(20);
    for (const index of failing) {
      expect(withBlocks.ranges[index]).toEqual(plain.ranges[index]);
      expect(plain.ranges[index]!.bound).not.toBe('inner');
    }
    // Every range found holds the true value: each point is a feasible point of the whole system.
    withBlocks.ranges.forEach((range, index) => {
      expect(range.min).toBeLessThanOrEqual(known[wanted[index]!]! + 1e-6);
      expect(range.max).toBeGreaterThanOrEqual(known[wanted[index]!]! - 1e-6);
    });
  });
});

describe('fixedOutside', () => {
  it('folds the variables outside the block into the bounds at their known values', () => {
    // x0 + x1 + x2 = 10 and x2 − x3 ≤ 1, true values 2, 3, 5, 4.
    const s = linearSystem(
      [0, 0, 0, 0],
      [Infinity, Infinity, Infinity, 7],
      [
        { terms: [[0, 1], [1, 1], [2, 1]], lower: 10, upper: 10 },
        { terms: [[2, 1], [3, -1]], lower: -Infinity, upper: 1 },
      ],
    );
    const known = [2, 3, 5, 4];
    const rowsOf = transpose(s.starts, s.indices, s.lower.length);
    expect(rowsOf).toEqual({ columnStarts: Int32Array.from([0, 1, 2, 4, 5]), rows: Int32Array.from([0, 0, 0, 1, 1]) });
    expect(fixedOutside(s, [0, 1], known, rowsOf)).toEqual(linearSystem([0, 0], [Infinity, Infinity], [{ terms: [[0, 1], [1, 1]], lower: 5, upper: 5 }]));
    expect(fixedOutside(s, [3, 2], known, rowsOf)).toEqual(
      linearSystem(
        [0, 0],
        [7, Infinity],
        [
          { terms: [[1, 1]], lower: 5, upper: 5 },
          { terms: [[1, 1], [0, -1]], lower: -Infinity, upper: 1 },
        ],
      ),
    );
  });
});
