import { NATIONAL_CODE } from '../aggregate/regions.ts';
import type { RangeBound, StartBasis } from './linear-ranges.ts';
import { sparseRows } from './linear-system.ts';
import type { AuditCache } from './audit-cache.ts';
import { certifyAll, lpWorkers, WARM_UP, type CertifyJob } from './lp-pool.ts';
import { AT_MOST, CHANGE, relationIndex, type RelationIndex } from './relation-index.ts';
import { needsProtection, requiredSpan, unknownTo, wholeValuesIn, type DisclosureConfig, type ProtectionProblem } from './problem.ts';

/** What a reader can learn about one protected cell from everything published. */
export interface CellRange {
  cell: number;
  label: string;
  value: number;
  min: number;
  max: number;
  /** How min and max were found (linear-ranges.ts): the exact optimum, an inner bound wide enough, or an outer bound too narrow. */
  bound: RangeBound;
}

export interface AuditResult {
  /** Ranges of every protected cell (small person counts, published or hidden). */
  ranges: CellRange[];
  /** Protected cells left with fewer possible values than configured. */
  failures: CellRange[];
  /** The fewest possible values of any protected cell (Infinity when none): a lower bound where a range is inner, an upper bound where outer. */
  fewestPossibleValues: number;
  components: number;
  largestComponent: number;
  linearPrograms: number;
  /** Components whose result was replayed from the audit cache (audit-cache.ts), of `components`. */
  cachedComponents: number;
}

/**
 * What one audit hands the next over the same problem (the rounds of `protectCells`): the worker
 * threads, the last simplex basis status of every cell and relation (−1: none yet), so that
 * a component's LPs start where the last round's ended, and the cache of results, if any. Only
 * speed depends on it.
 */
export interface AuditSession {
  workers: ReturnType<typeof lpWorkers>;
  /** The workers were started with the session (a large problem) and solve every component, the small ones too. */
  everyOnWorkers: boolean;
  cellStatus: Int32Array;
  relationStatus: Int32Array;
  cache?: AuditCache;
}

export function auditSession(problem: ProtectionProblem, cache?: AuditCache): AuditSession {
  const cellStatus = new Int32Array(problem.values.length).fill(-1);
  const relationStatus = new Int32Array(relationIndex(problem).count).fill(-1);
  const workers = lpWorkers();
  // A problem this large has components worth a worker (the tables of a whole year): the threads
  // start now, loading HiGHS and solving a made-up component while the first round is prepared
  // (lp-warm-up.ts); a small one (a test's) needs none.
  const everyOnWorkers = problem.values.length >= START_WORKERS_FROM;
  if (everyOnWorkers) {
    workers.start();
    workers.share(WARM_UP);
  }
  return { workers, everyOnWorkers, cellStatus, relationStatus, ...(cache ? { cache } : {}) };
}

/** From this many cells, `auditSession` starts the worker threads at once (the bundled problem has ~320,000, a test's a few dozen). */
const START_WORKERS_FROM = 20_000;

/**
 * For every protected cell, the exact range of values consistent with all published figures:
 * the published relations, the order relations, and non-negativity, solved as linear programs
 * over each connected group of unknown cells. A protected cell that is published, or whose range
 * holds fewer than `possibleValues` whole values, is a failure. The problem may hold the cells and
 * relations of earlier releases too (`release-history.ts`): then the ranges are those a reader
 * gets from every release together.
 */
