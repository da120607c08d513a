/**
 * The public tables as the downloads see them: field order from the public schemas, rows as
 * plain records of numbers and text (marks are text). Every format writes the same cells.
 */
import { PUBLIC_TABLES, tableFields, type PublicTableName } from './public-schema.ts';

export type CellValue = string | number;
export type Row = Readonly<Record<string, CellValue>>;

/** The public tables, in their publication order. */
export const TABLE_NAMES = Object.keys(PUBLIC_TABLES) as PublicTableName[];

/** The public tables of a dataset (a `PublicDataset` or a release snapshot). */
export type PublicTables = Record<PublicTableName, readonly Row[]>;

/** Field names of a table, in column order. */
export function fieldNames(table: PublicTableName): string[] {
  return tableFields(table).map((field) => field.name);
}

/** The cells of one record in column order; a missing field is a programming error. */
export function rowCells(record: Row, fields: readonly string[]): CellValue[] {
  return fields.map((name) => {
    const value = record[name];
    if (value === undefined) throw new Error(`field ${name} missing in a public record`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`field ${name} is not a finite number`);
    return value;
  });
}

/** The primary key of a row, as one string (the same rule as the Table Schemas' primaryKey). */
export const PRIMARY_KEY: Record<PublicTableName, readonly string[]> = {
  wilayah: ['kode'],
  kawasan: ['tahun', 'kode'],
  program: ['tahun', 'kode', 'jenis'],
  jangkauan: ['tahun', 'kode', 'jenis'],
  peralihan: ['tahun', 'kode', 'program'],
  hasil: ['tahun', 'kode', 'jenis'],
};

export function rowKey(table: PublicTableName, row: Row): string {
  return PRIMARY_KEY[table].map((field) => String(row[field])).join('|');
}
