/**
 * CSV writer for the downloads (RFC 4180): UTF-8 with a byte order mark (so Excel reads the
 * accents right), CRLF line ends, a header row of field names, fields quoted when they hold the
 * delimiter, a quote or a line break. Two dialects:
 *
 * - `standard`: comma, decimal point: for Excel in English, R, Python, LibreOffice…
 * - `excel-id`: semicolon, decimal comma: for Excel set to Indonesian (its list separator is `;`
 *   and its decimal separator `,`; a comma CSV would open as one column there).
 *
 * Numbers are written as plain numbers (no thousands separator, never an exponent); marks
 * (`[c]`, `[x]`, `[z]`) and other text pass through `neutraliseText` so no cell can run as a
 * formula.
 */
import { neutraliseText } from './formula-safety.ts';
import { rowCells, type CellValue, type Row } from '../publish/tables.ts';

export interface CsvDialect {
  name: 'standard' | 'excel-id';
  delimiter: ',' | ';';
  decimalChar: '.' | ',';
}

export const CSV_STANDARD: CsvDialect = { name: 'standard', delimiter: ',', decimalChar: '.' };
export const CSV_EXCEL_ID: CsvDialect = { name: 'excel-id', delimiter: ';', decimalChar: ',' };

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** A number as plain digits: `-12.5`, `83040048000`, never `1e21` or `1,000`. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Object.is(value, -0)) return '0';
  const text = String(value);
  return /e/i.test(text) ? plain.format(value) : text;
}

/** One field as written in the file. */
export function csvField(value: CellValue, dialect: CsvDialect): string {
  if (typeof value === 'number') {
    const text = plainNumber(value);
    return dialect.decimalChar === '.' ? text : text.replace('.', dialect.decimalChar);
  }
  const text = neutraliseText(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header, one line per row, CRLF after every line. */
export function csvText(header: readonly string[], rows: Iterable<readonly CellValue[]>, dialect: CsvDialect): string {
  const lines = [header.map((name) => csvField(name, dialect)).join(dialect.delimiter)];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} fields, header ${header.length}`);
    lines.push(row.map((value) => csvField(value, dialect)).join(dialect.delimiter));
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** A public table as CSV, columns in schema order. */
export function tableCsv(fields: readonly string[], records: readonly Row[], dialect: CsvDialect): string {
  return csvText(fields, records.map((record) => rowCells(record, fields)), dialect);
}
