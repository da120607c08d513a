import type { RateBases } from '../aggregate/derive.ts';
import type { OutcomeBases, ReachBases } from '../aggregate/derive-follow-up.ts';
import type { Region } from '../aggregate/regions.ts';
import { isMarker, MARKERS, type Marker } from '../publish/markers.ts';
import type { KawasanRecord, OutcomeRecord, ProgramRecord, ReachRecord, TransitionRecord } from '../publish/public-schema.ts';
import type { AuditResult } from './audit.ts';
import { FOLLOW_UP_RATES, PERSON_BASED_RATES, type ProtectedTable, SPLIT_FOLLOWERS } from './config.ts';
import type { HiddenCount, HiddenValues } from './hidden-values.ts';
import { type PersonCell, type PersonTables, cellKey, kawasanKey, personRecords, personTables, programKey, reachKey, recordKeyOf, splitBoundsOf, transitionKey, type PersonTableRecords } from './person-cells.ts';
import { addCell, emptyProblem, LAST_RESORT_COST, type DisclosureConfig } from './problem.ts';
import type { AuditCache } from './audit-cache.ts';
import { protectCells } from './protect.ts';
import { addEarlierReleases, type ReleaseHistory } from './release-history.ts';

type Cell = number | Marker;
/** A public record seen as a plain bag of fields, to read and write cells by name. */
type AnyRecord = Record<string, unknown>;

/** A release published before this build: its public tables, and its private record when there is one. */
export interface EarlierReleaseTables extends PersonTableRecords {
  id: string;
  /** True values of its `[c]` person counts, by cell label (see `hidden-values.ts`). */
  hiddenValues?: ReadonlyMap<string, HiddenCount>;
}

export interface ProtectedTables {
  kawasan: KawasanRecord[];
  program: ProgramRecord[];
  jangkauan: ReachRecord[];
  hasil: OutcomeRecord[];
  peralihan: TransitionRecord[];
  report: DisclosureReport;
  /**
   * PRIVATE: the true value of every person count this build suppresses, by cell label. Never
   * published; kept with the data when a release is cut, so later builds can prove that no
   * release together with this one narrows them (`hidden-values.ts`).
   */
  hiddenValues: HiddenValues;
}

/** The build stops: earlier releases and what is known of their hidden values contradict each other. */
export class ReleaseHistoryError extends Error {
  readonly history: ReleaseHistory;
  constructor(history: ReleaseHistory) {
    super(`earlier releases contradict their hidden values: ${history.contradictions.slice(0, 3).map((c) => `${c.release} ${c.relation}`).join('; ')}`);
    this.history = history;
  }
}

/** Each region's direct children (kab/kota of a province, provinces of the nation), by code. */
export function regionChildren(regions: readonly Region[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const region of regions) {
    if (region.parentCode) children.set(region.parentCode, [...(children.get(region.parentCode) ?? []), region.code]);
  }
  return children;
}

export interface ProgramInput {
  record: ProgramRecord;
  bases: RateBases;
}

/** The reach and outcome records, with the persons each of their rates and means rests on, and the transitions. */
export interface FollowUpInputs {
  reach: { record: ReachRecord; bases: ReachBases }[];
  outcomes: { record: OutcomeRecord; bases: OutcomeBases }[];
  transitions: TransitionRecord[];
}

export interface DisclosureReport {
  threshold: number;
  possibleValues: number;
  cellsConsidered: number;
  primary: number;
  secondary: number;
  /** Hidden complements (e.g. men = participants − women) that needed protection. */
  hiddenProtected: number;
  /** Rates, means and changes suppressed because they are computed from a protected figure or from fewer than k persons. */
  derived: number;
  audit: Omit<AuditResult, 'ranges'>;
  rounds: number;
  /** The earlier releases the audit covered with this build. */
  releases: Omit<ReleaseHistory, 'keepHidden' | 'hiddenIn' | 'contradictions'> & { keptHidden: number };
  /** Failures named for the log: the cell, the releases in which it was `[c]`, its range. */
  failures: { label: string; releases: string[]; min: number; max: number }[];
}

