/**
 * The downloads writer. Two steps around the Astro build (see docs in the report / README):
 *
 * 1. `prepareDownloads(dataset, options, log)` — BEFORE `astro build`: resolves the release
 *    (releases/ + dataset), builds every file of /data/ in memory, writes what the pages read
 *    (the manifest and a copy of the changelog) to `<publicDataDir>/downloads/manifest.json` and
 *    `changelog.json`, starts writing the files to `<publicDataDir>/downloads/data/` on a worker
 *    (`written` resolves when they are), and logs the publish preview.
 * 2. `installDownloads(publicDataDir, stagingDir, log)` — AFTER `astro build`, BEFORE the leak
 *    guard: moves `downloads/data/` into the staging site as /data/ (a copy only across file
 *    systems), then re-checks every checksum. The published files are then in the site alone;
 *    the manifest and the changelog stay in `downloads/` for the pages of `astro dev`.
 *
 * The figures (`/data/grafik/`: each map view's CSV, SVG and PNG) are drawn by the site layer
 * and handed in through `PrepareOptions.figures` once the release is known; their files join
 * /data/SHA256SUMS, and their list `grafik/index.json` is a resource of datapackage.json.
 *
 * `createDownloads` is the pure core (no file system): same input, same bytes.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublicDataset } from '../publish/public-dataset.ts';
import { buildChangelog, changelogJson, type Changelog } from '../release/changelog.ts';
import { parseSha256Sums, sha256Hex, sha256sumsText } from './checksums.ts';
import { CSV_EXCEL_ID, CSV_STANDARD, tableCsv } from './csv.ts';
import { moveTree, readTreeFile, writeTreeOnWorker } from './file-tree.ts';
import { dataPackageJson, type PackageResourceFile } from './datapackage.ts';
import { type Figure, FIGURE_INDEX, FIGURE_SUMS, figureFiles, type FigureFiles } from './figures.ts';
import { diffTables, type DatasetDiff } from '../release/diff.ts';
import { recordsJson, unitFiles } from './json-api.ts';
import { lastChangeFinder, MANIFEST_FORMAT, type DownloadEntry, type DownloadsManifest, type HistoryPoint } from './manifest.ts';
import { type Lang, t, tBoth } from '../../i18n/index.ts';
import { citationApa, citationPlain, type Licence, licenceOf, XLSX_NAME } from './publication.ts';
import { publishPreviewLines } from '../release/publish-preview.ts';
import { resolveRelease, type DateSources, type LoadedRelease, type ReleaseInfo, type ReleaseMeta } from '../release/release.ts';
import { fieldNames, TABLE_NAMES, type PublicTables } from '../publish/tables.ts';
import type { PublicTableName } from '../publish/public-schema.ts';
import { workbookBytes, workbookOnWorker, type WorkbookInput, XLSX_MEDIATYPE } from './xlsx.ts';

/** A number in the build log (Indonesian digits, as every log line). */
const count = (value: number, digits = 0) => value.toLocaleString(t('id', 'locale'), { maximumFractionDigits: digits });

export const DOWNLOADS_SUBDIR = 'downloads';
export const DATA_URL_PATH = '/data/';
/** The site's folder the downloads are installed in (DATA_URL_PATH). */
export const SITE_DATA_FOLDER = 'data';
export { XLSX_NAME };
export const MANIFEST_NAME = 'manifest.json';
/** The changelog, in /data/ and (for the pages) beside the manifest. */
export const CHANGELOG_NAME = 'changelog.json';

export interface DownloadsInput {
  meta: ReleaseMeta;
  schemaVersion: string;
  tables: PublicTables;
  release: ReleaseInfo;
  /** Committed releases, oldest first. */
  releases: readonly LoadedRelease[];
  /** Absolute site URL (e.g. `https://kawasan.example.go.id`), when known: used in citations. */
  siteUrl?: string;
  /** The files of /data/grafik/ (`figureFiles`), or their promise (awaited once the other files are made); none: an empty list of figures. */
  figures?: FigureFiles | Promise<FigureFiles>;
  /** The workbook's bytes when already on their way (`workbookOnWorker(workbookInput(input))`); none: written here. */
  workbook?: Promise<Uint8Array>;
}

