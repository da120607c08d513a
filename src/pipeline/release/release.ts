/**
 * Releases: every published build carries a release id and date, and every cut release is kept
 * as a committed, public-only snapshot under `releases/<id>/`:
 *
 *   releases/2025.1/release.json   {id, date, schemaVersion, contentHash, years, tables, meta, summary, note?}
 *   releases/2025.1/wilayah.json   {"table","schemaVersion","fields":[…],"rows":[ one row per line ]}
 *   releases/2025.1/kawasan.json
 *   releases/2025.1/program.json
 *   releases/2025.2/jangkauan.json, peralihan.json, hasil.json   (tables published since 2025.2)
 *
 * A snapshot is written from the `PublicDataset` only (the published tables, field by field in
 * schema order), so nothing that is never published can get into it. Rows are one per line so a
 * `git diff` between two releases shows the revised rows.
 *
 * Release id `YYYY.N`: YYYY is the newest data year of the release, N counts the releases with
 * that newest year (2025.1 adds 2025; a later correction of the same data is 2025.2). A build
 * whose public tables equal the newest committed snapshot (same content hash) IS that release.
 * Any other build is a draft of the next release: `<next id>-draft.<first 7 hex of its content
 * hash>`, e.g. `2026.1-draft.3f9a2c1` — it is never confused with a cut release, and the same
 * inputs always give the same id.
 *
 * Release date (never "now", so the same inputs give the same bytes):
 *   cut release: the date in its release.json;
 *   draft: SOURCE_DATE_EPOCH when set, else the commit date of the newest git commit that
 *   touched the data folder, else the newest release's date, else 31 December of the newest
 *   data year; never earlier than the newest release's date.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { PublicDataset } from '../publish/public-dataset.ts';
import type { PublicTableName } from '../publish/public-schema.ts';
import { sha256Hex } from '../downloads/checksums.ts';
import { fieldNames, rowCells, TABLE_NAMES, type CellValue, type PublicTables, type Row } from '../publish/tables.ts';

export const RELEASE_ID_PATTERN = /^(\d{4})\.([1-9]\d*)$/;
export const DRAFT_ID_PATTERN = /^(\d{4})\.([1-9]\d*)-draft\.([0-9a-f]{7})$/;

/** What every build knows about the release it publishes. */
export interface ReleaseInfo {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  schemaVersion: string;
  /** `sha256:` + hash over the three snapshot tables (see `snapshotFiles`). */
  contentHash: string;
  years: number[];
  /** True when the build's tables are not (yet) a committed snapshot. */
  draft: boolean;
  /** How the date was chosen (for the build log). */
  dateSource: 'release.json' | 'SOURCE_DATE_EPOCH' | 'git' | 'previous-release' | 'data-year' | 'option';
}

/** Public metadata stored with a snapshot (the dataset meta; all of it is published anyway). */
export type ReleaseMeta = PublicDataset['meta'];

export interface ReleaseSummary {
  /** Years new in this release compared with the previous one. */
  yearsAdded: number[];
  yearsRemoved: number[];
  /** Changed cells of years that were already published, by kind (see diff.ts). */
  changedCells: number;
  suppressed: number;
  unsuppressed: number;
  rows: Record<PublicTableName, number>;
}

export interface ReleaseRecord {
  id: string;
  date: string;
  schemaVersion: string;
  contentHash: string;
  years: number[];
  previous: string | null;
  /** Every public table at the time of the release (a table published later is absent: it had no rows then). */
  tables: Partial<Record<PublicTableName, { path: string; rows: number; sha256: string }>> & Record<'wilayah' | 'kawasan' | 'program', { path: string; rows: number; sha256: string }>;
  meta: ReleaseMeta;
  summary: ReleaseSummary;
  /** Optional words from the staff who cut the release. */
  note?: { id: string; en: string };
}

/** A committed release, loaded. */
export interface LoadedRelease {
  record: ReleaseRecord;
  tables: PublicTables;
}

// ---------------------------------------------------------------------------------------------
// Snapshot files

/** One snapshot table file: fields once, then one JSON array per row, one row per line. */
export function snapshotTableText(table: PublicTableName, schemaVersion: string, records: readonly Row[]): string {
  const fields = fieldNames(table);
  const head = `{"table":${JSON.stringify(table)},"schemaVersion":${JSON.stringify(schemaVersion)},"fields":${JSON.stringify(fields)},"rows":[`;
  const rows = records.map((record) => JSON.stringify(rowCells(record, fields)));
  return `${head}\n${rows.join(',\n')}\n]}\n`;
}

export interface SnapshotContent {
  files: Record<PublicTableName, string>;
  tableHashes: Record<PublicTableName, string>;
  contentHash: string;
}

