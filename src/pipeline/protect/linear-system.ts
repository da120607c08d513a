/**
 * The linear systems the audit solves (linear-ranges.ts): variables with box bounds and linear
 * constraints over them, as typed arrays.
 */

/** A linear constraint `lower ≤ Σ coefficient·x[variable] ≤ upper` (the form `linearSystem` takes). */
export interface LinearConstraint {
  terms: ReadonlyArray<readonly [variable: number, coefficient: number]>;
  lower: number;
  upper: number;
}

/**
 * Variables with box bounds and linear constraints: what a reader knows about hidden cells. The
 * constraints are compressed sparse rows, as HiGHS takes them: row `r` is
 * `rowLower[r] ≤ Σ values[k]·x[indices[k]] ≤ rowUpper[r]` for `k` from `starts[r]` to
 * `starts[r + 1]`. Typed arrays: a component of 7,000 cells is built, named (audit-cache.ts) and
 * sent to a worker as a few buffers instead of ~20,000 small arrays.
 */
export interface LinearSystem {
  lower: Float64Array;
  upper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** The system of the given bounds and constraints. */
export function linearSystem(lower: ArrayLike<number>, upper: ArrayLike<number>, constraints: readonly LinearConstraint[]): LinearSystem {
  const rows = sparseRows(constraints.length);
  for (const { terms, lower: low, upper: high } of constraints) {
    for (const [variable, coefficient] of terms) rows.term(variable, coefficient);
    rows.end(low, high);
  }
  return { lower: Float64Array.from(lower), upper: Float64Array.from(upper), ...rows.done() };
}

/** Compressed sparse rows written a term at a time (`term`), each row closed by `end` with its bounds. */
export function sparseRows(rowCount: number) {
  const rowLower = new Float64Array(rowCount);
  const rowUpper = new Float64Array(rowCount);
  const starts = new Int32Array(rowCount + 1);
  let indices = new Int32Array(Math.max(16, rowCount * 4));
  let values = new Float64Array(indices.length);
  let row = 0;
  let at = 0;
  return {
    term(variable: number, coefficient: number): void {
      if (at === indices.length) {
        const grownIndices = new Int32Array(indices.length * 2);
        grownIndices.set(indices);
        indices = grownIndices;
        const grownValues = new Float64Array(values.length * 2);
        grownValues.set(values);
        values = grownValues;
      }
      indices[at] = variable;
      values[at++] = coefficient;
    },
    end(lower: number, upper: number): void {
      rowLower[row] = lower;
      rowUpper[row] = upper;
      starts[++row] = at;
    },
    done(): Pick<LinearSystem, 'rowLower' | 'rowUpper' | 'starts' | 'indices' | 'values'> {
      if (row !== rowCount) throw new Error(`sparseRows: ${row} rows ended, ${rowCount} expected`);
      return { rowLower, rowUpper, starts, indices: indices.slice(0, at), values: values.slice(0, at) };
    },
  };
}
