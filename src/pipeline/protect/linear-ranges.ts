import highsLoader, { type Highs } from 'highs';
import { fixedOutside } from './fixed-outside.ts';
import type { LinearSystem } from './linear-system.ts';
import { outerBounds } from './outer-bounds.ts';
import { wholeValuesIn } from './problem.ts';
import { transpose } from './transpose.ts';

/**
 * A simplex basis (HiGHS status codes per variable and per constraint): the last one of a
 * component, handed to the next round's LPs of the same cells as their start.
 */
export interface StartBasis {
  colStatus: Int32Array;
  rowStatus: Int32Array;
}

/**
 * Values a variable can take, and how [min, max] was found: `exact` when both ends were
 * optimised; `inner` when points found already make it wide enough (the true range holds it);
 * `outer` when bounds every solution keeps already make it too narrow (it holds the true range).
 */
export interface Range {
  min: number;
  max: number;
  bound: RangeBound;
}
export type RangeBound = 'exact' | 'inner' | 'outer';

let runtime: Promise<Highs> | undefined;

/** HiGHS, compiled and instantiated once per thread (a worker starts it on arrival, before its first task). */
export const loadHighs = (): Promise<Highs> => (runtime ??= highsLoader());

/** Solver round-off: a minimum this close to 0 is 0. */
const ZERO = 1e-6;

/**
 * From this many variables, a component's first LP without a start basis is presolved and solved
 * by the dual simplex method (a basis of the whole model for the primal simplex LPs after it,
 * which run without presolve): on the bundled data's largest components ~8,000 primal simplex
 * iterations from the slack basis took twice as long as an interior point and crossover, presolve
 * halved the interior point's time (the 19 first LPs of the national 10-year set: ~4.1 → ~2.1
 * CPU s), and the presolved dual simplex took round 1's LPs of that set from 10.1–10.6 to
 * 9.5–9.8 CPU s on one thread (3 runs each). Only speed depends on it.
 */
export const PRESOLVED_FIRST_FROM = 2000;

/**
 * A block's first LP (`widenInBlocks`) is presolved and solved by dual simplex too, however small
 * the block: on the bundled data's 13 round-1 components of 2,000 cells or more (428 blocks of
 * ~420 cells, ~5.8 LPs each), the primal simplex from the slack basis took 12.7–13.5 s on one
 * thread, the presolved dual simplex 9.5–11.8 s (3 alternating runs each), with the same verdicts.
 * For whole components below PRESOLVED_FIRST_FROM it made no difference. Only speed depends on it.
 */
const BLOCK_PRESOLVED = true;

/** Below this many still-narrow variables, each gets its own LPs instead of a mixed one. */
const MIN_MIXED = 8;

/**
 * Certifies, for each wanted variable, that its range over all solutions of the system is at
 * least `requiredWidth` wide, or finds its exact range when it is not.
 *
 * Every optimal solution found is a feasible point, and the values a variable takes across
 * feasible points bound its range from inside. Starting from a known solution (the true values),
 * a few LPs with mixed objectives usually spread most variables wide enough; only the variables
 * still narrower than required get their own two LPs (minimise, maximise), which give their
 * exact range. Before any LP, bounds propagated through the constraints (`outerBounds`) prove
 * some variables too narrow whatever the LPs find: they get no LPs, and their range is that
 * outer bound. The pass/fail verdict is therefore exact, with far fewer LPs than 2 per variable.
 * Solved by HiGHS on one persistent model whose objective changes (primal simplex warm starts).
 */
