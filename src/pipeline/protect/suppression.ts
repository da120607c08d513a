import { AT_MOST, CHANGE, cellsOf, relationIndex, SUM } from './relation-index.ts';
import { LAST_RESORT_COST, needsProtection, problemSize, requiredSpan, unknownTo, type DisclosureConfig, type ProtectionProblem } from './problem.ts';

/**
 * Primary suppression of small person counts, then complementary (secondary) suppression until
 * no published relation pins down a hidden cell: every relation holds either no unknown cell or
 * at least two, and where it protects a small count, unknown parts whose values add up to at
 * least the span that leaves `possibleValues` values open. The audit (`audit.ts`) then checks the result exactly.
 */
export interface Suppression {
  primary: Set<number>;
  /** All suppressed cells: primary, complementary and derived. */
  suppressed: Set<number>;
  /** Relations (by index) that still need a complement no published cell could give: left for the audit to report. */
  unresolved: Set<number>;
}

export function suppress(
  problem: ProtectionProblem,
  config: DisclosureConfig,
  start: Iterable<number> = [],
): Suppression {
  const protect = needsProtection(problem, config);
  const primary = new Set<number>();
  protect.forEach((needed, index) => {
    if (needed && !problem.hidden[index] && !problem.known[index]) primary.add(index);
  });
  return settle(problem, config, protect, { primary, suppressed: new Set(), unresolved: new Set() }, [...primary, ...start], true);
}

/**
 * What `suppress(problem, config, [...previous.suppressed, ...more])` gives, worked out from
 * `previous` (a suppression of the same problem): only the relations the newly hidden cells touch
 * are looked at again, in the order a run from scratch would look at them. Every other relation
 * is as `previous` left it, where it needed nothing (or nothing could be done), so a run from
 * scratch would pass it by: the result is the same, cell for cell. The rounds of `protectCells`
 * each add a few complements to ~10⁵ suppressed cells.
 */
export function suppressMore(problem: ProtectionProblem, config: DisclosureConfig, previous: Suppression, more: Iterable<number>): Suppression {
  const state = { primary: previous.primary, suppressed: new Set(previous.suppressed), unresolved: new Set(previous.unresolved) };
  return settle(problem, config, needsProtection(problem, config), state, more, false);
}

/**
 * Hides `add` (with their groups and the changes computed from them), then gives every relation
 * that needs it a complement, until none does. Relations are looked at first in index order (all
 * of them when `everyRelation`, else those a hidden cell touched), then, as hiding cells touches
 * relations already looked at, in the order they were touched.
 */
function settle(problem: ProtectionProblem, config: DisclosureConfig, protect: readonly boolean[], state: Suppression, add: Iterable<number>, everyRelation: boolean): Suppression {
  const { suppressed, unresolved } = state;
  // `suppressed` as a mask, kept with it while hiding: read for every cell of every relation looked at.
  const isSuppressed = new Uint8Array(problem.values.length);
  for (const cell of suppressed) isSuppressed[cell] = 1;
  // The sums and changes (an order relation pins nothing by itself: the audit weighs those).
  const index = relationIndex(problem);
  const { start, cells: members, cellStart, relations: ofCell, kind } = index;
  const groupOf = suppressionGroups(problem);
  const { known } = problem;
  const unknown = unknownTo(problem, isSuppressed);
  const span = requiredSpan(config);
  const spanOf = (cell: number) => (problem.protectAlways[cell] ? Math.min(span, problem.values[cell]! + 1) : span);
  const pending = new Uint8Array(index.count);
  if (everyRelation) for (let relation = 0; relation < index.count; relation++) pending[relation] = kind[relation] === AT_MOST ? 0 : 1;
  const queued = new Uint8Array(index.count);
  const queue: number[] = [];
  // The first pass in index order has reached `position`: a relation touched beyond it waits for
  // the pass; one at or before it joins the queue (a FIFO read by position: Array#shift is O(n)).
  let position = -1;
  const touch = (relation: number) => {
    if (kind[relation] === AT_MOST) return;
    if (relation > position) pending[relation] = 1;
    else if (!queued[relation]) {
      queued[relation] = 1;
      queue.push(relation);
    }
  };
  const hide = (cell: number) => {
    // A cell published before with this value is known whatever this build does: it stays published.
    if (isSuppressed[cell] === 1 || known[cell]) return;
    isSuppressed[cell] = 1;
    suppressed.add(cell);
    const group = groupOf.get(cell);
    if (group) for (const member of group) hide(member);
    // The changes computed from it (a change is the first cell of its relation).
    for (let at = cellStart[cell]!; at < cellStart[cell + 1]!; at++) {
      const relation = ofCell[at]!;
      const change = members[start[relation]!]!;
      if (kind[relation] === CHANGE && change !== cell) hide(change);
    }
    for (let at = cellStart[cell]!; at < cellStart[cell + 1]!; at++) touch(ofCell[at]!);
  };
  const look = (relation: number) => {
    const cells = cellsOf(index, relation);
    const deficit = complementDeficit(problem, cells, kind[relation] === SUM, unknown, protect, span, spanOf);
    const candidate = deficit === undefined ? undefined : chooseComplement(problem, Array.from(cells).filter((cell) => !unknown(cell)), deficit);
    if (deficit !== undefined && candidate === undefined) unresolved.add(relation);
    else unresolved.delete(relation);
    if (candidate !== undefined) hide(candidate);
  };

  for (const cell of add) hide(cell);
  for (position = 0; position < index.count; position++) {
    if (!pending[position]) continue;
    pending[position] = 0;
    look(position);
  }
  for (let head = 0; head < queue.length; head++) {
    const relation = queue[head]!;
    queued[relation] = 0;
    look(relation);
  }
  return state;
}

