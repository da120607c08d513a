import Papa from 'papaparse';

/** How a year's files are written: as Excel wrote them in that period. */
export interface CsvDialect {
  delimiter: ';' | ',';
  newline: '\r\n' | '\n';
  bom: boolean;
  decimalSeparator: ',' | '.';
}

/**
 * 2019–2021 (and earlier): Excel with Indonesian locale (semicolon, BOM, CRLF, decimal comma).
 * 2022–2023: comma, no BOM, CRLF. 2024 onwards: comma, no BOM, LF.
 */
export function dialectForYear(year: number): CsvDialect {
  if (year <= 2021) return { delimiter: ';', newline: '\r\n', bom: true, decimalSeparator: ',' };
  if (year <= 2023) return { delimiter: ',', newline: '\r\n', bom: false, decimalSeparator: '.' };
  return { delimiter: ',', newline: '\n', bom: false, decimalSeparator: '.' };
}

/** A decimal with a fixed number of digits and the dialect's separator; no thousands separator. */
export function formatDecimal(value: number | null, digits: number, dialect: CsvDialect): string {
  if (value === null) return '';
  const text = value.toFixed(digits);
  return dialect.decimalSeparator === ',' ? text.replace('.', ',') : text;
}

export function formatInteger(value: number | null): string {
  return value === null ? '' : String(value);
}

export function formatYaTidak(value: boolean | null): string {
  return value === null ? '' : value ? 'ya' : 'tidak';
}

/**
 * Serialises a table in the dialect, in chunks so that large years never sit in memory as one
 * string: the first chunk carries the BOM and the header, every chunk ends with a line break.
 * Quoting (RFC 4180, only where needed) is papaparse's.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  dialect: CsvDialect,
  chunkSize = 5000,
): Generator<string> {
  const unparse = (data: (readonly string[])[]): string =>
    Papa.unparse(data as string[][], { delimiter: dialect.delimiter, newline: dialect.newline, quotes: false }) +
    dialect.newline;
  yield (dialect.bom ? '\uFEFF' : '') + unparse([header]);
  let chunk: (readonly string[])[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === chunkSize) {
      yield unparse(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield unparse(chunk);
}
