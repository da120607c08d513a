/**
 * `outerBounds`: bounds propagated through the constraints hold every solution (each variable's
 * exact range, from HiGHS, lies within them), and where one constraint pins a variable they are
 * that range. `certifyRanges` settles a variable they prove too narrow without an LP, with the
 * verdict the LPs give.
 */
import type { ObjectiveSense } from 'highs';
import { describe, expect, it } from 'vitest';
import { certifyRanges, loadHighs } from '../../src/pipeline/protect/linear-ranges.ts';
import { linearSystem, type LinearConstraint, type LinearSystem } from '../../src/pipeline/protect/linear-system.ts';
import { outerBounds } from '../../src/pipeline/protect/outer-bounds.ts';

/** A random R×C table of counts 0–12 with its row, column and grand totals; some cells hidden, the rest folded into the constants. */
function hiddenTable(random: () => number) {
  const R = 3 + Math.floor(random() * 3);
  const C = 3 + Math.floor(random() * 3);
  const value = Array.from({ length: R }, () => Array.from({ length: C }, () => Math.floor(random() * 13)));
  // The order relation below holds of the true values.
  value[0]![1] = Math.min(value[0]![1]!, value[0]![0]!);
  // Cells (r, c) with r = R or c = C are the margins; (R, C) the grand total.
  const at = (r: number, c: number) => (r < R && c < C ? value[r]![c]! : r < R ? value[r]!.reduce((s, v) => s + v, 0) : c < C ? value.reduce((s, row) => s + row[c]!, 0) : value.flat().reduce((s, v) => s + v, 0));
  const hidden = new Map<string, number>();
  const known: number[] = [];
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) {
      if (random() < (r < R && c < C ? 0.45 : 0.2)) hidden.set(`${r},${c}`, known.push(at(r, c)) - 1);
    }
  }
  const constraints: LinearConstraint[] = [];
  const relation = (total: [number, number], parts: [number, number][]) => {
    let constant = 0;
    const terms: [number, number][] = [];
    for (const [[r, c], coefficient] of [[total, 1], ...parts.map((part): [[number, number], number] => [part, -1])] as [[number, number], number][]) {
      const variable = hidden.get(`${r},${c}`);
      if (variable === undefined) constant += coefficient * at(r, c);
      else terms.push([variable, coefficient]);
    }
    if (terms.length > 0) constraints.push({ terms, lower: -constant, upper: -constant });
  };
  for (let r = 0; r <= R; r++) relation([r, C], Array.from({ length: C }, (_, c): [number, number] => [r, c]));
  for (let c = 0; c < C; c++) relation([R, c], Array.from({ length: R }, (_, r): [number, number] => [r, c]));
  // An order relation as the programme tables have (entrepreneurs ≤ participants): cell (0, 1) ≤ cell (0, 0).
  const [part, whole] = [hidden.get('0,1'), hidden.get('0,0')];
  if (part !== undefined && whole !== undefined) constraints.push({ terms: [[part, 1], [whole, -1]], lower: -Infinity, upper: 0 });
  return { system: linearSystem(known.map(() => 0), known.map(() => Infinity), constraints), known };
}

async function exactRanges(system: LinearSystem): Promise<[number, number][]> {
  const highs = await loadHighs();
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const finite = (values: Float64Array, infinity: number) => values.map((v) => (Number.isFinite(v) ? v : infinity));
    model.addVars(finite(system.lower, -highs.infinity), finite(system.upper, highs.infinity));
    const rows = system.rowLower.length;
    if (rows > 0) {
      const { starts, indices, values } = system;
      model.addRows({ lower: finite(system.rowLower, -highs.infinity), upper: finite(system.rowUpper, highs.infinity), matrix: { format: 'csr', numRows: rows, numCols: system.lower.length, starts, indices, values } });
    }
    const optimum = (variable: number, sense: ObjectiveSense) => {
      const costs = new Float64Array(system.lower.length);
      costs[variable] = 1;
      model.changeColsCost({ kind: 'range', from: 0, to: system.lower.length - 1 }, costs);
      model.changeObjectiveSense(sense);
      model.run();
      const status = model.getModelStatus();
      if (status === 10 || status === 9) return sense === highs.constants.objectiveSense.maximize ? Infinity : -Infinity;
      expect(status).toBe(7);
      return model.getObjectiveValue();
    };
    return Array.from({ length: system.lower.length }, (_, variable): [number, number] => [
      optimum(variable, highs.constants.objectiveSense.minimize),
      optimum(variable, highs.constants.objectiveSense.maximize),
    ]);
  } finally {
    model.dispose();
  }
}

