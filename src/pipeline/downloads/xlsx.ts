/**
 * The XLSX workbook: a README sheet first (title, data status, source, licence, release,
 * citation, marks), then one sheet per public table, then a `kamus` (dictionary) sheet. What the
 * sheets hold is decided here; xlsx-parts.ts writes them as SpreadsheetML and zips them.
 *
 * - Numbers are numeric cells (with a display format: `#,##0` for counts and rupiah, `0.0` for
 *   percentages and scores; none for dimensions and `tahun`); marks (`[c]`, `[x]`, `[z]`) and
 *   names are text cells (shared strings); every text cell passes through `neutraliseText`, so
 *   nothing can become a formula, even after editing. A column's format is also its empty cells'.
 * - Header row bold and frozen on every sheet; column widths from the longest value (8–60
 *   characters); README labels bold and top-aligned, values wrapped and top-aligned.
 * - Deterministic: the parts are written in a fixed order, every zip entry dated at noon of the
 *   release date and the workbook's created/modified properties set to the release date, so the
 *   same release gives the same bytes (checked by tests/unit/downloads.test.ts).
 */
import { LANGS, type MessageKey, type Params, t, tBoth } from '../../i18n/index.ts';
import { fieldText, MARK_KEY } from '../../i18n/fields.ts';
import { MARKERS } from '../publish/markers.ts';
import { tableFields, type FieldMeta, type PublicTableName } from '../publish/public-schema.ts';
import { neutraliseText } from './formula-safety.ts';
import { citationApa, citationPlain, licenceOf, sourcesOf, type CitationInput } from './publication.ts';
import type { ReleaseMeta } from '../release/release.ts';
import { TABLE_NAMES, type CellValue, type PublicTables, type Row } from '../publish/tables.ts';
import { type DocumentProperties, SpreadsheetWriter } from './xlsx-parts.ts';
import { runInWorkers } from '../parallel/worker-pool.ts';

export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const README_SHEET = 'README';
export const DICTIONARY_SHEET = 'kamus';

export interface WorkbookInput {
  meta: ReleaseMeta;
  release: { id: string; date: string };
  tables: PublicTables;
  dataUrl?: string;
}

function numFmt(name: string, meta: FieldMeta): string | undefined {
  if (meta.kind === 'dimension' || name === 'tahun') return undefined;
  if (meta.unit === 'persen' || meta.unit === 'poin-persen' || meta.unit === 'skor') return '0.0';
  return '#,##0';
}

/** The length of a cell's text: a number's as `String()` writes it (without writing it, for whole numbers). */
const textLength = (value: CellValue) => {
  if (typeof value === 'string') return value.length;
  if (!Number.isSafeInteger(value)) return String(value).length;
  let length = value < 0 ? 2 : 1;
  for (let power = 10; power <= Math.abs(value); power *= 10) length++;
  return length;
};

/** A column's width: its longest text (the field's name or a value) + 2, 8–60 characters. */
const columnWidth = (name: string, records: readonly Row[], min = 8, max = 60) => {
  let longest = name.length;
  for (const record of records) longest = Math.max(longest, textLength(record[name] ?? ''));
  return Math.min(max, Math.max(min, longest + 2));
};

/** A README text in both languages, one a line (labels are "Rilis / Release": `tBoth`). */
const twoLines = (key: MessageKey, params?: Params) => tBoth(key, params, '\n');

/** The README sheet's rows: [label, value]. */
export function readmeRows(input: WorkbookInput): [string, string][] {
  const { meta, release } = input;
  const licence = licenceOf(meta);
  const citation: CitationInput = input.dataUrl ? { meta, release, dataUrl: input.dataUrl } : { meta, release };
  const rows: [string, string][] = [
    [tBoth('xlsx.title'), meta.title],
    [tBoth('dl.status'), meta.synthetic ? twoLines('dl.synthetic') : tBoth('dl.status.official')],
    [tBoth('footer.publisher'), meta.publisher],
    [tBoth('footer.contact'), meta.contact],
    [tBoth('dl.release'), release.id],
    [tBoth('dl.releaseDate'), release.date],
    [tBoth('dl.years'), meta.years.join(', ')],
    [tBoth('dl.licence'), licence.path ? `${licence.title} — ${licence.path}` : licence.title],
    ...sourcesOf(meta).map((source, index): [string, string] => [index === 0 ? tBoth('xlsx.source') : '', `${source.title} (${source['x-title-en']}) — ${source.path}`]),
    [tBoth('xlsx.citeApa'), LANGS.map((lang) => citationApa(citation, lang)).join('\n')],
    [tBoth('xlsx.cite'), LANGS.map((lang) => citationPlain(citation, lang)).join('\n')],
    [tBoth('xlsx.levels'), `nasional, provinsi, kabkota — ${tBoth('xlsx.levels.text')}`],
    [tBoth('xlsx.protection'), tBoth('xlsx.protection.text', { k: meta.disclosureThreshold })],
    ...([MARKERS.suppressed, MARKERS.noData, MARKERS.notApplicable] as const).map((mark): [string, string] => [
      `${mark} ${tBoth(MARK_KEY[mark])}`,
      twoLines(`${MARK_KEY[mark]}.description`, { k: meta.disclosureThreshold }),
    ]),
    [tBoth('xlsx.formulas'), twoLines('dl.formulas')],
    ...TABLE_NAMES.map((table): [string, string] => [
      `${tBoth('xlsx.sheet')} "${table}"`,
      LANGS.map((lang) => t(lang, 'xlsx.sheet.table', { title: t(lang, `table.${table}`), description: t(lang, `table.${table}.description`), n: input.tables[table].length })).join('\n'),
    ]),
    [`${tBoth('xlsx.sheet')} "${DICTIONARY_SHEET}"`, tBoth('xlsx.sheet.dictionary')],
  ];
  return rows;
}