/** The snapshot tables of a dataset and its content hash (what identifies a release). */
export function snapshotContent(tables: PublicTables, schemaVersion: string): SnapshotContent {
  const files = {} as Record<PublicTableName, string>;
  const tableHashes = {} as Record<PublicTableName, string>;
  for (const table of TABLE_NAMES) {
    files[table] = snapshotTableText(table, schemaVersion, tables[table]);
    tableHashes[table] = sha256Hex(files[table]);
  }
  const contentHash = `sha256:${sha256Hex(TABLE_NAMES.map((table) => `${table} ${tableHashes[table]}\n`).join(''))}`;
  return { files, tableHashes, contentHash };
}

/** Reads one snapshot table back into records (lenient about fields, strict about cell types). */
export function parseSnapshotTable(text: string, expected: PublicTableName): Row[] {
  const parsed = JSON.parse(text) as { table?: unknown; fields?: unknown; rows?: unknown };
  if (parsed.table !== expected) throw new Error(`snapshot table is ${String(parsed.table)}, expected ${expected}`);
  if (!Array.isArray(parsed.fields) || !parsed.fields.every((field) => typeof field === 'string')) throw new Error(`snapshot ${expected}: bad fields`);
  if (!Array.isArray(parsed.rows)) throw new Error(`snapshot ${expected}: bad rows`);
  const fields = parsed.fields as string[];
  return parsed.rows.map((row: unknown, index) => {
    if (!Array.isArray(row) || row.length !== fields.length) throw new Error(`snapshot ${expected}: row ${index + 1} has the wrong length`);
    const record: Record<string, CellValue> = {};
    fields.forEach((field, column) => {
      const value: unknown = row[column];
      if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
        throw new Error(`snapshot ${expected}: row ${index + 1}, ${field} is neither a number nor text`);
      }
      record[field] = value;
    });
    return record;
  });
}

// ---------------------------------------------------------------------------------------------
// Ids and dates

export function parseReleaseId(id: string): { year: number; sequence: number } | undefined {
  const match = RELEASE_ID_PATTERN.exec(id) ?? DRAFT_ID_PATTERN.exec(id);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : undefined;
}

/** Orders release ids: by newest data year, then sequence. */
export function compareReleaseIds(a: string, b: string): number {
  const pa = parseReleaseId(a);
  const pb = parseReleaseId(b);
  if (!pa || !pb) throw new Error(`not a release id: ${pa ? b : a}`);
  return pa.year - pb.year || pa.sequence - pb.sequence;
}

/** The id the next cut release gets, given the newest data year and the committed ids. */
export function nextReleaseId(newestYear: number, committedIds: readonly string[]): string {
  let sequence = 0;
  for (const id of committedIds) {
    const parsed = parseReleaseId(id);
    if (parsed?.year === newestYear) sequence = Math.max(sequence, parsed.sequence);
  }
  return `${newestYear}.${sequence + 1}`;
}

export const isIsoDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/** UTC date of a Unix time in seconds. */
export function dateOfEpochSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Commit date (UTC) of the newest commit touching `paths`, or undefined (no git, no commit). */
export function gitCommitDate(cwd: string, paths: readonly string[]): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...paths], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/.test(out) ? dateOfEpochSeconds(Number(out)) : undefined;
  } catch {
    return undefined;
  }
}

export interface DateSources {
  /** `--date` of the release command. */
  option?: string;
  /** `SOURCE_DATE_EPOCH` (seconds), when set. */
  sourceDateEpoch?: string;
  /** The git commit date of the data folder, when known. */
  gitDate?: string;
}

/** Where the date sources come from in a normal run (SOURCE_DATE_EPOCH and git). */
export function defaultDateSources(config: Pick<Config, 'dataDir' | 'sourceDateEpoch'>): DateSources {
  const sources: DateSources = {};
  if (config.sourceDateEpoch) sources.sourceDateEpoch = config.sourceDateEpoch;
  const gitDate = gitCommitDate(config.dataDir, ['.']);
  if (gitDate) sources.gitDate = gitDate;
  return sources;
}