export async function auditProtection(
  problem: ProtectionProblem,
  suppressed: ReadonlySet<number>,
  config: DisclosureConfig,
  /** Audit only these protected cells (the others are known to pass). */
  only?: ReadonlySet<number>,
  /** Shared by the rounds of one protection: worker threads and warm starts. */
  session?: AuditSession,
): Promise<AuditResult> {
  // The protected cells audited, in cell order (a later round: the few that failed the last).
  const needed = needsProtection(problem, config);
  const audited = only ? [...only].filter((cell) => needed[cell]).sort((a, b) => a - b) : needed.flatMap((is, cell) => (is ? [cell] : []));
  const protect = only ? (cell: number) => needed[cell] === true && only.has(cell) : (cell: number) => needed[cell] === true;
  const unknown = remembered(unknownTo(problem, suppressed), problem.values.length);
  const range = (cell: number, min: number, max: number, bound: RangeBound = 'exact'): CellRange => ({ cell, label: problem.labels[cell]!, value: problem.values[cell]!, min, max, bound });
  const failures: CellRange[] = [];
  const ranges: CellRange[] = [];
  for (const cell of audited) {
    if (!unknown(cell)) failures.push(range(cell, problem.values[cell]!, problem.values[cell]!));
  }

  const jobs = certifyJobs(problem, unknown, audited, protect, config, session);
  const counts = { cached: 0 };
  const solved = await certifyAll(
    jobs.map(({ job }) => job),
    undefined,
    session?.workers,
    session?.cache,
    counts,
    session?.everyOnWorkers,
  );
  let linearPrograms = 0;
  jobs.forEach(({ wanted, cells, relations }, jobIndex) => {
    const result = solved[jobIndex]!;
    linearPrograms += result.linearPrograms;
    if (session && result.basis) {
      cells.forEach((cell, index) => (session.cellStatus[cell] = result.basis!.colStatus[index]!));
      relations.forEach((relation, index) => (session.relationStatus[relation] = result.basis!.rowStatus[index]!));
    }
    wanted.forEach((cell, index) => {
      const { min, max, bound } = result.ranges[index]!;
      const cellRange = range(cell, min, max, bound);
      ranges.push(cellRange);
      if (!keepsEnough(problem, config, cell, min, max)) failures.push(cellRange);
    });
  });
  return {
    ranges,
    failures,
    fewestPossibleValues: fewestPossibleValues(problem, ranges),
    components: jobs.length,
    largestComponent: Math.max(0, ...jobs.map(({ size }) => size)),
    linearPrograms,
    cachedComponents: counts.cached,
  };
}

/**
 * Whether a protected cell's range is wide enough: `possibleValues` whole values, or for a count
 * of a small programme group 0 and 1 both (none or some of the group in that class: never
 * pinned, never bounded away from zero).
 */
export function keepsEnough(problem: ProtectionProblem, config: DisclosureConfig, cell: number, min: number, max: number): boolean {
  if (problem.protectAlways[cell]) return min <= 1e-6 && max >= 1 - 1e-6;
  return wholeValuesIn(min, max) >= config.possibleValues;
}

/** The narrowest protection, in possible values, of the protected cells held to `possibleValues` (not those of the programme split). */
export function fewestPossibleValues(problem: ProtectionProblem, ranges: readonly CellRange[]): number {
  const counts = ranges.filter((r) => !problem.protectAlways[r.cell]).map((r) => wholeValuesIn(r.min, r.max));
  return counts.length ? Math.min(...counts) : Infinity;
}

/**
 * The connected groups of unknown cells that hold a protected cell, each as a linear system over
 * its unknowns (published cells folded into the constants), with the true values as a known solution.
 */
function certifyJobs(
  problem: ProtectionProblem,
  unknown: (cell: number) => boolean,
  /** The protected cells audited, in cell order. */
  audited: readonly number[],
  protect: (cell: number) => boolean,
  config: DisclosureConfig,
  session?: AuditSession,
) {
  const index = relationIndex(problem);
  const groups = connectedGroups(problem, index, unknown, audited);
  const jobs: { wanted: number[]; size: number; cells: number[]; relations: number[]; job: CertifyJob }[] = [];
  // A cell's position in the group at hand (each group sets its own cells' before use).
  const position = new Int32Array(problem.values.length);
  for (const group of groups) {
    const wanted = group.cells.filter(protect);
    if (wanted.length === 0) continue;
    group.cells.forEach((cell, at) => (position[cell] = at));
    const start = session && startBasis(problem, group, session);
    const rows = sparseRows(group.relations.length);
    for (const relation of group.relations) {
      let constant = 0;
      const from = index.start[relation]!;
      const terms = index.start[relation + 1]! - from;
      const change = index.kind[relation] === CHANGE;
      for (let term = 0; term < terms; term++) {
        const cell = index.cells[from + termPosition(change, term)]!;
        const coefficient = termCoefficient(change, term);
        if (unknown(cell)) rows.term(position[cell]!, coefficient);
        else constant += coefficient * problem.values[cell]!;
      }
      if (index.kind[relation] === AT_MOST) rows.end(-Infinity, -constant);
      else rows.end(-constant, -constant);
    }
    jobs.push({
      wanted,
      size: group.cells.length,
      cells: group.cells,
      relations: group.relations,
      job: {
        ...(start ? { start } : {}),
        system: { lower: valuesOf(problem.lowerBound, group.cells), upper: new Float64Array(group.cells.length).fill(Infinity), ...rows.done() },
        wanted: wanted.map((cell) => position[cell]!),
        knownSolution: valuesOf(problem.values, group.cells),
        requiredWidth: requiredSpan(config),
        ...(wanted.some((cell) => problem.protectAlways[cell]) ? { reachZero: wanted.map((cell) => problem.protectAlways[cell] === true) } : {}),
        ...(!start && group.cells.length >= BLOCKS_FROM ? { blocks: provinceBlocks(problem, group.cells) } : {}),
      },
    });
  }
  return jobs;
}

