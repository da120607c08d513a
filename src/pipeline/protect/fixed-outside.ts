import { sparseRows, type LinearSystem } from './linear-system.ts';
import type { transpose } from './transpose.ts';

/** Each variable's constraints (`transpose` of the system's rows). */
export type RowsOfVariables = ReturnType<typeof transpose>;

/** The system over `block` only, every other variable fixed at its known value (folded into the constraints' bounds). */
export function fixedOutside(system: LinearSystem, block: readonly number[], knownSolution: ArrayLike<number>, rowsOf: RowsOfVariables): LinearSystem {
  const position = new Int32Array(system.lower.length).fill(-1);
  block.forEach((variable, index) => (position[variable] = index));
  const touched = new Set<number>();
  for (const variable of block) {
    for (let at = rowsOf.columnStarts[variable]!; at < rowsOf.columnStarts[variable + 1]!; at++) touched.add(rowsOf.rows[at]!);
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
