/**
 * The figures registry: every figure the site draws that a reader can take away (the map views,
 * src/site/figures/map-figures.ts, and the charts, chart-figures.ts), as files under /data/grafik/:
 *
 *   /data/grafik/<folder>/<id>.csv       the numbers drawn (language-neutral; marks [c] [x] [z]
 *                                        as in the tables; same CSV rules as every download)
 *   /data/grafik/<folder>/<id>.svg       the image, Indonesian (title, units, legend, source line
 *   /data/grafik/<folder>/<id>.en.svg    with the release id, licences, synthetic-data note)
 *   /data/grafik/<folder>/<id>.png       the same SVG rendered at build time (png.ts), for the
 *   /data/grafik/<folder>/<id>.en.png    figures that have `png: true`
 *   /data/grafik/index.json              every figure: id, titles, units, year, measure, region,
 *                                        release, licence, and each file's path, bytes and SHA-256
 *   /data/grafik/SHA256SUMS              the checksum of every file of the folder
 *
 * The site layer draws the figures (src/site/figures/) and hands them over as `Figure` objects;
 * this module only turns them into bytes. The files join /data/SHA256SUMS and `index.json` is
 * a resource of datapackage.json (write-downloads.ts).
 */
import { TaskStream } from '../parallel/worker-pool.ts';
import { MARKERS } from '../publish/markers.ts';
import type { CellValue } from '../publish/tables.ts';
import { type Bilingual, type Lang, LANGS } from '../../i18n/index.ts';
import { sha256Hex, sha256sumsText } from './checksums.ts';
import { csvText, CSV_STANDARD } from './csv.ts';
import { FIGURE_DIR, figureFileName, type FigureFormat } from './figure-names.ts';
import { pngCache } from './png-cache.ts';

export { FIGURE_DIR, figureFileName };
export const FIGURE_INDEX = `${FIGURE_DIR}/index.json`;
export const FIGURE_SUMS = `${FIGURE_DIR}/SHA256SUMS`;
export const FIGURE_INDEX_FORMAT = 1;
const ID_PATTERN = /^[a-z0-9][a-z0-9.-]{0,99}$/;

/** One figure as the site drew it (see the module comment). */
export interface Figure {
  /** Stable id: a-z, 0-9, `.` and `-` (e.g. `peta-34-2025-rawan-persen`). */
  id: string;
  kind: 'map' | 'chart';
  /** Sub-folder of /data/grafik/ (e.g. `peta`). */
  folder: string;
  title: Bilingual;
  /** What the numbers count, with their unit (the legend's or axis's heading). */
  units: Bilingual;
  /** The source line printed in the image (release id included). */
  source: Bilingual;
  year?: number;
  /** The public-table field drawn (e.g. `rawan_persen`). */
  measure?: string;
  region?: { kode: string; nama: string; tingkat: string };
  /** Site paths of the pages that show the figure, per language. */
  pages?: Partial<Record<Lang, string>>;
  /** CSV header (keys of `rows`) and one object per row drawn; null/undefined is written `[x]`. */
  columns: readonly string[];
  rows: readonly Readonly<Record<string, CellValue | null | undefined>>[];
  /** The standalone SVG per language. */
  svg: Record<Lang, string>;
  /** Render a PNG of each language's SVG. */
  png: boolean;
}

/** What every figure says about the release it was drawn from. */
export interface FigureRelease {
  id: string;
  date: string;
  licence: string;
  synthetic: boolean;
}

export interface FigureFile {
  /** Site path, e.g. `/data/grafik/peta/peta-nasional-2025-rawan-persen.csv`. */
  path: string;
  format: FigureFormat;
  /** Language of the words in the file (CSV: none). */
  lang: Lang | null;
  bytes: number;
  sha256: string;
}

export interface FigureIndexEntry extends Omit<Figure, 'columns' | 'rows' | 'svg' | 'png'> {
  files: FigureFile[];
}

export interface FigureIndex {
  format: typeof FIGURE_INDEX_FORMAT;
  release: FigureRelease;
  figures: FigureIndexEntry[];
}

export interface FigureFiles {
  /** Path relative to /data/ → bytes: every figure file, then `grafik/index.json` and `grafik/SHA256SUMS`. */
  files: Map<string, Uint8Array>;
  index: FigureIndex;
}

/** The CSV of a figure (pure): standard dialect, marks as in the tables. */
export function figureCsv(columns: readonly string[], rows: Figure['rows']): string {
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? MARKERS.noData)),
    CSV_STANDARD,
  );
}

