import { MARKERS } from '../publish/markers.ts';
import type { HiddenCount } from './hidden-values.ts';
import type { CellAt, PersonCell, PersonTables } from './person-cells.ts';
import { addCell, type ProtectionProblem } from './problem.ts';

/** A release published before this build, as the protection sees it. */
export interface EarlierRelease {
  id: string;
  /** Its person counts and relations, from its public snapshot (`releases/<id>/`). */
  tables: PersonTables;
  /**
   * The true values of its `[c]` person counts, from its private record (`<data>/rilis/<id>.json`),
   * by cell label; undefined when the record is missing (then a `[c]` count is taken to be what
   * it is today, and the build stops if the published figures say otherwise).
   */
  hiddenValues?: ReadonlyMap<string, HiddenCount>;
}

/** How the earlier releases entered the problem (for the build log and failure messages). */
export interface ReleaseHistory {
  releases: string[];
  /** Releases without a private record of their hidden values. */
  withoutRecord: string[];
  /** Cells of this build that an earlier release suppressed with the same value: they stay suppressed. */
  keepHidden: Set<number>;
  /** Cells of this build that an earlier release published with the same value: they stay published. */
  keepPublished: number;
  /** Person counts of an earlier release whose value differs from this build's (revised). */
  revised: number;
  /** Cells added for values of earlier releases only, and relations of earlier releases added. */
  earlierCells: number;
  earlierRelations: number;
  /** For each cell, the releases in which it was `[c]` (for failure messages). */
  hiddenIn: Map<number, string[]>;
  /** Releases whose published figures contradict their hidden values as recorded or assumed. */
  contradictions: { release: string; relation: string }[];
}

/**
 * Adds every earlier release to the protection problem, so that suppression and audit see what a
 * reader holds: all releases ever published, not only this build.
 *
 * A person count of an earlier release is the SAME unknown as this build's cell when its value
 * then and now is the same (one variable, as a reader comparing releases would assume), and a
 * separate one when it was revised. Then:
 * - published then, same value now → `known`: it stays published (hiding it would hide nothing);
 * - `[c]` then, same value now → suppressed now too (`keepHidden`), so that tables do not flip
 *   between releases and nothing hidden once is handed out later;
 * - revised → the old value is a cell of its own: a known constant if it was published, an
 *   unknown if it was `[c]` (protected like any count: when it was 1 … k−1, or when its value
 *   was never recorded);
 * - every relation of the earlier release (totals, program kinds, women + men, graduates ≤
 *   participants) over those variables joins the problem, so that a revised total cannot be
 *   differenced against the old one, and a cell hidden then cannot be worked out from what is
 *   published now.
 * Releases are linked newest first: each to the nearest newer release that has the cell.
 */
export function addEarlierReleases(
  problem: ProtectionProblem,
  /** This build's cell of a record and field (`PersonTables.cellAt` of this build's tables: a position there is the cell's number). */
  current: CellAt,
  releases: readonly EarlierRelease[],
): ReleaseHistory {
  const history: ReleaseHistory = {
    releases: releases.map((release) => release.id),
    withoutRecord: releases.filter((release) => !release.hiddenValues).map((release) => release.id),
    keepHidden: new Set(),
    keepPublished: 0,
    revised: 0,
    earlierCells: 0,
    earlierRelations: 0,
    hiddenIn: new Map(),
    contradictions: [],
  };
  // Nothing released yet (a first build): nothing to link.
  if (releases.length === 0) return history;
  const currentCount = problem.values.length;
  const relations = new RelationSet();
  for (const sum of problem.sums) relations.add(sumKey(sum.total, sum.parts));
  for (const { part, whole } of problem.atMost) relations.add(atMostKey(part, whole));

  // The variable of a count in the newest release that has it so far (this build's, else `current`).
  const linked = new Map<string, number>();
  const latest = (cell: PersonCell) => linked.get(cell.label) ?? current(cell.recordKey, cell.field);
  for (const release of [...releases].reverse()) {
    const own = linkCells(problem, release, latest, history, currentCount);
    addRelations(problem, release, own, relations, history);
    release.tables.cells.forEach((cell, position) => linked.set(cell.label, own[position]!));
  }
  for (let cell = 0; cell < currentCount; cell++) {
    if (history.hiddenIn.has(cell) && !problem.known[cell] && !problem.hidden[cell]) history.keepHidden.add(cell);
  }
  return history;
}

