import type { LinearConstraint, LinearSystem } from './linear-ranges.ts';

/** The system over `block` only, every other variable fixed at its known value (folded into the constraints' bounds). */
export function fixedOutside(system: LinearSystem, block: readonly number[], knownSolution: readonly number[], constraintsOf: readonly (readonly number[])[]): LinearSystem {
  const position = new Map(block.map((variable, index) => [variable, index]));
  const touched = [...new Set(block.flatMap((variable) => constraintsOf[variable]!))].sort((a, b) => a - b);
  const constraints = touched.map((index): LinearConstraint => {
    const { terms, lower, upper } = system.constraints[index]!;
    let constant = 0;
    const inside: [number, number][] = [];
    for (const [variable, coefficient] of terms) {
      const at = position.get(variable);
      if (at === undefined) constant += coefficient * knownSolution[variable]!;
      else inside.push([at, coefficient]);
    }
    return { terms: inside, lower: lower - constant, upper: upper - constant };
  });
  return { lower: block.map((variable) => system.lower[variable]!), upper: block.map((variable) => system.upper[variable]!), constraints };
}