export async function certifyRanges(
  system: LinearSystem,
  wanted: readonly number[],
  knownSolution: ArrayLike<number>,
  requiredWidth: number,
  /** A basis to start from (an earlier round's, mapped onto this system); the verdict does not depend on it. */
  start?: StartBasis,
  /**
   * Per wanted variable: instead of `requiredWidth`, its range must hold 0 and 1 (a count of a
   * small programme group: never pinned, never bounded away from zero); the minimum is then exact.
   */
  reachZero?: readonly boolean[],
  /** Groups of variables whose points are sought first on their own (`widenInBlocks`); the verdict does not depend on them. */
  blocks?: readonly (readonly number[])[],
): Promise<{ ranges: Range[]; linearPrograms: number; basis?: StartBasis }> {
  if (system.lower.length === 0 || wanted.length === 0) return { ranges: [], linearPrograms: 0 };
  const highs = await loadHighs();
  const state = rangeState(wanted, knownSolution, requiredWidth, reachZero, outerBounds(system));
  let linearPrograms = 0;
  if (blocks && !start && Array.prototype.every.call(knownSolution, Number.isFinite)) linearPrograms += widenInBlocks(highs, system, state, wanted, knownSolution, blocks);
  if (state.narrow().length === 0) return { ranges: state.ranges(), linearPrograms };
  const model = systemModel(highs, system);
  try {
    if (start) startFrom(model, start);
    const coldStart = !start && system.lower.length >= PRESOLVED_FIRST_FROM;
    const solver = rangeSolver(highs, model, system.lower.length, state, wanted, coldStart);
    widenByMixedObjectives(solver, MIN_MIXED);
    for (const index of solver.narrow()) solver.exactRange(index);
    linearPrograms += solver.linearPrograms();
    const basis = model.info.get('basis_validity') === highs.constants.basisValidity.valid ? model.getBasis() : undefined;
    return { ranges: state.ranges(), linearPrograms, ...(basis ? { basis: { colStatus: basis.colStatus, rowStatus: basis.rowStatus } } : {}) };
  } finally {
    model.dispose();
  }
}

/**
 * Feasible points found cheaply: in each block (a set of variables, e.g. the cells of two
 * provinces and of the nation), every other variable is fixed at its known value and only the
 * block's still-narrow variables are pushed, on a model of the block alone. Each solution,
 * completed with the known values, satisfies the whole system, so it widens the ranges from
 * inside exactly as a solution of the whole system would; a variable still narrow afterwards goes
 * on to the whole system. A block is feasible by construction (the known values satisfy it), so
 * a solver error here is a fault and stops the audit. Returns the LPs solved.
 */
function widenInBlocks(highs: Highs, system: LinearSystem, state: RangeState, wanted: readonly number[], knownSolution: ArrayLike<number>, blocks: readonly (readonly number[])[]): number {
  const constraintsOf = transpose(system.starts, system.indices, system.lower.length);
  let linearPrograms = 0;
  for (const block of blocks) {
    const position = new Map(block.map((variable, index) => [variable, index]));
    const columnOf = wanted.map((variable) => position.get(variable));
    if (!state.narrow().some((index) => columnOf[index] !== undefined)) continue;
    const model = systemModel(highs, fixedOutside(system, block, knownSolution, constraintsOf));
    try {
      // Presolved first (BLOCK_PRESOLVED): with every variable outside fixed, many of a block's
      // constraints hold one variable of it or fix one, which presolve removes.
      const solver = rangeSolver(highs, model, block.length, state, columnOf, BLOCK_PRESOLVED);
      widenByMixedObjectives(solver, 1);
      linearPrograms += solver.linearPrograms();
    } finally {
      model.dispose();
    }
  }
  return linearPrograms;
}

type HighsModel = ReturnType<Highs['createModel']>;

/** Installs a start basis; one HiGHS does not accept leaves the logical basis (slacks), as without one. */
function startFrom(model: HighsModel, start: StartBasis): void {
  try {
    model.setBasis(start);
  } catch {
    model.setLogicalBasis();
  }
}

/** HiGHS's `simplex_strategy` values: the LPs after a component's first are warm from the last basis, still primal feasible when only the objective changed. */
const DUAL_SIMPLEX = 1;
const PRIMAL_SIMPLEX = 4;

