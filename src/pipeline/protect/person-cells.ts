import { JENIS_PROGRAM } from '../contract/program.ts';
import { MARKERS } from '../publish/markers.ts';
import { REACH_GROUPS } from '../publish/public-schema.ts';
import { PERSON_FIELDS, PROGRAMME_SPLIT_FIELDS, PROTECTED_FIELDS, type ProtectedTable } from './config.ts';

/** A public record seen as a plain bag of fields (a record of this build, or a row of a release snapshot). */
export type AnyRecord = Readonly<Record<string, unknown>>;

/**
 * One person count of a release: a published number, `[c]` (suppressed in that release), or a
 * complement that is never published (men = participants − women, `undefined` when either of its
 * sources is `[c]` there).
 */
export interface PersonCell {
  /** `2024|76.02|kawasan|pengguna`, `2024|76.02|program|semua|peserta`: the same in every release. */
  label: string;
  /** The record it belongs to (`2024|76.02|kawasan`) and its table: the label is `cellKey(recordKey, field)`. */
  recordKey: string;
  table: ProtectedTable;
  kode: string;
  /** Record index in the tables' records one after the other (kawasan, program, jangkauan, hasil: `personRecords`). */
  record: number;
  field: string;
  /** The published value, `[c]`, or (never-published complements) the value or undefined. */
  value: number | typeof MARKERS.suppressed | undefined;
  /** Never published (the men complement). */
  hidden: boolean;
  /** Relative cost of suppressing it (totals over program kinds cost twice). */
  weight: number;
  /** What it counts: persons (protected when 1 … k−1), desa or activities of the programme split, or a published figure a relation rests on (never suppressed). */
  kind: 'persons' | 'split' | 'fixed';
  /** A count of a small programme group: protected whatever its value, zero included (config.ts, PROGRAMME_SPLIT_FIELDS). */
  smallGroup: boolean;
}

/**
 * The person counts of a release and every relation between them that the tables publish. The
 * relations name their cells by position in `cells` (a build's problem adds the cells in that
 * order, so a position is its cell number there); `cellAt` finds a cell's position by record and field.
 */
export interface PersonTables {
  cells: PersonCell[];
  /** The position of a record's cell of a field (`PersonCell.recordKey`, `.field`); undefined when that is no count. */
  cellAt: CellAt;
  /** total = Σ parts. */
  sums: { total: number; parts: number[] }[];
  /** part ≤ whole. */
  atMost: { part: number; whole: number }[];
  /** Counts suppressed together: those of one program record; the programme split of one record. */
  groups: number[][];
  years: number[];
}

export const cellKey = (...parts: (string | number)[]) => parts.join('|');
export const kawasanKey = (year: number, code: string) => cellKey(year, code, 'kawasan');
export const programKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'program', jenis);
export const reachKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'jangkauan', jenis);
export const outcomeKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'hasil', jenis);
export const transitionKey = (year: number, code: string, split: string) => cellKey(year, code, 'peralihan', split);

/** The tables of a release that hold protected counts; a release cut before a table existed has none of its rows. */
export type PersonTableRecords = Readonly<Record<'kawasan' | 'program', readonly AnyRecord[]>> & Partial<Readonly<Record<'jangkauan' | 'hasil' | 'peralihan', readonly AnyRecord[]>>>;

const TABLE_ORDER = ['kawasan', 'program', 'jangkauan', 'hasil', 'peralihan'] as const;

/** The records of the protected-count tables one after the other: `PersonCell.record` indexes this list. */
export function personRecords(tables: PersonTableRecords): AnyRecord[] {
  return TABLE_ORDER.flatMap((table) => tables[table] ?? []);
}

/** The key of a record of a protected-count table (the label of its cells without the field). */
export function recordKeyOf(table: ProtectedTable, record: AnyRecord): string {
  const [year, code] = [record.tahun as number, record.kode as string];
  if (table === 'kawasan') return kawasanKey(year, code);
  if (table === 'peralihan') return transitionKey(year, code, record.program as string);
  return cellKey(year, code, table, record.jenis as string);
}

/** The record whose counts a small programme group makes protected: the transitions with a programme, the reach of all kinds. */
export function isProgrammeGroupRecord(table: ProtectedTable, record: AnyRecord): boolean {
  return (table === 'peralihan' && record.program === 'ada_program') || (table === 'jangkauan' && record.jenis === 'semua');
}

/**
 * The published figures a count of the programme split lies under (0 ≤ count ≤ each), as
 * [record key, field]: the same field for all desa (transitions), the activities of all kinds
 * (reach), and for rawan desa reached also the rawan desa. Where one is 0 the split tells nothing
 * the total does not.
 */