/** The suppression group of each cell: built once per problem (again if it grew). */
const groupsCache = new WeakMap<ProtectionProblem, { size: string; groupOf: Map<number, number[]> }>();
function suppressionGroups(problem: ProtectionProblem): ReadonlyMap<number, number[]> {
  const size = problemSize(problem);
  const cached = groupsCache.get(problem);
  if (cached?.size === size) return cached.groupOf;
  const groupOf = new Map<number, number[]>();
  for (const group of problem.groups) for (const cell of group) groupOf.set(cell, group);
  groupsCache.set(problem, { size, groupOf });
  return groupOf;
}

/**
 * How much a relation still needs hidden to protect its cells, or undefined when it needs
 * nothing: a lone unknown cell could be worked out, and unknown cells under a published total
 * whose values add up to less than the span leave too few possible values.
 */
function complementDeficit(
  problem: ProtectionProblem,
  /** The relation's cells: a sum's total first, a change's change first. */
  cells: Int32Array,
  hasTotal: boolean,
  unknown: (cell: number) => boolean,
  protect: readonly boolean[],
  fullSpan: number,
  /** The span a protected cell needs (a count of a small programme group: room to be one more, and zero). */
  spanOf: (cell: number) => number,
): number | undefined {
  // One pass (this runs for every relation in every round): the unknown cells' count, the first
  // of them, the sum of their values, and the widest span a protected one among them needs.
  let unknownCount = 0;
  let first = -1;
  let sum = 0;
  let protectedSpan = -Infinity;
  for (const cell of cells) {
    if (!unknown(cell)) continue;
    if (unknownCount++ === 0) first = cell;
    sum += problem.values[cell]!;
    if (protect[cell]) protectedSpan = Math.max(protectedSpan, spanOf(cell));
  }
  if (unknownCount === 0) return undefined;
  const protectedHere = protectedSpan > -Infinity;
  const span = protectedHere ? protectedSpan : fullSpan;
  const lone = unknownCount === 1 && (protect[first] || !problem.hidden[first]);
  const totalKnown = hasTotal && !unknown(cells[0]!);
  const spread = totalKnown ? sum : Infinity;
  const tooNarrow = protectedHere && spread < span;
  if (!lone && !tooNarrow) return undefined;
  return lone ? span - (protectedHere ? problem.values[first]! : 0) : span - spread;
}

/**
 * The published cell to suppress next: among cells large enough to make up the deficit, the
 * cheapest; if none is large enough, the largest. Zero cells hide nothing and are never chosen;
 * derived cells (changes) follow their sources and are never chosen either, nor are cells that an
 * earlier release published with the same value (hiding them would hide nothing). Cells of last
 * resort (`LAST_RESORT_COST`) only when no other cell is published.
 */
export function chooseComplement(problem: ProtectionProblem, published: number[], deficit: number): number | undefined {
  const candidates = published.filter(
    (cell) => problem.values[cell]! > 0 && problem.lowerBound[cell] === 0 && !problem.known[cell] && !problem.hidden[cell] && Number.isFinite(problem.cost[cell]!),
  );
  if (candidates.length === 0) return undefined;
  const ordinary = candidates.filter((cell) => problem.cost[cell]! < LAST_RESORT_COST);
  return choose(problem, ordinary.length > 0 ? ordinary : candidates, deficit);
}

function choose(problem: ProtectionProblem, candidates: number[], deficit: number): number {
  const bigEnough = candidates.filter((cell) => problem.values[cell]! >= deficit);
  const score = (cell: number) => problem.cost[cell]! * problem.values[cell]!;
  if (bigEnough.length > 0) {
    return bigEnough.reduce((best, cell) => (score(cell) < score(best) || (score(cell) === score(best) && cell < best) ? cell : best));
  }
  return candidates.reduce((best, cell) => (problem.values[cell]! > problem.values[best]! ? cell : best));
}
