/**
 * JSON downloads: one file per table (`/data/kawasan.json`: an array of records, one per line)
 * and a small static API at stable paths, one file per publication unit with all its years:
 *
 *   /data/v1/index.json               every unit: kode, nama, tingkat, kode_induk, path
 *   /data/v1/nasional/ID.json         {schemaVersion, wilayah, kawasan: [...], program: [...], jangkauan, peralihan, hasil}
 *   /data/v1/provinsi/31.json
 *   /data/v1/kabkota/31.72.json
 *
 * `v1` is the major version of the public schema: a field may be added within v1, never removed
 * or renamed. The files hold no release id, so a unit's file changes only when its data change.
 * Records are the same objects as in the table files (marks as text: "[c]", "[x]", "[z]").
 */
import { bilingual } from '../../i18n/index.ts';
import type { PublicTableName } from '../publish/public-schema.ts';
import { fieldNames, TABLE_NAMES, type PublicTables, type Row } from '../publish/tables.ts';
import { API_VERSION, UNIT_PATH_PATTERN } from './publication.ts';

export { API_VERSION };

/** A record with keys in schema order `fields` (stable bytes whatever order the objects were built in). */
function ordered(fields: readonly string[], record: Row): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, record[field]]));
}

/** An array of records, one per line. */
export function recordsJson(table: PublicTableName, records: readonly Row[]): string {
  if (records.length === 0) return '[]\n';
  // The field names once per table: read from the schema's metadata, they cost more than the record.
  const fields = fieldNames(table);
  return `[\n${records.map((record) => JSON.stringify(ordered(fields, record))).join(',\n')}\n]\n`;
}

export interface UnitFile {
  /** Relative to /data/. */
  path: string;
  kode: string;
  nama: string;
  tingkat: string;
  text: string;
}

export function unitPath(tingkat: string, kode: string): string {
  if (!/^[A-Z0-9.]+$/.test(kode) || !/^[a-z]+$/.test(tingkat)) throw new Error(`unexpected region code ${tingkat}/${kode}`);
  return UNIT_PATH_PATTERN.replace('{tingkat}', tingkat).replace('{kode}', kode);
}

/** One file per publication unit, plus the index. */
export function unitFiles(schemaVersion: string, tables: PublicTables): { units: UnitFile[]; index: string } {
  const yearTables = TABLE_NAMES.filter((table) => table !== 'wilayah');
  const byUnit = new Map(yearTables.map((table) => [table, new Map<string, Row[]>()]));
  for (const table of yearTables) {
    const into = byUnit.get(table)!;
    for (const row of tables[table]) {
      const list = into.get(String(row.kode));
      if (list) list.push(row);
      else into.set(String(row.kode), [row]);
    }
  }
  const regionFields = fieldNames('wilayah');
  const units = tables.wilayah.map((region): UnitFile => {
    const kode = String(region.kode);
    const tingkat = String(region.tingkat);
    const lines = [
      `{"schemaVersion":${JSON.stringify(schemaVersion)},`,
      `"wilayah":${JSON.stringify(ordered(regionFields, region))}`,
      ...yearTables.map((table) => `,"${table}":${recordsJson(table, byUnit.get(table)!.get(kode) ?? []).trimEnd()}`),
    ];
    return { path: unitPath(tingkat, kode), kode, nama: String(region.nama), tingkat, text: `${lines.join('\n')}}\n` };
  });
  const index = {
    schemaVersion,
    description: bilingual('api.index'),
    units: units.map((unit) => {
      const region = tables.wilayah.find((row) => row.kode === unit.kode)!;
      return { kode: unit.kode, nama: unit.nama, tingkat: unit.tingkat, kode_induk: region.kode_induk, path: unit.path.slice(`${API_VERSION}/`.length) };
    }),
  };
  const indexText = `{"schemaVersion":${JSON.stringify(index.schemaVersion)},"description":${JSON.stringify(index.description)},"units":[\n${index.units.map((unit) => JSON.stringify(unit)).join(',\n')}\n]}\n`;
  return { units, index: indexText };
}