/** From this many cells, a component without a start basis is first searched province by province (`provinceBlocks`). */
const BLOCKS_FROM = 2000;

/**
 * The blocks of a large component, as positions in `cells`: for each province (in code order),
 * its cells and the next province's, with the nation's, so that a province's figure can trade with
 * another's under a national total.
 */
function provinceBlocks(problem: ProtectionProblem, cells: readonly number[]): number[][] {
  const byProvince = new Map<string, number[]>();
  cells.forEach((cell, position) => {
    const province = problem.regions[cell]!.split('.')[0]!;
    const list = byProvince.get(province);
    if (list) list.push(position);
    else byProvince.set(province, [position]);
  });
  const nation = byProvince.get(NATIONAL_CODE) ?? [];
  byProvince.delete(NATIONAL_CODE);
  const provinces = [...byProvince.keys()].sort();
  if (provinces.length < 3) return [];
  return provinces.map((province, index) => [...byProvince.get(province)!, ...byProvince.get(provinces[(index + 1) % provinces.length]!)!, ...nation]);
}

/**
 * The last round's basis mapped onto a group: known statuses kept, a new cell nonbasic at its
 * bound (at zero when free), a new relation's slack basic. Undefined when nothing is known yet
 * or the statuses do not make a basis (as many basic entries as relations).
 */
function startBasis(problem: ProtectionProblem, group: { cells: number[]; relations: number[] }, session: AuditSession): StartBasis | undefined {
  const BASIC = 1;
  let known = false;
  let basic = 0;
  const colStatus = Int32Array.from(group.cells, (cell) => {
    const status = session.cellStatus[cell]!;
    if (status >= 0) known = true;
    const chosen = status >= 0 ? status : problem.lowerBound[cell] === -Infinity ? 3 : 0;
    if (chosen === BASIC) basic++;
    return chosen;
  });
  const rowStatus = Int32Array.from(group.relations, (relation) => {
    const status = session.relationStatus[relation]!;
    const chosen = status >= 0 ? status : BASIC;
    if (chosen === BASIC) basic++;
    return chosen;
  });
  return known && basic === group.relations.length ? { colStatus, rowStatus } : undefined;
}

/**
 * The connected groups of unknown cells that hold a protected cell, with the relations that bind
 * them: a breadth-first walk from each audited cell (`seeds`, in cell order) that is unknown, so that a round that audits a few
 * cells walks only their groups (~10⁴ cells) instead of all ~230,000 relations. Cells are listed
 * in the order of the first binding relation that holds them (then by position in it; a cell in
 * none comes last), relations in index order, and groups by their first cell: the order the LPs
 * and so the complements chosen from their failures depend on.
 */
