import { problemSize, type ProtectionProblem } from './problem.ts';
import { transpose } from './transpose.ts';

/** A relation `total = Σ parts`: its cells are the total, then the parts. */
export const SUM = 0;
/** A relation `part ≤ whole`: its cells are the part, then the whole. */
export const AT_MOST = 1;
/** A year-on-year change `change = later − earlier`: its cells are the change, the earlier year, the later year. */
export const CHANGE = 2;

/**
 * Every relation of a problem, in one compact index shared by suppression, the complement search
 * and the audit: the sums, then the order relations, then the changes, each numbered by its
 * position in that order (the same in every round), with the cells of each relation and the
 * relations of each cell. Typed arrays instead of an object per relation and a map per cell: the
 * bundled problem has ~230,000 relations, which three such copies held in ~250 MB.
 */
export interface RelationIndex {
  count: number;
  /** Per relation: SUM, AT_MOST or CHANGE. */
  kind: Uint8Array;
  /** Relation r's cells are `cells[start[r]]` … `cells[start[r + 1] − 1]`. */
  start: Int32Array;
  cells: Int32Array;
  /** Cell c's relations, in index order, are `relations[cellStart[c]]` … `relations[cellStart[c + 1] − 1]`. */
  cellStart: Int32Array;
  relations: Int32Array;
}

const cache = new WeakMap<ProtectionProblem, { size: string; index: RelationIndex }>();

/** The problem's relation index: built once per problem (again if cells or relations were added since). */
export function relationIndex(problem: ProtectionProblem): RelationIndex {
  const size = problemSize(problem);
  const cached = cache.get(problem);
  if (cached?.size === size) return cached.index;
  const index = buildIndex(problem);
  cache.set(problem, { size, index });
  return index;
}

/** The cells of relation r (a view, not a copy). */
export const cellsOf = (index: RelationIndex, relation: number): Int32Array => index.cells.subarray(index.start[relation]!, index.start[relation + 1]!);

/** The relations of cell c, in index order (a view, not a copy). */
export const relationsOfCell = (index: RelationIndex, cell: number): Int32Array => index.relations.subarray(index.cellStart[cell]!, index.cellStart[cell + 1]!);

function buildIndex(problem: ProtectionProblem): RelationIndex {
  const count = problem.sums.length + problem.atMost.length + problem.derivedFrom.size;
  const kind = new Uint8Array(count);
  const start = new Int32Array(count + 1);
  let length = 0;
  for (const sum of problem.sums) length += 1 + sum.parts.length;
  length += 2 * problem.atMost.length;
  for (const [, from] of problem.derivedFrom) length += 1 + from.length;
  const cells = new Int32Array(length);
  let relation = 0;
  let at = 0;
  const add = (relationKind: number, members: Iterable<number>) => {
    kind[relation] = relationKind;
    start[relation] = at;
    for (const cell of members) cells[at++] = cell;
    start[++relation] = at;
  };
  for (const sum of problem.sums) add(SUM, [sum.total, ...sum.parts]);
  for (const { part, whole } of problem.atMost) add(AT_MOST, [part, whole]);
  for (const [change, from] of problem.derivedFrom) add(CHANGE, [change, ...from]);

  // Cell → relations (each cell's relations in index order).
  const { columnStarts: cellStart, rows: relations } = transpose(start, cells, problem.values.length);
  return { count, kind, start, cells, cellStart, relations };
}