/** Throws on a figure that cannot be filed: a bad or repeated id or folder, a column in no row, an SVG that is no standalone SVG. */
function check(figure: Figure, seen: Set<string>): void {
  if (!ID_PATTERN.test(figure.id)) throw new Error(`figure: bad id "${figure.id}" (use a-z, 0-9, . and -)`);
  if (!ID_PATTERN.test(figure.folder)) throw new Error(`figure ${figure.id}: bad folder "${figure.folder}"`);
  if (seen.has(figure.id)) throw new Error(`figure: id "${figure.id}" is used twice`);
  seen.add(figure.id);
  const missing = figure.columns.find((column) => figure.rows.length > 0 && figure.rows.every((row) => !(column in row)));
  if (missing) throw new Error(`figure ${figure.id}: column "${missing}" is in no row`);
  for (const lang of LANGS) {
    if (!figure.svg[lang].startsWith('<?xml') && !figure.svg[lang].startsWith('<svg')) throw new Error(`figure ${figure.id}: the ${lang} SVG is not a standalone SVG`);
  }
}

const PNG_WORKER = new URL('./png-worker.ts', import.meta.url);

/**
 * How long the figures are drawn before the PNG workers' answers are taken in and more PNGs
 * handed out (the calling thread's event loop only runs between figures): shorter than a PNG
 * takes (~30 ms), so a worker holding two never runs dry.
 */
const TURN_MS = 10;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface FigureFilesOptions {
  /** PNG render threads (default: one per core). */
  threads?: number;
  /** Keep PNGs between builds in this folder (png-cache.ts; the build uses `pngCacheDir`); none: render all. */
  pngCacheDir?: string;
  /** Called once every figure is drawn, while the last PNGs may still be rendering (the caller's own work can go on meanwhile). */
  onDrawn?: () => void;
}

/**
 * Every file of /data/grafik/ for these figures (see the module comment). Same input, same bytes.
 * `figures` is read one by one (a generator draws each when asked): a figure's PNGs are handed to
 * the render workers (png-worker.ts) as soon as it is drawn, so they are rendered while the
 * next figures are drawn here, not after.
 */
export async function figureFiles(figures: Iterable<Figure>, release: FigureRelease, options: FigureFilesOptions = {}): Promise<FigureFiles> {
  const stream = new TaskStream<string, Uint8Array>(PNG_WORKER, options.threads === undefined ? {} : { threads: options.threads });
  try {
    const render = (svg: string) => stream.submit(svg);
    const pngOf = options.pngCacheDir ? pngCache(options.pngCacheDir, render) : render;
    const drawn: Figure[] = [];
    const pngs = new Map<string, Promise<Uint8Array>>();
    const seen = new Set<string>();
    let turned = performance.now();
    for (const figure of figures) {
      check(figure, seen);
      drawn.push(figure);
      if (figure.png) for (const lang of LANGS) pngs.set(figureFileName(figure, 'png', lang), pngOf(figure.svg[lang]));
      if (performance.now() - turned > TURN_MS) {
        await turn();
        turned = performance.now();
      }
    }
    options.onDrawn?.();
    drawn.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

    // The CSVs and SVGs while the last PNGs are rendered; then every file in the figures' order.
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const fileOf = (figure: Omit<Figure, 'columns' | 'rows' | 'svg' | 'png'>, format: FigureFile['format'], lang: Lang | null, bytes: Uint8Array) => {
      const name = figureFileName(figure, format, lang);
      return { name, bytes, file: { path: `/data/${name}`, format, lang, bytes: bytes.byteLength, sha256: sha256Hex(bytes) } satisfies FigureFile };
    };
    const written = drawn.map(({ columns, rows, svg, png, ...described }) => ({
      described,
      png,
      own: [fileOf(described, 'csv', null, utf8(figureCsv(columns, rows))), ...LANGS.map((lang) => fileOf(described, 'svg', lang, utf8(svg[lang])))],
    }));
    const files = new Map<string, Uint8Array>();
    const hashes = new Map<string, string>();
    const entries: FigureIndexEntry[] = [];
    for (const { described, png, own } of written) {
      if (png) for (const lang of LANGS) own.push(fileOf(described, 'png', lang, await pngs.get(figureFileName(described, 'png', lang))!));
      for (const { name, bytes, file } of own) {
        files.set(name, bytes);
        hashes.set(name, file.sha256);
      }
      entries.push({ ...described, files: own.map(({ file }) => file) });
    }
    const index: FigureIndex = { format: FIGURE_INDEX_FORMAT, release, figures: entries };
    files.set(FIGURE_INDEX, utf8(`${JSON.stringify(index)}\n`));
    // Every figure file was hashed for the index: only the index itself is hashed here.
    const sums = [...files].map(([name, bytes]) => ({ path: name.slice(FIGURE_DIR.length + 1), sha256: hashes.get(name) ?? sha256Hex(bytes) }));
    files.set(FIGURE_SUMS, utf8(sha256sumsText(sums)));
    return { files, index };
  } finally {
    await stream.close();
  }
}