/** One HiGHS model of the system (presolve off: the model is re-solved with changing objectives, each warm from the last). */
function systemModel(highs: Highs, system: LinearSystem): HighsModel {
  const model = highs.createModel();
  // A bound that is not finite is none: HiGHS's own infinity, below or above.
  const lowers = (values: Float64Array) => values.map((value) => (Number.isFinite(value) ? value : -highs.infinity));
  const uppers = (values: Float64Array) => values.map((value) => (Number.isFinite(value) ? value : highs.infinity));
  model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: PRIMAL_SIMPLEX });
  model.addVars(lowers(system.lower), uppers(system.upper));
  // All rows in one call (compressed sparse rows): one call per row cost ~0.5 s a worker.
  const count = system.rowLower.length;
  if (count > 0) {
    const { starts, indices, values } = system;
    model.addRows({ lower: lowers(system.rowLower), upper: uppers(system.rowUpper), matrix: { format: 'csr', numRows: count, numCols: system.lower.length, starts, indices, values } });
  }
  return model;
}

/**
 * The ranges found so far for the wanted variables (every optimal solution widens them, an exact
 * range replaces them), and which are still narrower than required. A variable whose outer
 * bounds already hold fewer than `requiredWidth + 1` whole values (for a count of a small
 * programme group: exclude 0 or 1) fails whatever is found: it is settled from the start.
 */
function rangeState(
  wanted: readonly number[],
  knownSolution: ArrayLike<number>,
  requiredWidth: number,
  reachZero: readonly boolean[] | undefined,
  outer: { lower: Float64Array; upper: Float64Array },
) {
  // A known solution may leave a variable unknown (NaN: a value of an earlier release nobody
  // recorded); its range then starts empty and grows from the LPs' solutions.
  const low = wanted.map((variable) => (Number.isNaN(knownSolution[variable]) ? Infinity : knownSolution[variable]!));
  const high = wanted.map((variable) => (Number.isNaN(knownSolution[variable]) ? -Infinity : knownSolution[variable]!));
  const tooNarrow = (index: number, min: number, max: number) =>
    reachZero?.[index] ? min > ZERO || max < 1 - ZERO : wholeValuesIn(min, max) <= requiredWidth;
  const bound = wanted.map((variable, index): RangeBound => (tooNarrow(index, outer.lower[variable]!, outer.upper[variable]!) ? 'outer' : 'inner'));
  const wideEnough = (index: number) =>
    reachZero?.[index] ? low[index]! <= ZERO && high[index]! - low[index]! >= 1 - ZERO : high[index]! - low[index]! >= requiredWidth;
  const isNarrow = (index: number) => bound[index] === 'inner' && !wideEnough(index);
  return {
    low,
    high,
    bound,
    wideEnough,
    /** Whether a wanted variable is still too narrow, and not settled by its outer bounds. */
    isNarrow,
    narrow: () => wanted.flatMap((_, index) => (isNarrow(index) ? [index] : [])),
    /**
     * Which way a still-narrow variable must move: −1 for a count of a small programme group not
     * yet seen at zero, +1 for one seen only at zero, 0 for either way (a width to reach).
     */
    direction(index: number): number {
      if (!reachZero?.[index]) return 0;
      return low[index]! > ZERO ? -1 : 1;
    },
    ranges: (): Range[] =>
      wanted.map((variable, index) =>
        bound[index] === 'outer' ? { min: outer.lower[variable]!, max: outer.upper[variable]!, bound: 'outer' } : { min: low[index]!, max: high[index]!, bound: bound[index]! },
      ),
  };
}
type RangeState = ReturnType<typeof rangeState>;

/**
 * The LPs on one model that widen `state`: `columnOf` gives each wanted variable's column in the
 * model (undefined: not in it, e.g. outside a block).
 */
