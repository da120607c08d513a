/**
 * The XLSX workbook: a README sheet first (title, data status, source, licence, release,
 * citation, marks), then one sheet per public table, then a `kamus` (dictionary) sheet.
 *
 * - Numbers are numeric cells (with a display format: `#,##0` for counts and rupiah, `0.0` for
 *   percentages and scores); marks (`[c]`, `[x]`, `[z]`) and names are text cells; every text
 *   cell passes through `neutraliseText`, so nothing can become a formula, even after editing.
 * - Header row frozen; column widths from the longest value (8–60 characters).
 * - Deterministic: exceljs's streaming writer produces the parts; the zip is then rebuilt with
 *   zip.ts in a fixed entry order, with every entry dated at noon of the release date and the
 *   workbook's created/modified properties set to the release date, so the same release gives
 *   the same bytes (checked by tests/unit/downloads.test.ts).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { LANGS, type MessageKey, type Params, t, tBoth } from '../../i18n/index.ts';
import { fieldText, MARK_KEY } from '../../i18n/fields.ts';
import { MARKERS } from '../publish/markers.ts';
import { tableFields, type FieldMeta, type PublicTableName } from '../publish/public-schema.ts';
import { neutraliseText } from './formula-safety.ts';
import { citationApa, citationPlain, licenceOf, sourcesOf, type CitationInput } from './publication.ts';
import type { ReleaseMeta } from '../release/release.ts';
import { TABLE_NAMES, type CellValue, type PublicTables } from '../publish/tables.ts';
import { zipBytes } from './zip.ts';
import { runInWorkers } from '../parallel/worker-pool.ts';
import type { WorkbookCacheAt } from './xlsx-cache.ts';

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

const cellText = (value: CellValue) => (typeof value === 'number' ? String(value) : value);
const widthOf = (texts: Iterable<string>, min = 8, max = 60) => {
  let longest = min;
  for (const text of texts) longest = Math.max(longest, text.length + 2);
  return Math.min(max, longest);
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

/** Rebuilds a zip with a fixed entry order ([Content_Types].xml first, then by name) and date. */
export function normaliseZip(bytes: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries)
    .filter((name) => !name.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipBytes(names.map((name) => ({ name, data: entries[name]! })), date);
}

/**
 * `workbookBytes` on a worker thread (the same bytes): ~5 s of the bundled build that need not
 * wait for, or hold up, the figures drawn on the main thread meanwhile. With a `cache`
 * (xlsx-cache.ts), the worker reads a workbook of the same input and code instead.
 */
export async function workbookOnWorker(input: WorkbookInput, cache?: WorkbookCacheAt): Promise<Uint8Array> {
  const [bytes] = await runInWorkers<WorkbookTask, Uint8Array>(new URL('./xlsx-worker.ts', import.meta.url), [{ input, ...(cache ? { cache } : {}) }], { threads: 1 });
  return bytes!;
}

/** What the workbook's worker is given. */
export interface WorkbookTask {
  input: WorkbookInput;
  cache?: WorkbookCacheAt;
}

/** The workbook's bytes (deterministic for the same input). */
export async function workbookBytes(input: WorkbookInput): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true, zip: { store: true } });
  describeWorkbook(workbook, input);
  addReadmeSheet(workbook, input);
  for (const table of TABLE_NAMES) addTableSheet(workbook, input, table);
  addDictionarySheet(workbook);
  await workbook.commit();
  await finished;
  return normaliseZip(Buffer.concat(chunks), input.release.date);
}

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

/** The workbook's properties, dated at the release date. */
function describeWorkbook(workbook: WorkbookWriter, input: WorkbookInput): void {
  const date = new Date(`${input.release.date}T00:00:00Z`);
  workbook.created = date;
  workbook.modified = date;
  workbook.creator = input.meta.publisher;
  workbook.lastModifiedBy = input.meta.publisher;
  workbook.title = input.meta.title;
  workbook.subject = `${tBoth('dl.release')} ${input.release.id}`;
  workbook.keywords = 'IKRN; kawasan rawan narkoba; BNN; Indonesia';
  workbook.description = input.meta.synthetic ? t('en', 'dl.synthetic') : '';
}

/** The README sheet: a heading row, then `readmeRows`. */
function addReadmeSheet(workbook: WorkbookWriter, input: WorkbookInput): void {
  const readme = workbook.addWorksheet(README_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  readme.columns = [
    { key: 'label', width: 34 },
    { key: 'value', width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  const readmeHead = readme.addRow([neutraliseText(tBoth('xlsx.about')), neutraliseText(`${input.meta.title} — ${input.release.id}`)]);
  readmeHead.font = { bold: true };
  readmeHead.commit();
  for (const [label, value] of readmeRows(input)) {
    const row = readme.addRow([neutraliseText(label), neutraliseText(value)]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.commit();
  }
  readme.commit();
}

/** One sheet per public table: a bold header row, numbers as numbers, text neutralised. */
function addTableSheet(workbook: WorkbookWriter, input: WorkbookInput, table: PublicTableName): void {
  const fields = tableFields(table);
  const records = input.tables[table];
  const sheet = workbook.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = fields.map(({ name, meta }) => {
    const format = numFmt(name, meta);
    const texts = (function* () {
      yield name;
      for (const record of records) yield cellText(record[name] ?? '');
    })();
    return { key: name, width: widthOf(texts), ...(format ? { style: { numFmt: format } } : {}) };
  });
  const header = sheet.addRow(fields.map(({ name }) => neutraliseText(name)));
  header.font = { bold: true };
  header.commit();
  for (const record of records) {
    sheet
      .addRow(
        fields.map(({ name }) => {
          const value = record[name];
          if (value === undefined) throw new Error(`field ${name} missing in a ${table} record`);
          return typeof value === 'number' ? value : neutraliseText(value);
        }),
      )
      .commit();
  }
  sheet.commit();
}

/** The `kamus` sheet: every field of every table, its kind, unit, title and description. */
function addDictionarySheet(workbook: WorkbookWriter): void {
  const dictionary = workbook.addWorksheet(DICTIONARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const dictionaryColumns = ['lembar_sheet', 'kolom_field', 'jenis_type', 'satuan_unit', 'judul', 'title', 'keterangan', 'description'];
  dictionary.columns = dictionaryColumns.map((key, index) => ({ key, width: index < 4 ? 18 : index < 6 ? 30 : 80 }));
  const dictionaryHead = dictionary.addRow(dictionaryColumns.map(neutraliseText));
  dictionaryHead.font = { bold: true };
  dictionaryHead.commit();
  for (const table of TABLE_NAMES) {
    for (const { name, meta } of tableFields(table)) {
      const text = fieldText(name, meta);
      if (!text) throw new Error(`no dictionary entry for field ${name}`);
      const unit = meta.unit ? tBoth(`unit.${meta.unit}`) : '';
      dictionary
        .addRow([table, name, meta.kind, unit, text.title.id, text.title.en, text.description.id, text.description.en].map(neutraliseText))
        .commit();
    }
  }
  dictionary.commit();
}