/** A relation by content, as numbers: a sum's total and its parts in order (any order of parts is the same sum), or part ≤ whole. */
const sumKey = (total: number, parts: readonly number[]) => [SUM, total, ...Int32Array.from(parts).sort()];
const atMostKey = (part: number, whole: number) => [AT_MOST, part, whole];
const [SUM, AT_MOST] = [0, 1];

/** Relations by content (`sumKey`, `atMostKey`): hashed as numbers, compared whole, without a string per relation. */
class RelationSet {
  readonly #buckets = new Map<number, number[][]>();

  /** Adds a relation; false when it was there already. */
  add(key: number[]): boolean {
    let hash = 0x811c9dc5;
    for (const n of key) hash = Math.imul(hash ^ n, 0x01000193);
    const bucket = this.#buckets.get(hash);
    if (!bucket) {
      this.#buckets.set(hash, [key]);
      return true;
    }
    if (bucket.some((other) => other.length === key.length && other.every((n, i) => n === key[i]))) return false;
    bucket.push(key);
    return true;
  }
}

/**
 * The variable of each person count of one release: the newer release's (or this build's) when
 * the value is the same, else a cell of its own. Returns the variable of each of the release's
 * cells, by position (−1: not linked yet).
 */
function linkCells(problem: ProtectionProblem, release: EarlierRelease, latest: (cell: PersonCell) => number | undefined, history: ReleaseHistory, currentCount: number): Int32Array {
  const own = new Int32Array(release.tables.cells.length).fill(-1);
  release.tables.cells.forEach((cell, position) => {
    const value = releaseValue(problem, release, cell, own);
    const published = typeof cell.value === 'number' && !cell.hidden;
    const newer = latest(cell);
    let variable: number;
    if (newer !== undefined && (value === undefined || problem.values[newer] === value)) {
      variable = newer;
      if (published && !problem.known[variable]) {
        problem.known[variable] = true;
        if (variable < currentCount) history.keepPublished++;
      }
    } else {
      variable = addCell(problem, { label: `${release.id}: ${cell.label}`, region: cell.kode, value: value ?? Number.NaN, sensitive: cell.kind !== 'fixed', protectAlways: cell.smallGroup, hidden: !published, known: published, cost: Infinity });
      history.earlierCells++;
      if (newer !== undefined) history.revised++;
    }
    if (cell.value === MARKERS.suppressed) history.hiddenIn.set(variable, [...(history.hiddenIn.get(variable) ?? []), release.id]);
    own[position] = variable;
  });
  return own;
}

/** A count's value in a release: as published, as recorded for `[c]`, or (men) participants − women. */
function releaseValue(problem: ProtectionProblem, release: EarlierRelease, cell: PersonCell, own: Int32Array): number | undefined {
  if (typeof cell.value === 'number') return cell.value;
  if (cell.value === MARKERS.suppressed) return release.hiddenValues?.get(cell.label)?.value;
  if (cell.field !== 'laki_laki') return undefined;
  const variable = (field: string) => own[release.tables.cellAt(cell.recordKey, field) ?? -1] ?? -1;
  const [peserta, perempuan] = [variable('peserta'), variable('peserta_perempuan')];
  return peserta >= 0 && perempuan >= 0 ? problem.values[peserta]! - problem.values[perempuan]! : undefined;
}

/** The release's relations over its variables (those not already in the problem), each checked against the values. */
function addRelations(problem: ProtectionProblem, release: EarlierRelease, own: Int32Array, relations: RelationSet, history: ReleaseHistory): void {
  const of = (position: number) => own[position]!;
  const label = (position: number) => release.tables.cells[position]!.label;
  const check = (relation: string, difference: number) => {
    if (Number.isFinite(difference) && Math.abs(difference) > 1e-6) history.contradictions.push({ release: release.id, relation });
  };
  for (const sum of release.tables.sums) {
    const total = of(sum.total);
    const parts = sum.parts.map(of);
    if (!relations.add(sumKey(total, parts))) continue;
    problem.sums.push({ total, parts });
    history.earlierRelations++;
    check(`${label(sum.total)} = Σ ${sum.parts.length}`, problem.values[total]! - parts.reduce((a, part) => a + problem.values[part]!, 0));
  }
  for (const relation of release.tables.atMost) {
    const [part, whole] = [of(relation.part), of(relation.whole)];
    if (!relations.add(atMostKey(part, whole))) continue;
    problem.atMost.push({ part, whole });
    history.earlierRelations++;
    check(`${label(relation.part)} ≤ ${label(relation.whole)}`, Math.max(0, problem.values[part]! - problem.values[whole]!));
  }
}