/**
 * `workbookBytes` on a worker thread (the same bytes): ~0.8 CPU s of the bundled build (half
 * of it the zip's deflate) that need not wait for, or hold up, the figures drawn on the main
 * thread meanwhile. With a `cacheDir`
 * (xlsx-cache.ts), the worker reads a workbook of the same input and code instead.
 */
export async function workbookOnWorker(input: WorkbookInput, cacheDir?: string): Promise<Uint8Array> {
  const [bytes] = await runInWorkers<WorkbookTask, Uint8Array>(new URL('./xlsx-worker.ts', import.meta.url), [{ input, ...(cacheDir ? { cacheDir } : {}) }], { threads: 1 });
  return bytes!;
}

/** What the workbook's worker is given. */
export interface WorkbookTask {
  input: WorkbookInput;
  /** The workbook cache folder (`workbookCacheDir`). */
  cacheDir?: string;
}

/** The workbook's bytes (deterministic for the same input). */
export function workbookBytes(input: WorkbookInput): Uint8Array {
  const workbook = new SpreadsheetWriter();
  addReadmeSheet(workbook, input);
  for (const table of TABLE_NAMES) addTableSheet(workbook, input, table);
  addDictionarySheet(workbook);
  return workbook.bytes(properties(input));
}

/** Every sheet: the first row (the header) frozen. */
const FROZEN_HEADER = 1;

/** The workbook's properties, dated at the release date. */
function properties(input: WorkbookInput): DocumentProperties {
  return {
    date: input.release.date,
    creator: input.meta.publisher,
    lastModifiedBy: input.meta.publisher,
    title: input.meta.title,
    subject: `${tBoth('dl.release')} ${input.release.id}`,
    keywords: 'IKRN; kawasan rawan narkoba; BNN; Indonesia',
    description: input.meta.synthetic ? t('en', 'dl.synthetic') : '',
  };
}

/** The README sheet: a bold heading row, then `readmeRows` (labels bold, values wrapped; both top-aligned). */
function addReadmeSheet(workbook: SpreadsheetWriter, input: WorkbookInput): void {
  const bold = workbook.style({ bold: true });
  const value = workbook.style({ wrapText: true, vertical: 'top' });
  const readme = workbook.sheet(README_SHEET, { columns: [{ width: 34 }, { width: 110, style: value }], frozenRows: FROZEN_HEADER });
  readme.row([neutraliseText(tBoth('xlsx.about')), neutraliseText(`${input.meta.title} — ${input.release.id}`)], [bold, workbook.style({ bold: true, wrapText: true, vertical: 'top' })], bold);
  const labelStyle = workbook.style({ bold: true, vertical: 'top' });
  for (const [label, text] of readmeRows(input)) readme.row([neutraliseText(label), neutraliseText(text)], [labelStyle, value]);
}

/** One sheet per public table: a bold header row, numbers as numbers, text neutralised. */
function addTableSheet(workbook: SpreadsheetWriter, input: WorkbookInput, table: PublicTableName): void {
  const fields = tableFields(table);
  const records = input.tables[table];
  const formats = fields.map(({ name, meta }) => numFmt(name, meta));
  // A column's format is its cells' style (numbers and marks alike) and its empty cells' too.
  const styles = formats.map((format) => (format ? workbook.style({ numFmt: format }) : 0));
  const columns = fields.map(({ name }, index) => ({ width: columnWidth(name, records), style: styles[index]! }));
  const sheet = workbook.sheet(table, { columns, frozenRows: FROZEN_HEADER });
  const bold = workbook.style({ bold: true });
  sheet.row(
    fields.map(({ name }) => neutraliseText(name)),
    formats.map((format) => workbook.style({ bold: true, ...(format ? { numFmt: format } : {}) })),
    bold,
  );
  const names = fields.map(({ name }) => name);
  const values: (number | string)[] = new Array(names.length);
  for (const record of records) {
    for (let column = 0; column < names.length; column++) {
      const value = record[names[column]!];
      if (value === undefined) throw new Error(`field ${names[column]} missing in a ${table} record`);
      values[column] = typeof value === 'number' ? value : neutraliseText(value);
    }
    sheet.row(values, styles);
  }
}

/** The `kamus` sheet: every field of every table, its kind, unit, title and description. */
function addDictionarySheet(workbook: SpreadsheetWriter): void {
  const dictionaryColumns = ['lembar_sheet', 'kolom_field', 'jenis_type', 'satuan_unit', 'judul', 'title', 'keterangan', 'description'];
  const dictionary = workbook.sheet(DICTIONARY_SHEET, { columns: dictionaryColumns.map((_, index) => ({ width: index < 4 ? 18 : index < 6 ? 30 : 80 })), frozenRows: FROZEN_HEADER });
  const bold = workbook.style({ bold: true });
  dictionary.row(dictionaryColumns.map(neutraliseText), dictionaryColumns.map(() => bold), bold);
  for (const table of TABLE_NAMES) {
    for (const { name, meta } of tableFields(table)) {
      const text = fieldText(name, meta);
      if (!text) throw new Error(`no dictionary entry for field ${name}`);
      const unit = meta.unit ? tBoth(`unit.${meta.unit}`) : '';
      dictionary.row([table, name, meta.kind, unit, text.title.id, text.title.en, text.description.id, text.description.en].map(neutraliseText), []);
    }
  }
}
