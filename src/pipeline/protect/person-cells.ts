import { JENIS_PROGRAM } from '../contract/program.ts';
import { MARKERS } from '../publish/markers.ts';
import { PERSON_FIELDS, type PersonTable } from './config.ts';

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
  table: PersonTable;
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
}

/** The person counts of a release and every relation between them that the tables publish. */
export interface PersonTables {
  cells: PersonCell[];
  /** total = Σ parts (labels). */
  sums: { total: string; parts: string[] }[];
  /** part ≤ whole (labels). */
  atMost: { part: string; whole: string }[];
  /** Counts of one program record, suppressed together (labels). */
  groups: string[][];
  years: number[];
}

export const cellKey = (...parts: (string | number)[]) => parts.join('|');
export const kawasanKey = (year: number, code: string) => cellKey(year, code, 'kawasan');
export const programKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'program', jenis);
export const reachKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'jangkauan', jenis);
export const outcomeKey = (year: number, code: string, jenis: string) => cellKey(year, code, 'hasil', jenis);

/** The tables of a release that hold person counts; a release cut before a table existed has none of its rows. */
export type PersonTableRecords = Readonly<Record<'kawasan' | 'program', readonly AnyRecord[]>> & Partial<Readonly<Record<'jangkauan' | 'hasil', readonly AnyRecord[]>>>;

/** The records of the person-count tables one after the other: `PersonCell.record` indexes this list. */
export function personRecords(tables: PersonTableRecords): AnyRecord[] {
  return [...tables.kawasan, ...tables.program, ...(tables.jangkauan ?? []), ...(tables.hasil ?? [])];
}

/** The key of a record of a person-count table (the label of its cells without the field). */
export function recordKeyOf(table: PersonTable, record: AnyRecord): string {
  const [year, code] = [record.tahun as number, record.kode as string];
  if (table === 'kawasan') return kawasanKey(year, code);
  return cellKey(year, code, table, record.jenis as string);
}

/**
 * The person counts of one release's public tables and their relations: kab/kota → province →
 * nation for every field and year, program kinds → all programs, women + men = participants,
 * graduates and entrepreneurs ≤ participants; participants in rawan + not rawan + not assessed
 * desa = participants, participants with a reported income ≤ participants. Used for this
 * build's tables (values before suppression) and for every earlier release's snapshot (values
 * as published), so both are described by the same rules. `[x]`/`[z]` cells are no counts and
 * take part in nothing.
 */
export function personTables(tables: PersonTableRecords, children: ReadonlyMap<string, readonly string[]>, regionCodes: readonly string[]): PersonTables {
  const result: PersonTables = { cells: [], sums: [], atMost: [], groups: [], years: [] };
  const present = new Set<string>();
  const add = (cell: PersonCell) => {
    result.cells.push(cell);
    present.add(cell.label);
  };
  // A part that is no count (`[x]`: none reported) adds nothing; a total none of whose parts is a
  // count (e.g. participants by group, published for all kinds only) is no relation at all.
  const sum = (total: string, parts: string[]) => {
    const counted = parts.filter((part) => present.has(part));
    if (present.has(total) && counted.length > 0) result.sums.push({ total, parts: counted });
  };
  // The person counts of a program record and of its reach and outcome records are suppressed together.
  const groups = new Map<string, string[]>();
  let index = 0;
  for (const table of ['kawasan', 'program', 'jangkauan', 'hasil'] as const) {
    for (const record of tables[table] ?? []) {
      const recordKey = recordKeyOf(table, record);
      const weight = record.jenis === 'semua' ? 2 : 1;
      for (const field of PERSON_FIELDS[table]) {
        const value = count(record[field]);
        if (value !== undefined) add({ label: cellKey(recordKey, field), recordKey, table, kode: record.kode as string, record: index, field, value, hidden: false, weight });
      }
      if (table !== 'kawasan') {
        const group = groups.get(recordKeyOf('program', record)) ?? [];
        groups.set(recordKeyOf('program', record), [...group, ...PERSON_FIELDS[table].map((field) => cellKey(recordKey, field)).filter((label) => present.has(label))]);
      }
      if (table === 'program') addProgramRelations(result, record, recordKey, index, add, sum, present);
      else if (table !== 'kawasan') addFollowUpRelations(result, table, record, recordKey, sum, present);
      index++;
    }
  }
  for (const group of groups.values()) if (group.length > 1) result.groups.push(group);
  result.years = [...new Set(tables.kawasan.map((record) => record.tahun as number))].sort((a, b) => a - b);
  for (const year of result.years) addRegionSums(year, children, regionCodes, sum);
  return result;
}