const LEVEL_COST = { kabkota: 1, provinsi: 3, nasional: 1000 } as const;
const key = cellKey;

/**
 * Applies disclosure control to the public tables of every year: builds the protection
 * problem (person counts, their additive relations across kab/kota → province → nation, program
 * kinds → total, women + men → participants, graduates/entrepreneurs ≤ participants, and the
 * year-on-year changes), protects it, writes `[c]` into every suppressed cell, suppresses
 * rates and means from small bases, and fills in the changes from the published values.
 */
export async function protectPublicTables(
  regions: readonly Region[],
  kawasan: KawasanRecord[],
  programs: ProgramInput[],
  config: DisclosureConfig,
  /** Every release published before this build (oldest first): the audit covers them all. */
  earlier: readonly EarlierReleaseTables[] = [],
  /** The programmes' reach and participants' outcomes: their person counts join the same problem. */
  followUp: FollowUpInputs = { reach: [], outcomes: [], transitions: [] },
  /** Components' audit results kept between builds (audit-cache.ts). */
  cache?: AuditCache,
): Promise<ProtectedTables> {
  const children = regionChildren(regions);
  const codes = regions.map((region) => region.code);
  const current = currentProblem(regions, kawasan, programs, followUp, children, codes, config);
  const { problem, place } = current;
  const currentCells = problem.values.length;
  const history = addEarlierReleases(
    problem,
    current.cellOf,
    earlier.map((release) => ({
      id: release.id,
      tables: personTables(release, children, codes),
      ...(release.hiddenValues ? { hiddenValues: release.hiddenValues } : {}),
    })),
  );
  if (history.contradictions.length > 0) throw new ReleaseHistoryError(history);

  const result = await protectCells(problem, config, history.keepHidden, cache);
  for (const index of result.suppressed) {
    if (place.has(index) && !problem.known[index]) place.record(index)[place.field[index]!] = MARKERS.suppressed;
  }
  let derived = suppressRates(programs, config) + suppressFollowUpRates(followUp, programs, config) + suppressSplitFollowers(followUp);
  fillChanges(kawasan, programs.map((p) => p.record));
  for (const change of current.changes) if (result.suppressed.has(change)) derived++;

  const counted = [...result.suppressed].filter((index) => place.has(index)).sort((a, b) => a - b);
  const { ranges: _ranges, ...audit } = result.audit;
  const { keepHidden, hiddenIn, contradictions: _contradictions, ...releases } = history;
  return {
    kawasan,
    program: programs.map((p) => p.record),
    jangkauan: followUp.reach.map((r) => r.record),
    hasil: followUp.outcomes.map((o) => o.record),
    peralihan: followUp.transitions,
    hiddenValues: new Map(counted.map((index) => [problem.labels[index]!, { ...place.count(index), value: problem.values[index]! }])),
    report: {
      releases: { ...releases, keptHidden: keepHidden.size },
      failures: result.audit.failures.map((failure) => ({
        label: failure.label,
        releases: [...(hiddenIn.get(failure.cell) ?? []), ...(failure.cell < currentCells ? ['*'] : [])],
        min: failure.min,
        max: failure.max,
      })),
      threshold: config.threshold,
      possibleValues: config.possibleValues,
      cellsConsidered: problem.values.length,
      primary: result.primary.size,
      secondary: counted.length - result.primary.size,
      hiddenProtected: problem.hidden.filter((isHidden, index) => index < currentCells && isHidden && problem.sensitive[index] && problem.values[index]! >= 1 && problem.values[index]! < config.threshold).length,
      derived,
      audit,
      rounds: result.rounds,
    },
  };
}

/**
 * This build's protection problem: every person count (cost by level: a national figure is the
 * last to hide), its relations, and the year-on-year changes of person counts, which are
 * published only with both years and audited as relations.
 */