function rangeSolver(
  highs: Highs,
  model: HighsModel,
  count: number,
  state: RangeState,
  columnOf: readonly (number | undefined)[],
  /** Solve the first LP presolved, by dual simplex (see PRESOLVED_FIRST_FROM). */
  coldStart: boolean,
) {
  const { low, high, bound, wideEnough } = state;
  // The wanted variables in this model, in order: a block's narrow ones are looked for among its own (~1 in 10 of a component's).
  const inModel = columnOf.flatMap((column, index) => (column === undefined ? [] : [index]));
  let linearPrograms = 0;
  const { maximize, minimize } = highs.constants.objectiveSense;
  const record = (solution: Float64Array | readonly number[]) => {
    for (const index of inModel) {
      const value = solution[columnOf[index]!]!;
      if (value < low[index]!) low[index] = value;
      if (value > high[index]!) high[index] = value;
    }
  };
  const solve = (costs: Float64Array, sense: typeof maximize): { value: number; unbounded: boolean } => {
    model.changeColsCost({ kind: 'range', from: 0, to: count - 1 }, costs);
    model.changeObjectiveSense(sense);
    if (coldStart && linearPrograms === 0) {
      model.options.set({ simplex_strategy: DUAL_SIMPLEX, presolve: 'on' });
      model.run();
      model.options.set({ simplex_strategy: PRIMAL_SIMPLEX, presolve: 'off' });
      // Anything but an optimal basic solution: the same LP again by simplex, as without the option.
      if (model.getModelStatus() !== 7 || model.info.get('basis_validity') !== highs.constants.basisValidity.valid) model.run();
    } else {
      model.run();
    }
    linearPrograms++;
    const status = model.getModelStatus();
    if (status === 7) {
      record(model.getSolution().colValue);
      return { value: model.getObjectiveValue(), unbounded: false };
    }
    if (status === 10 || status === 9) return { value: sense === maximize ? Infinity : -Infinity, unbounded: true };
    throw new Error(`the published figures contradict each other (HiGHS model status ${status})`);
  };
  const costsOf = (weights: Iterable<[number, number]>) => {
    const costs = new Float64Array(count);
    for (const [index, weight] of weights) costs[columnOf[index]!] = weight;
    return costs;
  };
  return {
    narrow: () => inModel.filter(state.isNarrow),
    direction: state.direction,
    /** Maximise then minimise Σ weight·x over the given wanted positions. */
    mixed(weights: [number, number][]) {
      const costs = costsOf(weights);
      solve(costs, maximize);
      solve(costs, minimize);
    },
    /** Maximise Σ weight·x over the given wanted positions (one LP). */
    pushed(weights: [number, number][]) {
      solve(costsOf(weights), maximize);
    },
    /**
     * The exact range of one variable (its own LPs), unless it is wide enough already (a point
     * found for another variable since the list of narrow ones was made) or the maximum alone
     * makes it so.
     */
    exactRange(index: number) {
      if (wideEnough(index)) return;
      const costs = costsOf([[index, 1]]);
      const max = solve(costs, maximize);
      if (max.unbounded) {
        high[index] = Infinity;
        return;
      }
      if (wideEnough(index)) return;
      const min = solve(costs, minimize);
      low[index] = min.value;
      high[index] = max.value;
      bound[index] = 'exact';
    },
    linearPrograms: () => linearPrograms,
  };
}

/**
 * Mixed objectives over the variables still too narrow: push them all up, then all down, then
 * each the way it still needs to go (a count of a small programme group towards zero, or away
 * from it; any other variable in a fixed pseudo-random direction, a deterministic hash of its
 * position), one LP a push, so that most reach both a high and a low value in a handful of LPs.
 * A mixed LP costs several times a single-variable one, so mixing stops once few variables are
 * left or an LP no longer widens enough of them.
 */
function widenByMixedObjectives(solver: ReturnType<typeof rangeSolver>, minMixed: number): void {
  const sign = (index: number, seed: number) => ((Math.imul(index + 1, 2654435761 ^ seed) >>> 15) & 1 ? 1 : -1);
  const first = solver.narrow();
  if (first.length <= minMixed) return;
  solver.mixed(first.map((index) => [index, 1]));
  const seeds = [11, 23, 37, 53, 71, 97, 101, 131, 151, 173, 191, 211, 229, 251, 271, 293, 311, 331, 353, 373];
  for (const seed of seeds) {
    const before = solver.narrow();
    if (before.length <= minMixed) break;
    solver.pushed(before.map((index) => [index, solver.direction(index) || sign(index, seed)]));
    if (before.length - solver.narrow().length < Math.max(1, minMixed / 2)) break;
  }
}