export function splitBoundsOf(cell: Pick<PersonCell, 'table' | 'recordKey' | 'field'>): [recordKey: string, field: string][] {
  const [year, code] = cell.recordKey.split('|') as [string, string];
  if (cell.table === 'peralihan') return [[transitionKey(Number(year), code, 'semua'), cell.field]];
  const activities: [string, string] = [programKey(Number(year), code, 'semua'), 'kegiatan'];
  return cell.field === 'desa_rawan_terjangkau' ? [[cell.recordKey, 'desa_rawan'], activities] : [activities];
}

/**
 * The programme groups of an earlier release's snapshot that were small: those whose split it
 * published with a `[c]` (its true size is not in the snapshot; a group published whole was not
 * small by the rule, or the rule did not exist yet).
 */
export function smallGroupsOf(tables: PersonTableRecords): Set<string> {
  const small = new Set<string>();
  for (const table of ['peralihan', 'jangkauan'] as const) {
    for (const record of tables[table] ?? []) {
      if (isProgrammeGroupRecord(table, record) && PROGRAMME_SPLIT_FIELDS[table].some((field) => record[field] === MARKERS.suppressed)) small.add(recordKeyOf(table, record));
    }
  }
  return small;
}

/**
 * The protected counts of one release's public tables and their relations: kab/kota → province →
 * nation for every field and year, program kinds → all programs, women + men = participants,
 * graduates and entrepreneurs ≤ participants; participants in rawan + not rawan + not assessed
 * desa = participants, participants with a reported income ≤ participants; and the programme
 * split (`addSplitRelations`). Used for this build's tables (values before suppression) and for
 * every earlier release's snapshot (values as published), so both are described by the same
 * rules. `[x]`/`[z]` cells are no counts and take part in nothing. `smallGroups`: the record keys
 * of the programme groups of 1 … k−1 desa (their counts are protected whatever their value).
 */
