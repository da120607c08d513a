import Papa from 'papaparse';
import type { DecimalSeparator } from '../contract/numbers.ts';

/** How a CSV file was written. */
export interface CsvDialect {
  delimiter: ',' | ';';
  /** Semicolon files come from Excel in the Indonesian locale and use the decimal comma. */
  decimalSeparator: DecimalSeparator;
}

/** One data record with the line of the file it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvProblem =
  | { code: 'file.empty' }
  | { code: 'file.delimiter-ambiguous' }
  | { code: 'file.tab-delimited' }
  | { code: 'csv.unclosed-quote'; line: number }
  | { code: 'header.empty-name'; column: number }
  | { code: 'header.duplicate'; column: number; name: string }
  | { code: 'row.ragged'; line: number; expected: number; actual: number };

export interface CsvTable {
  dialect: CsvDialect;
  /** Normalised column names: trimmed, lower case, spaces and hyphens as `_`. */
  header: string[];
  records: CsvRecord[];
}

export interface CsvReadResult {
  table: CsvTable | undefined;
  problems: CsvProblem[];
}

/** Normalises a column name as staff may type it (`Kode Desa` → `kode_desa`). */
export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Decides the delimiter from the header line, which never needs quoting. */
export function detectDialect(text: string): CsvDialect | CsvProblem {
  const end = text.search(/\r?\n/);
  const headerLine = end === -1 ? text : text.slice(0, end);
  const semicolons = headerLine.split(';').length - 1;
  const commas = headerLine.split(',').length - 1;
  if (semicolons > 0 && commas > 0) return { code: 'file.delimiter-ambiguous' };
  if (semicolons > 0) return { delimiter: ';', decimalSeparator: ',' };
  if (commas === 0 && headerLine.includes('\t')) return { code: 'file.tab-delimited' };
  return { delimiter: ',', decimalSeparator: '.' };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Parses CSV text into trimmed cells with the line each record starts on. Blank lines (also
 * Excel's `;;;;` rows) are skipped; every structural problem is collected, not only the first.
 */
export function parseCsv(text: string): CsvReadResult {
  const dialect = detectDialect(text);
  if ('code' in dialect) return { table: undefined, problems: [dialect] };
  if (text.trim() === '') return { table: undefined, problems: [{ code: 'file.empty' }] };

  const problems: CsvProblem[] = [];
  const records: CsvRecord[] = [];
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, skipEmptyLines: false });
  const unclosedRows = new Set(parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
  let header: string[] | undefined;
  let line = 1;
  parsed.data.forEach((row, index) => {
    const startLine = line;
    // A record spans one line plus one for every line break inside its quoted cells.
    line += 1 + row.reduce((breaks, cell) => breaks + countNewlines(cell), 0);
    if (unclosedRows.has(index)) {
      problems.push({ code: 'csv.unclosed-quote', line: startLine });
      return;
    }
    const cells = row.map((cell) => cell.trim());
    if (header === undefined) {
      header = cells.map(normaliseColumnName);
      return;
    }
    if (isBlank(cells)) return;
    records.push({ line: startLine, cells });
  });

  if (header === undefined) return { table: undefined, problems: problems.length ? problems : [{ code: 'file.empty' }] };
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') problems.push({ code: 'header.empty-name', column: index + 1 });
    else if (seen.has(name)) problems.push({ code: 'header.duplicate', column: index + 1, name });
    seen.add(name);
  });
  const width = header.length;
  const wellFormed: CsvRecord[] = [];
  for (const record of records) {
    if (record.cells.length === width) wellFormed.push(record);
    else problems.push({ code: 'row.ragged', line: record.line, expected: width, actual: record.cells.length });
  }
  return { table: { dialect, header, records: wellFormed }, problems };
}

function countNewlines(cell: string): number {
  let count = 0;
  for (let index = cell.indexOf('\n'); index !== -1; index = cell.indexOf('\n', index + 1)) count++;
  return count;
}