/** The date of a release that is not committed yet (see the module comment). */
export function draftDate(newestYear: number, previous: ReleaseRecord | undefined, sources: DateSources): Pick<ReleaseInfo, 'date' | 'dateSource'> {
  let chosen: Pick<ReleaseInfo, 'date' | 'dateSource'>;
  if (sources.option) {
    if (!isIsoDate(sources.option)) throw new Error(`--date must be YYYY-MM-DD, got ${sources.option}`);
    if (previous && sources.option < previous.date) throw new Error(`--date ${sources.option} is before the previous release (${previous.id}, ${previous.date})`);
    return { date: sources.option, dateSource: 'option' };
  }
  if (sources.sourceDateEpoch !== undefined) {
    if (!/^\d+$/.test(sources.sourceDateEpoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got ${sources.sourceDateEpoch}`);
    chosen = { date: dateOfEpochSeconds(Number(sources.sourceDateEpoch)), dateSource: 'SOURCE_DATE_EPOCH' };
  } else if (sources.gitDate) {
    chosen = { date: sources.gitDate, dateSource: 'git' };
  } else if (previous) {
    chosen = { date: previous.date, dateSource: 'previous-release' };
  } else {
    chosen = { date: `${newestYear}-12-31`, dateSource: 'data-year' };
  }
  if (previous && chosen.date < previous.date) return { date: previous.date, dateSource: 'previous-release' };
  return chosen;
}

/**
 * The release a build publishes: the newest committed release when the tables are the same,
 * else a draft of the next one.
 */
export function resolveRelease(tables: PublicTables, schemaVersion: string, years: readonly number[], releases: readonly LoadedRelease[], sources: DateSources): ReleaseInfo {
  const { contentHash } = snapshotContent(tables, schemaVersion);
  const newest = releases.at(-1)?.record;
  const sortedYears = [...years].sort((a, b) => a - b);
  if (newest && newest.contentHash === contentHash) {
    return { id: newest.id, date: newest.date, schemaVersion, contentHash, years: sortedYears, draft: false, dateSource: 'release.json' };
  }
  const newestYear = sortedYears.at(-1);
  if (newestYear === undefined) throw new Error('the public dataset has no year');
  const next = nextReleaseId(newestYear, releases.map((release) => release.record.id));
  return {
    id: `${next}-draft.${contentHash.slice('sha256:'.length, 'sha256:'.length + 7)}`,
    ...draftDate(newestYear, newest, sources),
    schemaVersion,
    contentHash,
    years: sortedYears,
    draft: true,
  };
}

/** The id a draft becomes when it is cut. */
export function cutId(info: ReleaseInfo): string {
  return info.draft ? info.id.replace(/-draft\.[0-9a-f]{7}$/, '') : info.id;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing the releases folder

/** All committed releases, oldest first. Checks every table against its recorded hash. */
export async function readReleases(releasesDir: string): Promise<LoadedRelease[]> {
  let names: string[];
  try {
    names = (await readdir(releasesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  const ids = names.filter((name) => RELEASE_ID_PATTERN.test(name)).sort(compareReleaseIds);
  const loaded: LoadedRelease[] = [];
  for (const id of ids) {
    const dir = path.join(releasesDir, id);
    const record = JSON.parse(await readFile(path.join(dir, 'release.json'), 'utf8')) as ReleaseRecord;
    if (record.id !== id) throw new Error(`releases/${id}/release.json says id ${record.id}`);
    if (!isIsoDate(record.date)) throw new Error(`releases/${id}/release.json: bad date ${record.date}`);
    const tables = {} as Record<PublicTableName, Row[]>;
    for (const table of TABLE_NAMES) {
      // A table published since this release was cut: it had none of its rows.
      if (!record.tables[table]) {
        tables[table] = [];
        continue;
      }
      const text = await readFile(path.join(dir, record.tables[table].path), 'utf8');
      if (sha256Hex(text) !== record.tables[table].sha256) throw new Error(`releases/${id}/${record.tables[table].path} does not match the hash in release.json (edited by hand?)`);
      tables[table] = parseSnapshotTable(text, table);
    }
    loaded.push({ record, tables });
  }
  for (let index = 1; index < loaded.length; index++) {
    if (loaded[index]!.record.date < loaded[index - 1]!.record.date) throw new Error(`release ${loaded[index]!.record.id} is dated before ${loaded[index - 1]!.record.id}`);
  }
  return loaded;
}

/** The release.json of a release about to be cut (pure; `summary` from diff.ts). */
export function releaseRecord(
  info: ReleaseInfo,
  content: SnapshotContent,
  tables: PublicTables,
  meta: ReleaseMeta,
  previous: string | null,
  summary: ReleaseSummary,
  note?: { id: string; en: string },
): ReleaseRecord {
  const record: ReleaseRecord = {
    id: cutId(info),
    date: info.date,
    schemaVersion: info.schemaVersion,
    contentHash: content.contentHash,
    years: info.years,
    previous,
    tables: Object.fromEntries(
      TABLE_NAMES.map((table) => [table, { path: `${table}.json`, rows: tables[table].length, sha256: content.tableHashes[table] }]),
    ) as ReleaseRecord['tables'],
    meta,
    summary,
  };
  if (note) record.note = note;
  return record;
}

/** Writes `releases/<id>/` (refuses to overwrite an existing release). */
export async function writeRelease(releasesDir: string, record: ReleaseRecord, content: SnapshotContent): Promise<string> {
  const dir = path.join(releasesDir, record.id);
  try {
    await readdir(dir);
    throw new Error(`releases/${record.id}/ already exists; a cut release is never rewritten`);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const staging = `${dir}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const table of TABLE_NAMES) await writeFile(path.join(staging, `${table}.json`), content.files[table]);
  await writeFile(path.join(staging, 'release.json'), `${JSON.stringify(record, null, 2)}\n`);
  await rename(staging, dir);
  return dir;
}

/**
 * The committed releases folder: `RELEASES_DIR` when set, else `releases/` next to the data
 * folder (for the repository's `data/`, that is `<repo>/releases`; a fixture data folder
 * elsewhere has its own, usually absent, history).
 */
export function releasesDirectory(dataDir: string, configured: string | undefined): string {
  return configured ?? path.join(path.dirname(path.resolve(dataDir)), 'releases');
}