function currentProblem(
  regions: readonly Region[],
  kawasan: readonly KawasanRecord[],
  programs: readonly ProgramInput[],
  followUp: FollowUpInputs,
  children: ReadonlyMap<string, readonly string[]>,
  codes: readonly string[],
  config: DisclosureConfig,
) {
  const problem = emptyProblem();
  const level = new Map(regions.map((region) => [region.code, region.level]));
  const input = {
    kawasan,
    program: programs.map((p) => p.record),
    jangkauan: followUp.reach.map((r) => r.record),
    hasil: followUp.outcomes.map((o) => o.record),
    peralihan: followUp.transitions,
  };
  const records = personRecords(input);
  const tables = personTables(input, children, codes, smallProgrammeGroups(followUp, config));
  const place = countPlaces(tables.cells.length, records);
  const forced = forcedByTotals(tables, regions);
  // The problem's cells are the tables' in their order: a position in the tables is the cell's number.
  const cellOf = tables.cellAt;
  for (const cell of tables.cells) {
    const fixed = cell.kind === 'fixed';
    const index = addCell(problem, {
      label: cell.label,
      region: cell.kode,
      value: cell.value as number,
      sensitive: cell.kind === 'persons',
      protectAlways: cell.smallGroup && !forced(cell),
      hidden: cell.hidden,
      known: fixed,
      cost: fixed ? Infinity : lastResort(cell, level.get(cell.kode)) ? LAST_RESORT_COST : cell.weight * LEVEL_COST[level.get(cell.kode) ?? 'kabkota'],
    });
    if (!cell.hidden && !fixed) place.set(index, cell);
  }
  for (const sum of tables.sums) problem.sums.push(sum);
  for (const relation of tables.atMost) problem.atMost.push(relation);
  for (const group of tables.groups) problem.groups.push(group);

  const changes: number[] = [];
  const addChange = (earlierKey: string, laterKey: string, of: string) => {
    const earlier = cellOf(earlierKey, of);
    const later = cellOf(laterKey, of);
    if (earlier === undefined || later === undefined) return;
    const change = addCell(problem, { label: cellKey(laterKey, `${of}_perubahan`), region: problem.regions[later], value: problem.values[later]! - problem.values[earlier]!, lowerBound: -Infinity });
    problem.derivedFrom.set(change, [earlier, later]);
    changes.push(change);
  };
  const first = tables.years[0];
  for (const record of kawasan) {
    if (record.tahun === first) continue;
    for (const field of ['tersangka', 'pengguna']) addChange(kawasanKey(record.tahun - 1, record.kode), kawasanKey(record.tahun, record.kode), field);
  }
  for (const { record } of programs) {
    if (record.tahun !== first) addChange(programKey(record.tahun - 1, record.kode, record.jenis), programKey(record.tahun, record.kode, record.jenis), 'peserta');
  }
  return { problem, cellOf, place, changes };
}

/**
 * Where each published count of this build sits, by cell number (a cell's position in the
 * tables): its record and field, in columns rather than an object per count (~380,000 on the
 * national 10-year set), so that the tables' cells need not be kept through the protection.
 */
function countPlaces(cells: number, records: readonly AnyRecord[]) {
  const recordOf = new Int32Array(cells).fill(-1);
  const field: string[] = new Array<string>(cells).fill('');
  const table: ProtectedTable[] = new Array<ProtectedTable>(cells).fill('kawasan');
  return {
    field,
    set(index: number, cell: Pick<PersonCell, 'record' | 'field' | 'table'>) {
      recordOf[index] = cell.record;
      field[index] = cell.field;
      table[index] = cell.table;
    },
    has: (index: number) => index < cells && recordOf[index]! >= 0,
    /** The record a published count belongs to (written in place: `[c]` when suppressed). */
    record: (index: number) => records[recordOf[index]!]!,
    /** What the private record of hidden values says of a count besides its value (`HiddenCount`). */
    count(index: number): Omit<HiddenCount, 'value'> {
      return { recordKey: recordKeyOf(table[index]!, records[recordOf[index]!]!), table: table[index]!, field: field[index]! };
    },
  };
}

