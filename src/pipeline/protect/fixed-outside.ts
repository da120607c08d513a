import { sparseRows, type LinearSystem } from './linear-system.ts';

/** The rows each variable appears in, ascending: variable `v`'s are `rows[starts[v]]` to `rows[starts[v + 1] - 1]`. */
export interface RowsOfVariables {
  starts: Int32Array;
  rows: Int32Array;
}

export function rowsOfVariables(system: LinearSystem): RowsOfVariables {
  const { starts: rowStarts, indices } = system;
  const starts = new Int32Array(system.lower.length + 1);
  for (const variable of indices) starts[variable + 1]!++;
  for (let variable = 0; variable < system.lower.length; variable++) starts[variable + 1]! += starts[variable]!;
  const next = starts.slice(0, -1);
  const rows = new Int32Array(indices.length);
  for (let row = 0; row + 1 < rowStarts.length; row++) {
    for (let at = rowStarts[row]!; at < rowStarts[row + 1]!; at++) rows[next[indices[at]!]!++] = row;
  }
  return { starts, rows };
}

/** The system over `block` only, every other variable fixed at its known value (folded into the constraints' bounds). */
export function fixedOutside(system: LinearSystem, block: readonly number[], knownSolution: ArrayLike<number>, rowsOf: RowsOfVariables): LinearSystem {
  const position = new Int32Array(system.lower.length).fill(-1);
  block.forEach((variable, index) => (position[variable] = index));
  const touched = new Set<number>();
  for (const variable of block) {
    for (let at = rowsOf.starts[variable]!; at < rowsOf.starts[variable + 1]!; at++) touched.add(rowsOf.rows[at]!);
  }
  const rows = [...touched].sort((a, b) => a - b);
  const inside = sparseRows(rows.length);
  for (const row of rows) {
    let constant = 0;
    for (let at = system.starts[row]!; at < system.starts[row + 1]!; at++) {
      const variable = system.indices[at]!;
      const coefficient = system.values[at]!;
      const column = position[variable]!;
      if (column < 0) constant += coefficient * knownSolution[variable]!;
      else inside.term(column, coefficient);
    }
    inside.end(system.rowLower[row]! - constant, system.rowUpper[row]! - constant);
  }
  return {
    lower: Float64Array.from(block, (variable) => system.lower[variable]!),
    upper: Float64Array.from(block, (variable) => system.upper[variable]!),
    ...inside.done(),
  };
}
