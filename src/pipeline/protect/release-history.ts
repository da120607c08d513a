import { MARKERS } from '../publish/markers.ts';
import type { PersonTables } from './person-cells.ts';
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
  hiddenValues?: ReadonlyMap<string, number>;
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
  current: ReadonlyMap<string, number>,
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
  const currentCount = problem.values.length;
  const relationKeys = new Set<string>();
  const sumKey = (total: number, parts: readonly number[]) => `s${total}=${[...parts].sort((a, b) => a - b).join('+')}`;
  const atMostKey = (part: number, whole: number) => `m${part}<=${whole}`;
  for (const sum of problem.sums) relationKeys.add(sumKey(sum.total, sum.parts));
  for (const { part, whole } of problem.atMost) relationKeys.add(atMostKey(part, whole));

  const latest = new Map(current);
  const hiddenBefore = new Set<number>();
  const newestFirst = [...releases].reverse();
  for (const release of newestFirst) {
    const own = new Map<string, number>();
    for (const cell of release.tables.cells) {
      let value: number | undefined;
      if (typeof cell.value === 'number') value = cell.value;
      else if (cell.value === MARKERS.suppressed) value = release.hiddenValues?.get(cell.label);
      else if (cell.field === 'laki_laki') {
        // Men = participants − women, from this release's values (published or recorded).
        const base = cell.label.slice(0, -'laki_laki'.length);
        const peserta = own.get(`${base}peserta`);
        const perempuan = own.get(`${base}peserta_perempuan`);
        if (peserta !== undefined && perempuan !== undefined) value = problem.values[peserta]! - problem.values[perempuan]!;
      }
      const published = typeof cell.value === 'number' && !cell.hidden;
      const suppressed = cell.value === MARKERS.suppressed;
      const newer = latest.get(cell.label);
      const same = newer !== undefined && (value === undefined || problem.values[newer] === value);
      let variable: number;
      if (same) {
        variable = newer;
        if (published && !problem.known[variable]) {
          problem.known[variable] = true;
          if (variable < currentCount) history.keepPublished++;
        }
      } else {
        variable = addCell(problem, {
          label: `${release.id}: ${cell.label}`,
          value: value ?? Number.NaN,
          sensitive: true,
          hidden: !published,
          known: published,
          cost: Infinity,
        });
        history.earlierCells++;
        if (newer !== undefined) history.revised++;
      }
      if (suppressed) {
        hiddenBefore.add(variable);
        history.hiddenIn.set(variable, [...(history.hiddenIn.get(variable) ?? []), release.id]);
      }
      own.set(cell.label, variable);
    }

    const of = (label: string) => own.get(label)!;
    const check = (relation: string, difference: number) => {
      if (Number.isFinite(difference) && Math.abs(difference) > 1e-6) history.contradictions.push({ release: release.id, relation });
    };
    for (const sum of release.tables.sums) {
      const total = of(sum.total);
      const parts = sum.parts.map(of);
      const key = sumKey(total, parts);
      if (relationKeys.has(key)) continue;
      relationKeys.add(key);
      problem.sums.push({ total, parts });
      history.earlierRelations++;
      check(`${sum.total} = Σ ${sum.parts.length}`, problem.values[total]! - parts.reduce((a, part) => a + problem.values[part]!, 0));
    }
    for (const relation of release.tables.atMost) {
      const [part, whole] = [of(relation.part), of(relation.whole)];
      const key = atMostKey(part, whole);
      if (relationKeys.has(key)) continue;
      relationKeys.add(key);
      problem.atMost.push({ part, whole });
      history.earlierRelations++;
      check(`${relation.part} ≤ ${relation.whole}`, Math.max(0, problem.values[part]! - problem.values[whole]!));
    }
    for (const [label, variable] of own) latest.set(label, variable);
  }

  for (let cell = 0; cell < currentCount; cell++) {
    if (hiddenBefore.has(cell) && !problem.known[cell] && !problem.hidden[cell]) history.keepHidden.add(cell);
  }
  return history;
}
