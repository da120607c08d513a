/**
 * What changed between two versions of the public tables (two releases, or the last release and
 * the build about to be published): years added or removed, and EVERY changed cell of a year that
 * was in both, old → new, so that no revision of a published figure is ever silent.
 */
import { isMarker, MARKERS } from '../publish/markers.ts';
import type { PublicTableName } from '../publish/public-schema.ts';
import { rowKey, TABLE_NAMES, type CellValue, type PublicTables, type Row } from '../publish/tables.ts';

/**
 * - `revised`: a number changed to another number;
 * - `suppressed`: a cell became `[c]` (newly hidden to protect small counts);
 * - `unsuppressed`: a `[c]` cell is shown again (a number, or another mark);
 * - `reported`: `[x]`/`[z]` became a number; `withdrawn`: a number became `[x]`/`[z]`;
 * - `remarked`: `[x]` ↔ `[z]`; `text`: a text field changed (e.g. a region's name).
 */
export type ChangeKind = 'revised' | 'suppressed' | 'unsuppressed' | 'reported' | 'withdrawn' | 'remarked' | 'text';
export const CHANGE_KINDS: readonly ChangeKind[] = ['revised', 'suppressed', 'unsuppressed', 'reported', 'withdrawn', 'remarked', 'text'];

/** A row that appeared or disappeared, named by its table and key. */
export interface RowChange {
  table: PublicTableName;
  /** null for the wilayah table (no year). */
  tahun: number | null;
  tingkat: string;
  kode: string;
  nama: string;
  /** Program kind (program, jangkauan, hasil), the programme split (peralihan), or null for other tables. */
  jenis: string | null;
}

/** A changed cell: its row, its field, the value before and after. */
export interface CellChange extends RowChange {
  field: string;
  old: CellValue;
  new: CellValue;
  kind: ChangeKind;
}

export interface DatasetDiff {
  yearsBefore: number[];
  yearsAfter: number[];
  yearsAdded: number[];
  yearsRemoved: number[];
  /** Changed cells of rows present before and after (years in both, and the wilayah table). */
  changes: CellChange[];
  /** Rows that appeared or disappeared in years present before and after. */
  rowsAdded: RowChange[];
  rowsRemoved: RowChange[];
  fieldsAdded: { table: PublicTableName; field: string }[];
  /** Tables published for the first time (the earlier version had none of their rows): not listed row by row. */
  tablesAdded: PublicTableName[];
  fieldsRemoved: { table: PublicTableName; field: string }[];
  counts: Record<ChangeKind, number>;
}

export function classifyChange(before: CellValue, after: CellValue): ChangeKind | undefined {
  if (before === after) return undefined;
  if (typeof before === 'number' && typeof after === 'number') return 'revised';
  const markBefore = isMarker(before);
  const markAfter = isMarker(after);
  if (after === MARKERS.suppressed && (markBefore || typeof before === 'number')) return 'suppressed';
  if (before === MARKERS.suppressed && (markAfter || typeof after === 'number')) return 'unsuppressed';
  if (markBefore && typeof after === 'number') return 'reported';
  if (typeof before === 'number' && markAfter) return 'withdrawn';
  if (markBefore && markAfter) return 'remarked';
  return 'text';
}

const yearsOf = (tables: PublicTables) => {
  const years = new Set<number>();
  for (const row of [...tables.kawasan, ...tables.program]) if (typeof row.tahun === 'number') years.add(row.tahun);
  return [...years].sort((a, b) => a - b);
};

function describe(table: PublicTableName, row: Row): RowChange {
  return {
    table,
    tahun: table === 'wilayah' ? null : Number(row.tahun),
    tingkat: String(row.tingkat ?? ''),
    kode: String(row.kode ?? ''),
    nama: String(row.nama ?? ''),
    jenis: row.jenis !== undefined ? String(row.jenis) : table === 'peralihan' ? String(row.program ?? '') : null,
  };
}

/** Compares two versions of the public tables (`before` undefined: everything is new). */
export function diffTables(before: PublicTables | undefined, after: PublicTables): DatasetDiff {
  const yearsAfter = yearsOf(after);
  const yearsBefore = before ? yearsOf(before) : [];
  const common = new Set(yearsAfter.filter((year) => yearsBefore.includes(year)));
  const diff: DatasetDiff = {
    yearsBefore,
    yearsAfter,
    yearsAdded: yearsAfter.filter((year) => !yearsBefore.includes(year)),
    yearsRemoved: yearsBefore.filter((year) => !yearsAfter.includes(year)),
    changes: [],
    rowsAdded: [],
    rowsRemoved: [],
    fieldsAdded: [],
    fieldsRemoved: [],
    tablesAdded: [],
    counts: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>,
  };
  if (!before) return diff;

  for (const table of TABLE_NAMES) {
    if (before[table].length === 0 && after[table].length > 0) {
      diff.tablesAdded.push(table);
      continue;
    }
    const inScope = (row: Row) => table === 'wilayah' || common.has(Number(row.tahun));
    const oldRows = new Map<string, Row>();
    for (const row of before[table]) if (inScope(row)) oldRows.set(rowKey(table, row), row);
    const fieldsBefore = new Set(before[table][0] ? Object.keys(before[table][0]) : []);
    const fieldsAfter = after[table][0] ? Object.keys(after[table][0]) : [];
    if (before[table].length > 0 && after[table].length > 0) {
      for (const field of fieldsAfter) if (!fieldsBefore.has(field)) diff.fieldsAdded.push({ table, field });
      for (const field of fieldsBefore) if (!fieldsAfter.includes(field)) diff.fieldsRemoved.push({ table, field });
    }
    const seen = new Set<string>();
    for (const row of after[table]) {
      if (!inScope(row)) continue;
      const key = rowKey(table, row);
      const old = oldRows.get(key);
      if (!old) {
        diff.rowsAdded.push(describe(table, row));
        continue;
      }
      seen.add(key);
      for (const field of fieldsAfter) {
        const was = old[field];
        const now = row[field];
        if (was === undefined || now === undefined) continue;
        const kind = classifyChange(was, now);
        if (!kind) continue;
        diff.changes.push({ ...describe(table, row), field, old: was, new: now, kind });
        diff.counts[kind]++;
      }
    }
    for (const [key, row] of oldRows) if (!seen.has(key)) diff.rowsRemoved.push(describe(table, row));
  }
  return diff;
}

/** True when nothing at all changed. */
export function diffIsEmpty(diff: DatasetDiff): boolean {
  return (
    diff.yearsAdded.length === 0 &&
    diff.yearsRemoved.length === 0 &&
    diff.changes.length === 0 &&
    diff.rowsAdded.length === 0 &&
    diff.rowsRemoved.length === 0 &&
    diff.fieldsAdded.length === 0 &&
    diff.tablesAdded.length === 0 &&
    diff.fieldsRemoved.length === 0
  );
}

/** Kab/kota (and other units) with changed cells, most changes first. */
export function changedUnits(diff: DatasetDiff, level?: string): { kode: string; nama: string; tingkat: string; cells: number }[] {
  const units = new Map<string, { kode: string; nama: string; tingkat: string; cells: number }>();
  for (const change of diff.changes) {
    if (level && change.tingkat !== level) continue;
    const unit = units.get(change.kode) ?? { kode: change.kode, nama: change.nama, tingkat: change.tingkat, cells: 0 };
    unit.cells++;
    units.set(change.kode, unit);
  }
  return [...units.values()].sort((a, b) => b.cells - a.cells || (a.kode < b.kode ? -1 : 1));
}
