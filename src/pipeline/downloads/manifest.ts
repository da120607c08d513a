/**
 * The list of downloads the pages show: every file under /data/ with its format, size, SHA-256
 * and the release in which its content last changed.
 *
 * "Last change": for a table file (CSV, Excel-Indonesia CSV, JSON) the newest release in which
 * that table's data changed; for a unit's API file, the newest release in which that unit's rows
 * changed; for /data/v1/index.json, the newest release that changed the list of units. Files that
 * name the release inside them (XLSX README, datapackage.json, changelog.json, SHA256SUMS) change
 * with every release.
 */
import { createHash } from 'node:crypto';
import type { PublicTableName } from '../publish/public-schema.ts';
import type { Bilingual } from '../../i18n/index.ts';
import type { Licence } from './publication.ts';
import { snapshotContent, type ReleaseInfo, type ReleaseMeta } from '../release/release.ts';
import { TABLE_NAMES, type PublicTables } from '../publish/tables.ts';

export const MANIFEST_FORMAT = 1;

export type DownloadGroup = 'table' | 'workbook' | 'metadata' | 'api';
export type DownloadFormat = 'csv' | 'csv-excel-id' | 'xlsx' | 'json' | 'datapackage' | 'sha256sums';

export interface DownloadEntry {
  /** Site path, e.g. `/data/kawasan.csv`. */
  path: string;
  group: DownloadGroup;
  format: DownloadFormat;
  mediatype: string;
  table?: PublicTableName;
  unit?: { kode: string; nama: string; tingkat: string };
  bytes: number;
  sha256: string;
  lastChanged: { id: string; date: string };
}

export interface DownloadsManifest {
  format: typeof MANIFEST_FORMAT;
  release: ReleaseInfo;
  previous: { id: string; date: string } | null;
  meta: ReleaseMeta;
  licence: Licence;
  citation: { apa: Bilingual; plain: Bilingual };
  /** Absolute URL of /data/ when the site URL is known. */
  dataUrl: string | null;
  rows: Record<PublicTableName, number>;
  files: DownloadEntry[];
}

/** One point of the release history: its id, date and tables. */
export interface HistoryPoint {
  id: string;
  date: string;
  tables: PublicTables;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a file's content depends on, per release: a key that changes iff that content changes. */
export interface ContentKeys {
  table: Record<PublicTableName, string>;
  unit: Map<string, string>;
  unitList: string;
}

export function contentKeys(tables: PublicTables, schemaVersion: string): ContentKeys {
  const { tableHashes } = snapshotContent(tables, schemaVersion);
  const rowsOf = new Map<string, string[]>();
  const add = (kode: string, text: string) => {
    const list = rowsOf.get(kode);
    if (list) list.push(text);
    else rowsOf.set(kode, [text]);
  };
  const canonical = (row: Record<string, unknown>) => JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key]]));
  for (const table of TABLE_NAMES) for (const row of tables[table]) add(String(row.kode), `${table}:${canonical(row)}`);
  const unit = new Map<string, string>();
  for (const [kode, rows] of rowsOf) unit.set(kode, hash(rows.join('\n')));
  const unitList = hash(JSON.stringify(tables.wilayah.map((row) => [row.kode, row.nama, row.tingkat, row.kode_induk])));
  return { table: { ...tableHashes }, unit, unitList };
}

/**
 * For each history point, the content keys; `lastChange(select)` gives the oldest release of the
 * newest run of equal keys ending at the current point.
 */
export function lastChangeFinder(history: readonly HistoryPoint[], schemaVersion: string) {
  const keys = history.map((point) => contentKeys(point.tables, schemaVersion));
  const current = history.at(-1);
  if (!current) throw new Error('empty release history');
  return (select: ((keys: ContentKeys) => string | undefined) | undefined): { id: string; date: string } => {
    if (!select) return { id: current.id, date: current.date };
    const now = select(keys.at(-1)!);
    let index = history.length - 1;
    while (index > 0 && now !== undefined && select(keys[index - 1]!) === now) index--;
    return { id: history[index]!.id, date: history[index]!.date };
  };
}