export function personTables(
  tables: PersonTableRecords,
  children: ReadonlyMap<string, readonly string[]>,
  regionCodes: readonly string[],
  smallGroups: ReadonlySet<string> = smallGroupsOf(tables),
): PersonTables {
  // The position of each cell by record and field: cells are found without building their labels,
  // and the sums over regions and kinds look up one record key per region, not one label per field.
  const byRecord = new Map<string, Map<string, number>>();
  const at = cellAtOf(byRecord);
  const result: PersonTables = { cells: [], cellAt: at, sums: [], atMost: [], groups: [], years: [] };
  const add = (cell: PersonCell) => {
    const position = result.cells.push(cell) - 1;
    let fields = byRecord.get(cell.recordKey);
    if (!fields) byRecord.set(cell.recordKey, (fields = new Map()));
    fields.set(cell.field, position);
  };
  const counted = (positions: readonly (number | undefined)[]) => positions.filter((position) => position !== undefined);
  // A part that is no count (`[x]`: none reported) adds nothing; a total none of whose parts is a
  // count (e.g. participants by group, published for all kinds only) is no relation at all.
  const sum: Relate = (total, parts) => {
    const partPositions = counted(parts);
    if (total !== undefined && partPositions.length > 0) result.sums.push({ total, parts: partPositions });
  };
  // `sum` for each field: the total record's cell = Σ the part records' cells (labels `cellKey(record, field)`).
  const sumFields: SumFields = (totalRecord, partRecords, fields) => {
    const totals = byRecord.get(totalRecord);
    if (!totals) return;
    const parts = partRecords.map((record) => byRecord.get(record));
    for (const field of fields) {
      const total = totals.get(field);
      if (total === undefined) continue;
      const partPositions: number[] = [];
      for (const part of parts) {
        const position = part?.get(field);
        if (position !== undefined) partPositions.push(position);
      }
      if (partPositions.length > 0) result.sums.push({ total, parts: partPositions });
    }
  };
  const atMost: Order = (part, whole) => {
    if (part !== undefined && whole !== undefined) result.atMost.push({ part, whole });
  };
  // The person counts of a program record and of its outcome record are suppressed together; the
  // programme split of a record (and, for a small programme group, the participants by group of the reach) together.
  const groups = new Map<string, number[]>();
  const join = (group: string, positions: readonly (number | undefined)[]) => {
    const members = groups.get(group);
    if (members) for (const position of counted(positions)) members.push(position);
    else groups.set(group, counted(positions));
  };
  let index = 0;
  for (const table of TABLE_ORDER) {
    for (const record of tables[table] ?? []) {
      const recordKey = recordKeyOf(table, record);
      const kode = record.kode as string;
      const weight = record.jenis === 'semua' ? 2 : record.program === 'semua' ? 1000 : 1;
      const small = isProgrammeGroupRecord(table, record) && smallGroups.has(recordKey);
      for (const field of PROTECTED_FIELDS[table]) {
        const value = count(record[field]);
        const kind = (PERSON_FIELDS as Record<string, readonly string[]>)[table]?.includes(field) ? 'persons' : 'split';
        if (value !== undefined) add({ label: cellKey(recordKey, field), recordKey, table, kode, record: index, field, value, hidden: false, weight, kind, smallGroup: small && kind === 'split' });
      }
      const fixed = (field: string) => {
        const value = record[field];
        if (typeof value === 'number') add({ label: cellKey(recordKey, field), recordKey, table, kode, record: index, field, value, hidden: false, weight, kind: 'fixed', smallGroup: false });
      };
      if (table === 'program' && record.jenis === 'semua') fixed('kegiatan');
      if (table === 'jangkauan' && record.jenis === 'semua') fixed('desa_rawan');
      const cells = (fields: readonly string[]) => fields.map((field) => at(recordKey, field));
      if (table === 'program' || table === 'hasil') join(recordKeyOf('program', record), cells(PERSON_FIELDS[table]));
      // The programme split of a small group is hidden whole: with its counterpart, and (reach) with
      // the participants by group. A larger group's reach cells are hidden one by one, as
      // complements need them (province reach published for 60 of 266 province-years, was 30).
      if (table === 'jangkauan' && small) join(recordKey, cells(PROTECTED_FIELDS.jangkauan));
      if (table === 'peralihan' && record.program !== 'semua') join(transitionKey(record.tahun as number, kode, 'split'), cells(PROTECTED_FIELDS.peralihan));
      if (table === 'program') addProgramRelations(record, recordKey, index, add, at, sum, atMost);
      else if (table === 'jangkauan' || table === 'hasil') addFollowUpRelations(table, record, recordKey, at, sum, atMost);
      else if (table === 'peralihan') addTransitionRelations(recordKey, at, sum, atMost);
      index++;
    }
  }
  for (const group of groups.values()) if (group.length > 1) result.groups.push(group);
  result.years = [...new Set(tables.kawasan.map((record) => record.tahun as number))].sort((a, b) => a - b);
  for (const year of result.years) {
    addRegionSums(year, children, regionCodes, sumFields);
    addSplitSums(year, children, regionCodes, sumFields);
  }
  return result;
}

/**
 * `cellAt` over the positions by record and field, made outside `personTables` so that it holds
 * only them: a build keeps it for the whole protection, the cells themselves are not needed then.
 */
function cellAtOf(byRecord: ReadonlyMap<string, ReadonlyMap<string, number>>): CellAt {
  return (recordKey, field) => byRecord.get(recordKey)?.get(field);
}

const count = (value: unknown) => (typeof value === 'number' || value === MARKERS.suppressed ? value : undefined);

/** A program record's men complement (participants − women) and its relations. */
function addProgramRelations(
  record: AnyRecord,
  recordKey: string,
  index: number,
  add: (cell: PersonCell) => void,
  at: CellAt,
  sum: Relate,
  atMost: Order,
): void {
  const weight = record.jenis === 'semua' ? 2 : 1;
  const peserta = count(record.peserta);
  const perempuan = count(record.peserta_perempuan);
  if (peserta !== undefined && perempuan !== undefined) {
    const men = typeof peserta === 'number' && typeof perempuan === 'number' ? peserta - perempuan : undefined;
    add({ label: cellKey(recordKey, 'laki_laki'), recordKey, table: 'program', kode: record.kode as string, record: index, field: 'laki_laki', value: men, hidden: true, weight, kind: 'persons', smallGroup: false });
    sum(at(recordKey, 'peserta'), [at(recordKey, 'peserta_perempuan'), at(recordKey, 'laki_laki')]);
  }
  for (const part of ['lulus', 'berwirausaha']) atMost(at(recordKey, part), at(recordKey, 'peserta'));
}

/**
 * The reach and outcome records against the program record of the same year, region and kind;
 * the reach's split: activities by group = the program's activities (all kinds), rawan desa
 * reached ≤ rawan desa, and ≤ activities in rawan desa.
 */