/**
 * Complements of last resort (`LAST_RESORT_COST`): the national reach and transitions, and the
 * provinces' reach, the headline figures of the new tables. Complements are found among kab/kota
 * (and, for transitions, provinces) first, however deep the search must go; these are hidden only
 * where nothing else can protect a count. (The provinces' transitions as last resort too left 12
 * cells unprotected after 12 rounds.)
 */
function lastResort(cell: PersonCell, level: Region['level'] | undefined): boolean {
  return level === 'nasional' ? cell.table === 'jangkauan' || cell.table === 'peralihan' : level === 'provinsi' && cell.table === 'jangkauan';
}

/**
 * Counts of the programme split that the published totals fix whatever is hidden, so that the
 * totals tell them, not the split: under a published total of 0 (`splitBoundsOf`), or whose
 * province's or nation's figure of the same field, not itself a count of a small programme
 * group, is 0 or all its own total allows (every part of a sum of 0 is 0; every part of a sum at
 * its bound is at its own: e.g. all of a province's activities were in rawan desa, so all of
 * each of its kab/kota's were — a fact about a large group, as any published total is).
 */
function forcedByTotals({ cells, cellAt }: Pick<PersonTables, 'cells' | 'cellAt'>, regions: readonly Region[]): (cell: PersonCell) => boolean {
  const cellOf = (recordKey: string, field: string): PersonCell | undefined => {
    const position = cellAt(recordKey, field);
    return position === undefined ? undefined : cells[position];
  };
  const parentOf = new Map(regions.map((region) => [region.code, region.parentCode]));
  const boundOf = (cell: PersonCell) => Math.min(...splitBoundsOf(cell).map(([recordKey, field]) => cellOf(recordKey, field)?.value).filter((v): v is number => typeof v === 'number'));
  const atAnEnd = (recordKey: string, field: string) => {
    const cell = cellOf(recordKey, field);
    return cell !== undefined && !cell.smallGroup && typeof cell.value === 'number' && (cell.value === 0 || cell.value === boundOf(cell));
  };
  return (cell) => {
    if (boundOf(cell) === 0) return true;
    // The same record of each region above (the record key with the region's code in place).
    const [year, , ...rest] = cell.recordKey.split('|');
    for (let code = parentOf.get(cell.kode); code; code = parentOf.get(code)) {
      if (atAnEnd([year, code, ...rest].join('|'), cell.field)) return true;
    }
    return false;
  };
}

/** The programme groups of 1 … k−1 desa (record keys): transitions with a programme, reach of all kinds. */
function smallProgrammeGroups(followUp: FollowUpInputs, config: DisclosureConfig): Set<string> {
  const small = (n: number) => n >= 1 && n < config.threshold;
  return new Set([
    ...followUp.transitions.filter((r) => r.program === 'ada_program' && small(r.dinilai_dua_tahun as number)).map((r) => transitionKey(r.tahun, r.kode, r.program)),
    ...followUp.reach.filter(({ record, bases }) => record.jenis === 'semua' && small(bases.desa_program)).map(({ record }) => reachKey(record.tahun, record.kode, record.jenis)),
  ]);
}

/** Rates and budgets of the programme split follow its counts: `[c]` where one they rest on is; returns how many. */
function suppressSplitFollowers(followUp: FollowUpInputs): number {
  let derived = 0;
  const follow = (records: readonly AnyRecord[], followers: Readonly<Record<string, readonly string[]>>) => {
    for (const record of records) {
      for (const [field, sources] of Object.entries(followers)) {
        if (record[field] !== MARKERS.suppressed && sources.some((source) => record[source] === MARKERS.suppressed)) {
          record[field] = MARKERS.suppressed;
          derived++;
        }
      }
    }
  };
  follow(followUp.reach.map((r) => r.record as AnyRecord), SPLIT_FOLLOWERS.jangkauan);
  follow(followUp.transitions as AnyRecord[], SPLIT_FOLLOWERS.peralihan);
  return derived;
}