/** What the workbook of a release is written from. */
export function workbookInput({ meta, release, tables, siteUrl }: Omit<DownloadsInput, 'releases' | 'schemaVersion'>): WorkbookInput {
  const dataUrl = dataUrlOf(siteUrl);
  return { meta, release: { id: release.id, date: release.date }, tables, ...(dataUrl ? { dataUrl } : {}) };
}

export interface CreatedDownloads {
  /** Path relative to /data/ → bytes. */
  files: Map<string, Uint8Array>;
  manifest: DownloadsManifest;
  changelog: Changelog;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export function dataUrlOf(siteUrl: string | undefined): string | null {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${DATA_URL_PATH}` : null;
}

/** Every file of /data/ and the manifest (pure: no file system, no clock). */
export async function createDownloads(input: DownloadsInput): Promise<CreatedDownloads> {
  const { meta, release, releases, tables } = input;
  const releaseRef = { id: release.id, date: release.date };
  const changelog = buildChangelog(releases, { info: release, tables });
  const lastChange = lastChangeOf(input);
  const out = new DownloadFiles();

  addTableFiles(out, tables, lastChange);
  // Made before the workbook and the figures are awaited (they may still be under way on other threads); added after them.
  const api = unitFiles(input.schemaVersion, tables);
  const changelogBytes = utf8(changelogJson(changelog));
  const workbook = await (input.workbook ?? workbookBytes(workbookInput(input)));
  const xlsx = out.add(XLSX_NAME, workbook, { group: 'workbook', format: 'xlsx', mediatype: XLSX_MEDIATYPE, lastChanged: lastChange(undefined) });
  out.resources.push({ name: 'peta-kawasan-rawan-narkoba-xlsx', path: XLSX_NAME, format: 'xlsx', mediatype: XLSX_MEDIATYPE, bytes: xlsx.bytes, sha256: xlsx.sha256 });
  addFigureFiles(out, await (input.figures ?? figureFiles([], { id: release.id, date: release.date, licence: licenceOf(meta).name, synthetic: meta.synthetic })), lastChange(undefined));

  out.add('datapackage.json', utf8(dataPackageJson({ meta, release: releaseRef, resources: out.resources, ...(input.siteUrl ? { siteUrl: input.siteUrl } : {}) })), {
    group: 'metadata',
    format: 'datapackage',
    mediatype: 'application/json',
    lastChanged: lastChange(undefined),
  });
  out.add(CHANGELOG_NAME, changelogBytes, { group: 'metadata', format: 'json', mediatype: 'application/json', lastChanged: lastChange(undefined) });
  addApiFiles(out, api, lastChange);

  const sums = sha256sumsText([...out.files].map(([name, bytes]) => ({ path: name, sha256: out.sha256Of(name, bytes) })));
  out.add('SHA256SUMS', utf8(sums), { group: 'metadata', format: 'sha256sums', mediatype: 'text/plain', lastChanged: lastChange(undefined) });
  return { files: out.files, manifest: downloadsManifest(input, out.entries), changelog };
}

type LastChange = ReturnType<typeof lastChangeFinder>;

/** When each file's content last changed: over the committed releases and this one (when a draft). */
function lastChangeOf({ release, releases, tables, schemaVersion }: DownloadsInput): LastChange {
  const history: HistoryPoint[] = releases.map((loaded) => ({ id: loaded.record.id, date: loaded.record.date, tables: loaded.tables }));
  if (release.draft || history.length === 0) history.push({ id: release.id, date: release.date, tables });
  return lastChangeFinder(history, schemaVersion);
}

/**
 * The files of /data/ as they are added: bytes, manifest entries (what the downloads page lists)
 * and data-package resources. Files added `unlisted` (the figure files, listed in their own
 * index) are in SHA256SUMS but not in the manifest.
 */
class DownloadFiles {
  readonly files = new Map<string, Uint8Array>();
  readonly entries: DownloadEntry[] = [];
  readonly resources: PackageResourceFile[] = [];
  private readonly hashes = new Map<string, string>();

  add(name: string, bytes: Uint8Array, entry: Omit<DownloadEntry, 'path' | 'bytes' | 'sha256'>): DownloadEntry {
    this.addUnlisted(name, bytes);
    const full: DownloadEntry = { path: `${DATA_URL_PATH}${name}`, bytes: bytes.byteLength, sha256: this.sha256Of(name, bytes), ...entry };
    this.entries.push(full);
    return full;
  }

  /** A file in SHA256SUMS only; `sha256`: its hash when already known (a figure file's, from the figure index). */
  addUnlisted(name: string, bytes: Uint8Array, sha256?: string): void {
    if (this.files.has(name)) throw new Error(`duplicate download ${name}`);
    this.files.set(name, bytes);
    if (sha256) this.hashes.set(name, sha256);
  }

  sha256Of(name: string, bytes: Uint8Array): string {
    let hash = this.hashes.get(name);
    if (!hash) this.hashes.set(name, (hash = sha256Hex(bytes)));
    return hash;
  }
}

/** The figure files (unlisted), their index (a listed file and a data-package resource) and their SHA256SUMS. */
function addFigureFiles(out: DownloadFiles, figures: FigureFiles, lastChanged: DownloadEntry['lastChanged']): void {
  const known = new Map(figures.index.figures.flatMap((figure) => figure.files.map((file) => [file.path.slice(DATA_URL_PATH.length), file.sha256] as const)));
  for (const [name, bytes] of figures.files) {
    if (name === FIGURE_INDEX || name === FIGURE_SUMS) continue;
    out.addUnlisted(name, bytes, known.get(name));
  }
  const file = (name: string) => {
    const bytes = figures.files.get(name);
    if (!bytes) throw new Error(`figure files without ${name}`);
    return bytes;
  };
  const index = out.add(FIGURE_INDEX, file(FIGURE_INDEX), { group: 'metadata', format: 'json', mediatype: 'application/json', lastChanged });
  out.add(FIGURE_SUMS, file(FIGURE_SUMS), { group: 'metadata', format: 'sha256sums', mediatype: 'text/plain', lastChanged });
  out.resources.push({ name: 'grafik-index', path: FIGURE_INDEX, format: 'json', mediatype: 'application/json', bytes: index.bytes, sha256: index.sha256, about: 'figures' });
}

/** Every table as standard CSV, Excel-Indonesia CSV and JSON records. */
function addTableFiles(out: DownloadFiles, tables: PublicTables, lastChange: LastChange): void {
  for (const table of TABLE_NAMES) {
    const fields = fieldNames(table);
    const changed = lastChange((keys) => keys.table[table]);
    for (const dialect of [CSV_STANDARD, CSV_EXCEL_ID]) {
      const name = dialect.name === 'standard' ? `${table}.csv` : `${table}-excel-id.csv`;
      const entry = out.add(name, utf8(tableCsv(fields, tables[table], dialect)), {
        group: 'table',
        format: dialect.name === 'standard' ? 'csv' : 'csv-excel-id',
        mediatype: 'text/csv',
        table,
        lastChanged: changed,
      });
      out.resources.push({ name: dialect.name === 'standard' ? table : `${table}-excel-id`, path: name, format: 'csv', mediatype: 'text/csv', bytes: entry.bytes, sha256: entry.sha256, table, dialect });
    }
    const json = out.add(`${table}.json`, utf8(recordsJson(table, tables[table])), { group: 'table', format: 'json', mediatype: 'application/json', table, lastChanged: changed });
    out.resources.push({ name: `${table}-json`, path: `${table}.json`, format: 'json', mediatype: 'application/json', bytes: json.bytes, sha256: json.sha256, table });
  }
}

/** The JSON API (`unitFiles`): the index of units, then one file per unit. */
function addApiFiles(out: DownloadFiles, api: ReturnType<typeof unitFiles>, lastChange: LastChange): void {
  out.add('v1/index.json', utf8(api.index), { group: 'api', format: 'json', mediatype: 'application/json', lastChanged: lastChange((keys) => keys.unitList) });
  for (const unit of api.units) {
    out.add(unit.path, utf8(unit.text), {
      group: 'api',
      format: 'json',
      mediatype: 'application/json',
      unit: { kode: unit.kode, nama: unit.nama, tingkat: unit.tingkat },
      lastChanged: lastChange((keys) => keys.unit.get(unit.kode)),
    });
  }
}

/** The manifest the pages read: release, previous release, licence, citations, row counts, files. */
function downloadsManifest(input: DownloadsInput, entries: DownloadEntry[]): DownloadsManifest {
  const { meta, release, releases, tables } = input;
  const dataUrl = dataUrlOf(input.siteUrl);
  const citationInput = { meta, release: { id: release.id, date: release.date }, ...(dataUrl ? { dataUrl } : {}) };
  const previous = releases.length > 0 ? releases.at(release.draft ? -1 : -2)?.record : undefined;
  return {
    format: MANIFEST_FORMAT,
    release,
    previous: previous ? { id: previous.id, date: previous.date } : null,
    meta,
    licence: licenceOf(meta),
    citation: {
      apa: { id: citationApa(citationInput, 'id'), en: citationApa(citationInput, 'en') },
      plain: { id: citationPlain(citationInput, 'id'), en: citationPlain(citationInput, 'en') },
    },
    dataUrl,
    rows: Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table].length])) as Record<PublicTableName, number>,
    files: entries,
  };
}

export interface PrepareOptions {
  /** The public dataset folder; downloads are prepared in `<publicDataDir>/downloads/`. */
  publicDataDir: string;
  /** The committed releases (`releases/`), as the pipeline read them for the audit. */
  releases: readonly LoadedRelease[];
  siteUrl?: string | undefined;
  /** What dates a draft release: usually `defaultDateSources(config)` (SOURCE_DATE_EPOCH, git; see release.ts). */
  dateSources: DateSources;
  /** Language of the publish preview in the log (default id). */
  previewLang?: Lang;
  /** The figures to take away (the map views and charts), drawn once the release is known, one by one as `figureFiles` reads them. */
  figures?: (context: FigureContext) => Iterable<Figure>;
  /** Where figure PNGs are kept between builds (png-cache.ts); none: every PNG rendered. */
  pngCacheDir?: string;
  /** Where the workbook is kept between builds (`workbookCacheDir`, xlsx-cache.ts); none: always written. */
  workbookCacheDir?: string;
}

/** What a figure prints about its release. */
export interface FigureContext {
  release: { id: string; date: string };
  licence: Licence;
  meta: ReleaseMeta;
}

export interface PreparedDownloads extends CreatedDownloads {
  release: ReleaseInfo;
  previous: LoadedRelease | undefined;
  /** The current tables compared with the newest committed release. */
  diff: DatasetDiff;
  /** Where the files are written (`<publicDataDir>/downloads`). */
  dir: string;
  /** Resolves once every file of /data/ is written under `dir` (the manifest and the changelog are written before `prepareDownloads` resolves). */
  written: Promise<void>;
}

export function downloadsDir(publicDataDir: string): string {
  return path.join(publicDataDir, DOWNLOADS_SUBDIR);
}

/** The downloads as `installDownloads` moves them into the site's SITE_DATA_FOLDER. */
export function installableDownloadsDir(publicDataDir: string): string {
  return path.join(downloadsDir(publicDataDir), SITE_DATA_FOLDER);
}

/** Tables of a PublicDataset as the downloads see them. */
export function datasetTables(dataset: PublicDataset): PublicTables {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, dataset[table]])) as unknown as PublicTables;
}

/** Step 1 (before `astro build`): see the module comment. */
export async function prepareDownloads(dataset: PublicDataset, options: PrepareOptions, log: (line: string) => void): Promise<PreparedDownloads> {
  const started = performance.now();
  const { releases } = options;
  const tables = datasetTables(dataset);
  const release = resolveRelease(tables, dataset.schemaVersion, dataset.meta.years, releases, options.dateSources);
  const previousRelease = release.draft ? releases.at(-1) : releases.at(-2);
  const newest = releases.at(-1);
  const diff = diffTables(newest?.tables, tables);
  // The workbook is written on a worker thread while the figures are drawn here.
  const workbook = workbookOnWorker(workbookInput({ meta: dataset.meta, release, tables, siteUrl: options.siteUrl }), options.workbookCacheDir);
  workbook.catch(() => undefined); // awaited (and its error thrown) in createDownloads
  const figureStarted = performance.now();
  const licence = licenceOf(dataset.meta);
  const figureRelease = { id: release.id, date: release.date, licence: licence.name, synthetic: dataset.meta.synthetic };
  // The figures are drawn first, their PNGs rendered on worker threads meanwhile; the other
  // downloads are made while the last PNGs render.
  let drawn = () => {};
  const allDrawn = new Promise<void>((resolve) => (drawn = resolve));
  const figures = options.figures
    ? figureFiles(options.figures({ release: { id: release.id, date: release.date }, licence, meta: dataset.meta }), figureRelease, {
        ...(options.pngCacheDir ? { pngCacheDir: options.pngCacheDir } : {}),
        onDrawn: drawn,
      }).then((files) => {
        log(`✓ ${tBoth('build.figures')}: ${t('id', 'build.figures.summary', figureSummary(files, (performance.now() - figureStarted) / 1000))}`);
        return files;
      })
    : undefined;
  if (figures) await Promise.race([allDrawn, figures]);
  const created = await createDownloads({
    meta: dataset.meta,
    schemaVersion: dataset.schemaVersion,
    tables,
    release,
    releases,
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    ...(figures ? { figures } : {}),
    workbook,
  });

  const dir = downloadsDir(options.publicDataDir);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // The files of /data/ are written on a worker while the pages (which read only the manifest and the changelog) are rendered.
  const written = writeTreeOnWorker(installableDownloadsDir(options.publicDataDir), created.files);
  written.catch(() => undefined); // awaited (and its error thrown) by the caller
  await writeFile(path.join(dir, MANIFEST_NAME), `${JSON.stringify(created.manifest)}\n`);
  await writeFile(path.join(dir, CHANGELOG_NAME), created.files.get(CHANGELOG_NAME)!);

  for (const line of publishPreviewLines({ release, previous: newest?.record, diff, tables }, { lang: options.previewLang ?? 'id', maxItems: 5, maxUnits: 10 })) log(line);
  const megabytes = [...created.files.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0) / 1e6;
  const summary = { release: release.id, date: release.date, files: count(created.files.size), mb: count(megabytes, 1), seconds: ((performance.now() - started) / 1000).toFixed(1) };
  log(`✓ ${tBoth('build.downloads')}: ${t('id', 'build.downloads.summary', summary)}`);
  return { ...created, release, previous: previousRelease, diff, dir, written };
}

/** Numbers of the build log line about the figures. */
function figureSummary({ index, files }: FigureFiles, seconds: number): Record<string, string> {
  const all = index.figures.flatMap((figure) => figure.files);
  const of = (format: string) => all.filter((file) => file.format === format);
  const megabytes = (list: { bytes: number }[]) => count(list.reduce((sum, file) => sum + file.bytes, 0) / 1e6, 1);
  return { figures: count(index.figures.length), files: count(files.size), csv: count(of('csv').length), svg: count(of('svg').length), svgMb: megabytes(of('svg')), png: count(of('png').length), pngMb: megabytes(of('png')), seconds: seconds.toFixed(1) };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

/** Step 2 (after `astro build`, before the leak guard): see the module comment. */
export async function installDownloads(publicDataDir: string, stagingDir: string, log: (line: string) => void): Promise<void> {
  const source = installableDownloadsDir(publicDataDir);
  const target = path.join(stagingDir, SITE_DATA_FOLDER);
  const names = await listFiles(source);
  if (names.length === 0) throw new Error(`no downloads in ${source}: call prepareDownloads before the site build`);
  moveTree(source, target, names, (name) => new Error(`the site already has data/${name}; /data/ is reserved for downloads`));

  // Self-check: every file listed in SHA256SUMS is in place with that hash.
  for (const sums of ['SHA256SUMS', FIGURE_SUMS]) {
    const base = path.posix.dirname(sums);
    for (const entry of parseSha256Sums(readTreeFile(target, sums).toString('utf8'))) {
      const bytes = readTreeFile(target, path.posix.join(base, entry.path));
      if (sha256Hex(bytes) !== entry.sha256) throw new Error(`checksum mismatch after copying data/${entry.path}`);
    }
  }
  const figureFileCount = names.filter((name) => name.startsWith('grafik/') && name !== FIGURE_INDEX && name !== FIGURE_SUMS).length;
  log(`✓ ${tBoth('build.installed')}: ${t('id', 'build.installed.files', { files: count(names.length), charts: count(figureFileCount) })}; ${tBoth('build.installed.sums')}`);
}
