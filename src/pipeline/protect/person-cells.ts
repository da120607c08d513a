import { JENIS_PROGRAM } from '../contract/program.ts';
import { MARKERS } from '../publish/markers.ts';
import { PERSON_FIELDS } from './config.ts';

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
  table: 'kawasan' | 'program';
  kode: string;
  /** Record index in its table (kawasan records first, then program records). */
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

/**
 * The person counts of one release's public tables and their relations: kab/kota → province →
 * nation for every field and year, program kinds → all programs, women + men = participants,
 * graduates and entrepreneurs ≤ participants. Used for this build's tables (values before
 * suppression) and for every earlier release's snapshot (values as published), so both are
 * described by the same rules. `[x]`/`[z]` cells are no counts and take part in nothing.
 */
export function personTables(
  kawasan: readonly AnyRecord[],
  program: readonly AnyRecord[],
  children: ReadonlyMap<string, readonly string[]>,
  regionCodes: readonly string[],
): PersonTables {
  const tables: PersonTables = { cells: [], sums: [], atMost: [], groups: [], years: [] };
  const present = new Set<string>();
  const add = (cell: PersonCell) => {
    tables.cells.push(cell);
    present.add(cell.label);
  };
  const sum = (total: string, parts: string[]) => {
    if (present.has(total)) tables.sums.push({ total, parts: parts.filter((part) => present.has(part)) });
  };
  kawasan.forEach((record, index) => {
    const recordKey = kawasanKey(record.tahun as number, record.kode as string);
    for (const field of PERSON_FIELDS.kawasan) {
      const value = count(record[field]);
      if (value !== undefined) add({ label: cellKey(recordKey, field), recordKey, table: 'kawasan', kode: record.kode as string, record: index, field, value, hidden: false, weight: 1 });
    }
  });
  program.forEach((record, position) => addProgramRecord(tables, record, kawasan.length + position, add, sum, present));
  tables.years = [...new Set(kawasan.map((record) => record.tahun as number))].sort((a, b) => a - b);
  for (const year of tables.years) addRegionSums(year, children, regionCodes, sum);
  return tables;
}

const count = (value: unknown) => (typeof value === 'number' || value === MARKERS.suppressed ? value : undefined);

/** A program record's counts, its men complement (participants − women) and its relations. */
function addProgramRecord(
  tables: PersonTables,
  record: AnyRecord,
  index: number,
  add: (cell: PersonCell) => void,
  sum: (total: string, parts: string[]) => void,
  present: ReadonlySet<string>,
): void {
  const recordKey = programKey(record.tahun as number, record.kode as string, record.jenis as string);
  const weight = record.jenis === 'semua' ? 2 : 1;
  for (const field of PERSON_FIELDS.program) {
    const value = count(record[field]);
    if (value !== undefined) add({ label: cellKey(recordKey, field), recordKey, table: 'program', kode: record.kode as string, record: index, field, value, hidden: false, weight });
  }
  const group = PERSON_FIELDS.program.map((field) => cellKey(recordKey, field)).filter((label) => present.has(label));
  if (group.length > 1) tables.groups.push(group);
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

/** One year's totals: kab/kota → province → nation for every field, program kinds → all programs. */
function addRegionSums(year: number, children: ReadonlyMap<string, readonly string[]>, regionCodes: readonly string[], sum: (total: string, parts: string[]) => void): void {
  for (const [parent, kids] of children) {
    for (const field of PERSON_FIELDS.kawasan) sum(cellKey(kawasanKey(year, parent), field), kids.map((kid) => cellKey(kawasanKey(year, kid), field)));
    for (const jenis of ['semua', ...JENIS_PROGRAM]) {
      for (const field of PERSON_FIELDS.program) sum(cellKey(programKey(year, parent, jenis), field), kids.map((kid) => cellKey(programKey(year, kid, jenis), field)));
    }
  }
  for (const code of regionCodes) {
    for (const field of PERSON_FIELDS.program) sum(cellKey(programKey(year, code, 'semua'), field), JENIS_PROGRAM.map((jenis) => cellKey(programKey(year, code, jenis), field)));
  }
}