function addFollowUpRelations(table: 'jangkauan' | 'hasil', record: AnyRecord, recordKey: string, at: CellAt, sum: Relate, atMost: Order): void {
  const program = programKey(record.tahun as number, record.kode as string, record.jenis as string);
  const peserta = at(program, 'peserta');
  if (table === 'hasil') {
    atMost(at(recordKey, 'peserta_pendapatan'), peserta);
    return;
  }
  sum(peserta, PERSON_FIELDS.jangkauan.map((field) => at(recordKey, field)));
  sum(at(program, 'kegiatan'), REACH_GROUP_FIELDS.map((field) => at(recordKey, field)));
  atMost(at(recordKey, 'desa_rawan_terjangkau'), at(recordKey, 'desa_rawan'));
  atMost(at(recordKey, 'desa_rawan_terjangkau'), at(recordKey, 'kegiatan_rawan'));
}

/** The reach's activities by group (`kegiatan_<group>`). */
const REACH_GROUP_FIELDS = REACH_GROUPS.map((group) => `kegiatan_${group}`);

/** Within a transitions record: assessed = rawan + not rawan at first, each = left + stayed, assessed = better + same + worse, new Bersinar ≤ assessed. */
function addTransitionRelations(recordKey: string, at: CellAt, sum: Relate, atMost: Order): void {
  const c = (field: string) => at(recordKey, field);
  sum(c('dinilai_dua_tahun'), [c('rawan_awal'), c('tidak_rawan_awal')]);
  sum(c('rawan_awal'), [c('rawan_keluar'), c('rawan_tetap')]);
  sum(c('tidak_rawan_awal'), [c('tidak_rawan_masuk'), c('tidak_rawan_tetap')]);
  sum(c('dinilai_dua_tahun'), [c('kategori_membaik'), c('kategori_tetap'), c('kategori_memburuk')]);
  atMost(c('bersinar_baru'), c('dinilai_dua_tahun'));
}

/** The position of a record's cell of a field in `PersonTables.cells`; undefined when that cell is no count. */
export type CellAt = (recordKey: string, field: string) => number | undefined;
/** total = Σ parts, over positions (undefined: no count, left out; no total or no part: no relation). */
type Relate = (total: number | undefined, parts: readonly (number | undefined)[]) => void;
/** part ≤ whole, over positions (either undefined: no relation). */
type Order = (part: number | undefined, whole: number | undefined) => void;

/** Relations total = Σ parts, field by field, between the cells of a total record and of part records. */
type SumFields = (totalRecord: string, partRecords: readonly string[], fields: readonly string[]) => void;

/** One year's programme split: with + without a programme = all, and kab/kota → province → nation for each split and field. */
function addSplitSums(year: number, children: ReadonlyMap<string, readonly string[]>, regionCodes: readonly string[], sumFields: SumFields): void {
  for (const code of regionCodes) {
    sumFields(transitionKey(year, code, 'semua'), ['ada_program', 'tanpa_program'].map((split) => transitionKey(year, code, split)), PROGRAMME_SPLIT_FIELDS.peralihan);
  }
  for (const [parent, kids] of children) {
    for (const split of ['semua', 'ada_program', 'tanpa_program']) {
      sumFields(transitionKey(year, parent, split), kids.map((kid) => transitionKey(year, kid, split)), PROGRAMME_SPLIT_FIELDS.peralihan);
    }
    sumFields(reachKey(year, parent, 'semua'), kids.map((kid) => reachKey(year, kid, 'semua')), PROGRAMME_SPLIT_FIELDS.jangkauan);
  }
}

/** The tables whose records are per program kind: their record key and person counts. */
const BY_KIND = [
  [programKey, PERSON_FIELDS.program],
  [reachKey, PERSON_FIELDS.jangkauan],
  [outcomeKey, PERSON_FIELDS.hasil],
] as const;

/** One year's totals: kab/kota → province → nation for every field, program kinds → all programs. */
function addRegionSums(year: number, children: ReadonlyMap<string, readonly string[]>, regionCodes: readonly string[], sumFields: SumFields): void {
  for (const [parent, kids] of children) {
    sumFields(kawasanKey(year, parent), kids.map((kid) => kawasanKey(year, kid)), PERSON_FIELDS.kawasan);
    for (const jenis of ['semua', ...JENIS_PROGRAM]) {
      for (const [key, fields] of BY_KIND) sumFields(key(year, parent, jenis), kids.map((kid) => key(year, kid, jenis)), fields);
    }
  }
  for (const code of regionCodes) {
    for (const [key, fields] of BY_KIND) sumFields(key(year, code, 'semua'), JENIS_PROGRAM.map((jenis) => key(year, code, jenis)), fields);
  }
}
