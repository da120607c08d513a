/**
 * Per-chart downloads: a page that draws a chart calls `chartDownload(...)` at build time; it
 * writes the chart's data as CSV (same rules as the other CSVs: UTF-8 with BOM, CRLF, marks,
 * formula-safe text) and, when given, its SVG, and returns the links to put beside the chart:
 *
 *   const links = chartDownload({ id: 'tren-rawan-31.72', page: '/kabkota/31.72/', lang: 'id',
 *     title: 'Desa rawan per tahun', columns: ['tahun', 'rawan'], rows, svg });
 *   <figure id={links.anchor}> … <a href={links.csv}>CSV</a> <a href={links.svg}>SVG</a>
 *     <a href={links.permalink}>tautan permanen</a>
 *
 * Stable paths: /data/grafik/<id>.csv (one per chart, language-neutral), /data/grafik/<id>.svg
 * (Indonesian page) and /data/grafik/<id>.en.svg (English page); permalink `<page>#grafik-<id>`.
 * The same id must always mean the same data: a second call with different CSV or SVG bytes
 * throws. Files are staged in `<PUBLIC_DATA_DIR>/downloads/grafik/` and copied to
 * /data/grafik/ by `installDownloads`, which also writes /data/grafik/index.json and
 * /data/grafik/SHA256SUMS.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { currentConfig } from '../../config.ts';
import { MARKERS } from '../publish/markers.ts';
import { sha256Hex, sha256sumsText } from './checksums.ts';
import { csvText, CSV_STANDARD } from './csv.ts';
import type { Lang } from '../../i18n/index.ts';
import type { CellValue } from '../publish/tables.ts';

export const CHART_STAGING_SUBDIR = 'grafik';
export const CHART_URL_PATH = '/data/grafik/';
const ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,99}$/;
/** A chart's SVG file per language: `<id>.svg` (Indonesian) and `<id>.en.svg`. */
const SVG_SUFFIX: Record<Lang, string> = { id: '.svg', en: '.en.svg' };

export interface ChartDownloadInput {
  /** Stable id: lower-case letters, digits, `.` and `-` (e.g. `tren-rawan-31.72`). */
  id: string;
  /** Site path of the page that shows the chart, e.g. `/kabkota/31.72/` or `/en/regency/31.72/`. */
  page: string;
  lang: Lang;
  title: string;
  /** CSV header: keys of `rows`, in column order. */
  columns: readonly string[];
  /** One object per data row; null/undefined is written as `[x]` (no data). */
  rows: readonly Readonly<Record<string, CellValue | null | undefined>>[];
  /** The chart's SVG markup, when it should be downloadable too. */
  svg?: string;
}

export interface ChartDownloadLinks {
  /** Put this as the `id` of the chart's figure. */
  anchor: string;
  permalink: string;
  csv: string;
  svg?: string;
}

interface ChartMeta {
  id: string;
  titles: Partial<Record<Lang, string>>;
  pages: string[];
  csv: string;
  svg: Partial<Record<Lang, string>>;
}

/** Where chart files are staged during the site build. */
export function chartStagingDir(publicDataDir: string = currentConfig().publicDataDir): string {
  return path.join(publicDataDir, 'downloads', CHART_STAGING_SUBDIR);
}

/** The CSV of a chart (pure). */
export function chartCsv(columns: readonly string[], rows: ChartDownloadInput['rows']): string {
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? MARKERS.noData)),
    CSV_STANDARD,
  );
}

/** A standalone SVG file: XML prolog and the SVG namespace. */
export function standaloneSvg(svg: string): string {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg')) throw new Error('chartDownload: svg must start with <svg');
  const withNamespace = /^<svg[^>]*\sxmlns=/.test(trimmed) ? trimmed : trimmed.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withNamespace}\n`;
}

function writeOnce(file: string, text: string, id: string): void {
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') !== text) throw new Error(`chartDownload: id "${id}" is used for two different charts (${path.basename(file)})`);
    return;
  }
  writeFileSync(file, text);
}

/** Writes a chart's CSV (and SVG) and returns its links. See the module comment. */
export function chartDownload(input: ChartDownloadInput, options: { dir?: string } = {}): ChartDownloadLinks {
  if (!ID_PATTERN.test(input.id)) throw new Error(`chartDownload: bad id "${input.id}" (use a-z, 0-9, . and -)`);
  if (!input.page.startsWith('/')) throw new Error(`chartDownload: page must be a site path, got "${input.page}"`);
  const missing = input.columns.find((column) => input.rows.length > 0 && input.rows.every((row) => !(column in row)));
  if (missing) throw new Error(`chartDownload: column "${missing}" is in no row of chart ${input.id}`);
  const dir = options.dir ?? chartStagingDir();
  mkdirSync(dir, { recursive: true });

  writeOnce(path.join(dir, `${input.id}.csv`), chartCsv(input.columns, input.rows), input.id);
  const svgName = `${input.id}${SVG_SUFFIX[input.lang]}`;
  if (input.svg !== undefined) writeOnce(path.join(dir, svgName), standaloneSvg(input.svg), input.id);

  const metaFile = path.join(dir, `${input.id}.meta.json`);
  const meta: ChartMeta = existsSync(metaFile)
    ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ChartMeta)
    : { id: input.id, titles: {}, pages: [], csv: `${CHART_URL_PATH}${input.id}.csv`, svg: {} };
  meta.titles[input.lang] = input.title;
  if (!meta.pages.includes(input.page)) meta.pages = [...meta.pages, input.page].sort();
  if (input.svg !== undefined) meta.svg[input.lang] = `${CHART_URL_PATH}${svgName}`;
  writeFileSync(metaFile, `${JSON.stringify(meta)}\n`);

  const anchor = `grafik-${input.id}`;
  return {
    anchor,
    permalink: `${input.page}#${anchor}`,
    csv: `${CHART_URL_PATH}${input.id}.csv`,
    ...(input.svg !== undefined ? { svg: `${CHART_URL_PATH}${svgName}` } : {}),
  };
}

/**
 * The files of /data/grafik/: every staged CSV and SVG, plus `index.json` (every chart: id,
 * titles, pages, file paths) and `SHA256SUMS` — those two always, so their links never break.
 */
export async function chartIndexAndSums(stagingDir: string): Promise<Map<string, Uint8Array>> {
  let names: string[] = [];
  try {
    names = (await readdir(stagingDir)).sort();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const files = new Map<string, Uint8Array>();
  const metas: ChartMeta[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(path.join(stagingDir, name)));
    if (name.endsWith('.meta.json')) metas.push(JSON.parse(new TextDecoder().decode(bytes)) as ChartMeta);
    else if (name.endsWith('.csv') || name.endsWith('.svg')) files.set(name, bytes);
  }
  const index = { charts: metas.sort((a, b) => (a.id < b.id ? -1 : 1)).map((meta) => ({ ...meta, permalinks: meta.pages.map((page) => `${page}#grafik-${meta.id}`) })) };
  files.set('index.json', new TextEncoder().encode(`${JSON.stringify(index, null, 1)}\n`));
  files.set('SHA256SUMS', new TextEncoder().encode(sha256sumsText([...files].map(([name, bytes]) => ({ path: name, sha256: sha256Hex(bytes) })))));
  return files;
}
