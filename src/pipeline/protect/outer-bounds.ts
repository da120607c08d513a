import type { LinearSystem } from './linear-system.ts';
import { transpose } from './transpose.ts';

/** Sweeps over the constraints before `outerBounds` stops (each bound found is valid, however early it stops). */
const PASSES = 50;

/**
 * Bounds that every solution of the system keeps to (outer bounds: the true range of each
 * variable lies within them), found without an LP by propagating each constraint onto its
 * variables: from `rowLower ≤ Σ a·x ≤ rowUpper`, each term `a_k·x_k` lies within the row's
 * bounds less the least and most the other terms can be. A constraint is looked at again when a
 * bound of one of its variables tightened, until nothing tightens or after `PASSES` sweeps.
 *
 * The audit uses them to prove, before any LP, that a cell is too narrowly bounded: e.g. a
 * count under a published sum of 3 whose other parts cannot be negative lies in [0, 3].
 */
export function outerBounds(system: LinearSystem): { lower: Float64Array; upper: Float64Array } {
  const { starts, indices, values, rowLower, rowUpper } = system;
  const lower = Float64Array.from(system.lower);
  const upper = Float64Array.from(system.upper);
  const rowsOf = transpose(starts, indices, lower.length);
  let queue = Int32Array.from({ length: rowLower.length }, (_, row) => row);
  for (let pass = 0; pass < PASSES && queue.length > 0; pass++) {
    const queued = new Uint8Array(rowLower.length);
    const next: number[] = [];
    for (const row of queue) {
      // The least and most Σ a·x can be over the current bounds, the unbounded terms counted apart.
      let least = 0;
      let most = 0;
      let leastUnbounded = 0;
      let mostUnbounded = 0;
      for (let at = starts[row]!; at < starts[row + 1]!; at++) {
        const low = termLeast(values[at]!, lower[indices[at]!]!, upper[indices[at]!]!);
        const high = termMost(values[at]!, lower[indices[at]!]!, upper[indices[at]!]!);
        if (low === -Infinity) leastUnbounded++;
        else least += low;
        if (high === Infinity) mostUnbounded++;
        else most += high;
      }
      for (let at = starts[row]!; at < starts[row + 1]!; at++) {
        const a = values[at]!;
        const variable = indices[at]!;
        const low = termLeast(a, lower[variable]!, upper[variable]!);
        const high = termMost(a, lower[variable]!, upper[variable]!);
        const othersLeast = low === -Infinity ? (leastUnbounded === 1 ? least : -Infinity) : leastUnbounded > 0 ? -Infinity : least - low;
        const othersMost = high === Infinity ? (mostUnbounded === 1 ? most : Infinity) : mostUnbounded > 0 ? Infinity : most - high;
        // rowLower − othersMost ≤ a·x ≤ rowUpper − othersLeast.
        const fromAbove = (rowUpper[row]! - othersLeast) / a;
        const fromBelow = (rowLower[row]! - othersMost) / a;
        const newLower = Math.max(lower[variable]!, a > 0 ? fromBelow : fromAbove);
        const newUpper = Math.min(upper[variable]!, a > 0 ? fromAbove : fromBelow);
        if (newLower <= lower[variable]! + TIGHTER && newUpper >= upper[variable]! - TIGHTER) continue;
        lower[variable] = newLower;
        upper[variable] = newUpper;
        for (let k = rowsOf.columnStarts[variable]!; k < rowsOf.columnStarts[variable + 1]!; k++) {
          const other = rowsOf.rows[k]!;
          if (other !== row && !queued[other]) {
            queued[other] = 1;
            next.push(other);
          }
        }
      }
    }
    queue = Int32Array.from(next);
  }
  return { lower, upper };
}

/** A bound moved by less than this is not worth looking at the variable's constraints again. */
const TIGHTER = 1e-9;

const termLeast = (a: number, lower: number, upper: number) => (a > 0 ? a * lower : a * upper);
const termMost = (a: number, lower: number, upper: number) => (a > 0 ? a * upper : a * lower);