const count = (value: unknown) => (typeof value === 'number' || value === MARKERS.suppressed ? value : undefined);

/** A program record's men complement (participants − women) and its relations. */
function addProgramRelations(
  tables: PersonTables,
  record: AnyRecord,
  recordKey: string,
  index: number,
  add: (cell: PersonCell) => void,
  sum: (total: string, parts: string[]) => void,
  present: ReadonlySet<string>,
): void {
  const weight = record.jenis === 'semua' ? 2 : 1;
  const peserta = count(record.peserta);
  const perempuan = count(record.peserta_perempuan);
  if (peserta !== undefined && perempuan !== undefined) {
    const men = typeof peserta === 'number' && typeof perempuan === 'number' ? peserta - perempuan : undefined;
    add({ label: cellKey(recordKey, 'laki_laki'), recordKey, table: 'program', kode: record.kode as string, record: index, field: 'laki_laki', value: men, hidden: true, weight });
    sum(cellKey(recordKey, 'peserta'), [cellKey(recordKey, 'peserta_perempuan'), cellKey(recordKey, 'laki_laki')]);
  }
  for (const part of ['lulus', 'berwirausaha']) {
    const partLabel = cellKey(recordKey, part);
    const whole = cellKey(recordKey, 'peserta');
    if (present.has(partLabel) && present.has(whole)) tables.atMost.push({ part: partLabel, whole });
  }
}

/** The reach and outcome records against the program record of the same year, region and kind. */
function addFollowUpRelations(
  tables: PersonTables,
  table: 'jangkauan' | 'hasil',
  record: AnyRecord,
  recordKey: string,
  sum: (total: string, parts: string[]) => void,
  present: ReadonlySet<string>,
): void {
  const peserta = cellKey(programKey(record.tahun as number, record.kode as string, record.jenis as string), 'peserta');
  if (table === 'jangkauan') {
    sum(peserta, PERSON_FIELDS.jangkauan.map((field) => cellKey(recordKey, field)));
    return;
  }
  const part = cellKey(recordKey, 'peserta_pendapatan');
  if (present.has(part) && present.has(peserta)) tables.atMost.push({ part, whole: peserta });
}

/** The tables whose records are per program kind: their record key and person counts. */
const BY_KIND = [
  [programKey, PERSON_FIELDS.program],
  [reachKey, PERSON_FIELDS.jangkauan],
  [outcomeKey, PERSON_FIELDS.hasil],
] as const;

/** One year's totals: kab/kota → province → nation for every field, program kinds → all programs. */
function addRegionSums(year: number, children: ReadonlyMap<string, readonly string[]>, regionCodes: readonly string[], sum: (total: string, parts: string[]) => void): void {
  for (const [parent, kids] of children) {
    for (const field of PERSON_FIELDS.kawasan) sum(cellKey(kawasanKey(year, parent), field), kids.map((kid) => cellKey(kawasanKey(year, kid), field)));
    for (const jenis of ['semua', ...JENIS_PROGRAM]) {
      for (const [key, fields] of BY_KIND) for (const field of fields) sum(cellKey(key(year, parent, jenis), field), kids.map((kid) => cellKey(key(year, kid, jenis), field)));
    }
  }
  for (const code of regionCodes) {
    for (const [key, fields] of BY_KIND) for (const field of fields) sum(cellKey(key(year, code, 'semua'), field), JENIS_PROGRAM.map((jenis) => cellKey(key(year, code, jenis), field)));
  }
}