function connectedGroups(problem: ProtectionProblem, index: RelationIndex, unknown: (cell: number) => boolean, seeds: readonly number[]) {
  const { start, cells: members, cellStart, relations: ofCell } = index;
  // A relation holding an unknown cell that is free in both directions and appears nowhere else
  // constrains nothing (the free cell absorbs any value): it binds nothing.
  const bindingState = new Int8Array(index.count); // 0: not yet known, 1: binding, 2: not
  const binding = (relation: number) => {
    if (bindingState[relation] === 0) {
      let holdsUnknown = false;
      let absorbed = false;
      for (let at = start[relation]!; at < start[relation + 1]!; at++) {
        const cell = members[at]!;
        if (!unknown(cell)) continue;
        holdsUnknown = true;
        if (problem.lowerBound[cell] === -Infinity && cellStart[cell + 1]! - cellStart[cell]! === 1) absorbed = true;
      }
      bindingState[relation] = holdsUnknown && !absorbed ? 1 : 2;
    }
    return bindingState[relation] === 1;
  };
  // Where a cell joins, as one number: its first binding relation and its position there, or
  // after all relations by cell when it is in none. Distinct per cell, and the cell is read back
  // from it (`cellAt`).
  const SPAN = 2 ** 21;
  if (problem.values.length >= SPAN) throw new Error(`audit: ${problem.values.length} cells, more than connectedGroups orders (${SPAN})`);
  const rank = (cell: number): number => {
    for (let at = cellStart[cell]!; at < cellStart[cell + 1]!; at++) {
      const relation = ofCell[at]!;
      if (!binding(relation)) continue;
      let position = 0;
      while (members[start[relation]! + position] !== cell) position++;
      return relation * SPAN + position;
    }
    return index.count * SPAN + cell;
  };
  const cellAt = (rankOf: number): number => {
    const relation = Math.floor(rankOf / SPAN);
    const position = rankOf - relation * SPAN;
    return relation === index.count ? position : members[start[relation]! + position]!;
  };

  const visited = new Uint8Array(problem.values.length);
  const relationSeen = new Uint8Array(index.count);
  const groups: { cells: number[]; relations: number[]; first: number }[] = [];
  for (const seed of seeds) {
    if (!unknown(seed) || visited[seed]) continue;
    visited[seed] = 1;
    const cells = [seed];
    const relations: number[] = [];
    for (let head = 0; head < cells.length; head++) {
      const cell = cells[head]!;
      for (let at = cellStart[cell]!; at < cellStart[cell + 1]!; at++) {
        const relation = ofCell[at]!;
        if (relationSeen[relation] || !binding(relation)) continue;
        relationSeen[relation] = 1;
        relations.push(relation);
        for (let k = start[relation]!; k < start[relation + 1]!; k++) {
          const other = members[k]!;
          if (!visited[other] && unknown(other)) {
            visited[other] = 1;
            cells.push(other);
          }
        }
      }
    }
    const ranks = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) ranks[i] = rank(cells[i]!);
    ranks.sort();
    const ordered: number[] = new Array(cells.length);
    for (let i = 0; i < cells.length; i++) ordered[i] = cellAt(ranks[i]!);
    groups.push({ cells: ordered, relations: Array.from(Int32Array.from(relations).sort()), first: ranks[0]! });
  }
  return groups.sort((a, b) => a.first - b.first).map(({ cells, relations }) => ({ cells, relations }));
}

/** `values` of the given cells, in their order. */
function valuesOf(values: readonly number[], cells: readonly number[]): Float64Array {
  const picked = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) picked[i] = values[cells[i]!]!;
  return picked;
}

/** `test`, each cell's answer computed once (for a question whose answers do not change while it is asked). */
function remembered(test: (cell: number) => boolean, cells: number): (cell: number) => boolean {
  const known = new Int8Array(cells); // 0: not asked yet, 1: yes, 2: no
  return (cell) => {
    if (known[cell] === 0) known[cell] = test(cell) ? 1 : 2;
    return known[cell] === 1;
  };
}

/**
 * Term `term` of a relation (whether it is a change) as `Σ coefficient·cell = 0` (SUM, CHANGE) or
 * `≤ 0` (AT_MOST): total − parts, part − whole, change − later + earlier. A change's cells are
 * stored change, earlier, later: its terms take them in the order change, later, earlier.
 */
function termPosition(change: boolean, term: number): number {
  return change && term > 0 ? 3 - term : term;
}
function termCoefficient(change: boolean, term: number): number {
  return change ? (term === 1 ? -1 : 1) : term === 0 ? 1 : -1;
}