describe('outerBounds', () => {
  it('bounds a count under a published sum by that sum, and one below another by the other’s bound', () => {
    // x0 + x1 = 3; x2 ≤ x1; x3 free of any row; x4 + x5 − x0 = 0 (a total of hidden parts).
    const system = linearSystem(
      [0, 0, 0, 0, 0, 0],
      [Infinity, Infinity, Infinity, Infinity, Infinity, Infinity],
      [
        { terms: [[0, 1], [1, 1]], lower: 3, upper: 3 },
        { terms: [[2, 1], [1, -1]], lower: -Infinity, upper: 0 },
        { terms: [[4, 1], [5, 1], [0, -1]], lower: 0, upper: 0 },
      ],
    );
    const { lower, upper } = outerBounds(system);
    expect([...lower]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...upper]).toEqual([3, 3, 3, Infinity, 3, 3]);
  });

  it('holds the exact range of every variable of 150 random tables with hidden cells', async () => {
    let seed = 20261202;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let tight = 0;
    let variables = 0;
    for (let table = 0; table < 150; table++) {
      const { system, known } = hiddenTable(random);
      if (known.length === 0) continue;
      const outer = outerBounds(system);
      const exact = await exactRanges(system);
      exact.forEach(([min, max], variable) => {
        variables++;
        expect(outer.lower[variable]).toBeLessThanOrEqual(min + 1e-9);
        expect(outer.upper[variable]).toBeGreaterThanOrEqual(max - 1e-9);
        expect(outer.lower[variable]).toBeLessThanOrEqual(known[variable]!);
        expect(outer.upper[variable]).toBeGreaterThanOrEqual(known[variable]!);
        if (Math.abs(outer.lower[variable]! - min) < 1e-9 && Math.abs(outer.upper[variable]! - max) < 1e-9) tight++;
      });
    }
    // Not a trivial bound: propagation finds the exact range of most variables of such tables.
    expect(variables).toBeGreaterThan(500);
    expect(tight / variables).toBeGreaterThan(0.5);
  });
});

describe('certifyRanges with outer bounds', () => {
  it('settles a variable the outer bounds prove too narrow without an LP, with the verdict of its exact range', async () => {
    // x0 + x1 = 3 (both too narrow for a width of 9: proven), x2 + x3 = 40 (wide: points needed).
    const system = linearSystem(
      [0, 0, 0, 0],
      [Infinity, Infinity, Infinity, Infinity],
      [
        { terms: [[0, 1], [1, 1]], lower: 3, upper: 3 },
        { terms: [[2, 1], [3, 1]], lower: 40, upper: 40 },
      ],
    );
    const narrowOnly = await certifyRanges(system, [0, 1], [1, 2, 20, 20], 9);
    expect(narrowOnly.linearPrograms).toBe(0);
    expect(narrowOnly.ranges).toEqual([
      { min: 0, max: 3, bound: 'outer' },
      { min: 0, max: 3, bound: 'outer' },
    ]);
    const all = await certifyRanges(system, [0, 1, 2, 3], [1, 2, 20, 20], 9);
    expect(all.ranges.map((range) => range.bound)).toEqual(['outer', 'outer', 'inner', 'inner']);
    expect(all.ranges.slice(2).every((range) => range.max - range.min >= 9)).toBe(true);
  });
});