/** Rates and means from a suppressed count or from fewer than k persons become `[c]`; returns how many. */
function suppressRates(programs: readonly ProgramInput[], config: DisclosureConfig): number {
  let derived = 0;
  for (const { record, bases } of programs) {
    for (const [rate, sources] of Object.entries(PERSON_BASED_RATES) as [keyof RateBases, readonly string[]][]) {
      if (isMarker(record[rate])) continue;
      const fromSuppressed = sources.some((field) => record[field as keyof ProgramRecord] === MARKERS.suppressed);
      if (fromSuppressed || bases[rate] < config.threshold) {
        (record as AnyRecord)[rate] = MARKERS.suppressed;
        derived++;
      }
    }
  }
  return derived;
}

/**
 * Rates and means of the reach and outcome tables from a suppressed count (their own table's,
 * or the program record's of the same year, region and kind) or from fewer than k persons
 * become `[c]`; returns how many.
 */
function suppressFollowUpRates(followUp: FollowUpInputs, programs: readonly ProgramInput[], config: DisclosureConfig): number {
  const programOf = new Map(programs.map(({ record }) => [programKey(record.tahun, record.kode, record.jenis), record as AnyRecord]));
  let derived = 0;
  const suppressIn = (table: keyof typeof FOLLOW_UP_RATES, record: AnyRecord, bases: Readonly<Record<string, number>>) => {
    const program = programOf.get(programKey(record.tahun as number, record.kode as string, record.jenis as string));
    for (const [rate, sources] of Object.entries(FOLLOW_UP_RATES[table]) as [string, readonly string[]][]) {
      if (isMarker(record[rate])) continue;
      const fromSuppressed = sources.some((source) => {
        const [from, field] = source.split('.') as [string, string];
        return (from === 'program' ? program : record)?.[field] === MARKERS.suppressed;
      });
      if (fromSuppressed || (bases[rate] ?? 0) < config.threshold) {
        record[rate] = MARKERS.suppressed;
        derived++;
      }
    }
  };
  for (const { record, bases } of followUp.reach) suppressIn('jangkauan', record as AnyRecord, bases);
  for (const { record, bases } of followUp.outcomes) suppressIn('hasil', record as AnyRecord, bases);
  return derived;
}

const KAWASAN_CHANGES = ['dinilai', 'bahaya', 'waspada', 'rawan', 'rawan_persen', 'kasus_narkoba', 'tersangka', 'pengguna'] as const;
const PROGRAM_CHANGES = ['kegiatan', 'peserta'] as const;

/** Year-on-year changes from the published values: a marker where either year has one. */
function fillChanges(kawasan: KawasanRecord[], program: ProgramRecord[]): void {
  const fill = <R extends Record<string, unknown>>(records: R[], recordKey: (r: R) => string, fields: readonly string[]) => {
    const byKey = new Map(records.map((record) => [recordKey(record), record]));
    for (const record of records) {
      const previous = byKey.get(recordKey({ ...record, tahun: (record.tahun as number) - 1 }));
      for (const field of fields) {
        const target = record as AnyRecord;
        target[`${field}_perubahan`] = change(previous?.[field] as Cell | undefined, record[field] as Cell);
      }
    }
  };
  fill(kawasan, (r) => key(r.tahun, r.kode), KAWASAN_CHANGES);
  fill(program, (r) => key(r.tahun, r.kode, r.jenis), PROGRAM_CHANGES);
}

function change(earlier: Cell | undefined, later: Cell): Cell {
  if (earlier === undefined) return MARKERS.notApplicable;
  if (isMarker(later)) return later;
  if (isMarker(earlier)) return earlier;
  return Math.round((later - earlier) * 10) / 10;
}
