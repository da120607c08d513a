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

/** What a scan found: how the file is written and its header (undefined when unreadable). */
export interface CsvScan {
  table: Omit<CsvTable, 'records'> | undefined;
  problems: CsvProblem[];
}

/**
 * Streams CSV text record by record: trimmed cells with the line each record starts on.
 * `onHeader` sees the normalised header (with its problems already in `problems`); `onRecord`
 * sees every well-formed record after it. Blank lines (also Excel's `;;;;` rows) are skipped;
 * every structural problem is collected, not only the first. Nothing but the current record is
 * held, so a national year file streams in little memory.
 */
export function scanCsv(
  text: string,
  onRecord: (record: CsvRecord) => void,
  onHeader: (table: Omit<CsvTable, 'records'>, problems: readonly CsvProblem[]) => void = () => {},
): CsvScan {
  const dialect = detectDialect(text);
  if ('code' in dialect) return { table: undefined, problems: [dialect] };
  if (text.trim() === '') return { table: undefined, problems: [{ code: 'file.empty' }] };

  // Reported in this order: unclosed quotes, then the header's problems, then ragged rows.
  const quoteProblems: CsvProblem[] = [];
  const headerProblems: CsvProblem[] = [];
  const raggedProblems: CsvProblem[] = [];
  let header: string[] | undefined;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const row = result.data;
      const startLine = line;
      // A record spans one line plus one for every line break inside its quoted cells.
      for (const cell of row) line += countNewlines(cell);
      line += 1;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        quoteProblems.push({ code: 'csv.unclosed-quote', line: startLine });
        return;
      }
      const cells = row.map((cell) => cell.trim());
      if (header === undefined) {
        header = cells.map(normaliseColumnName);
        const seen = new Set<string>();
        header.forEach((name, index) => {
          if (name === '') headerProblems.push({ code: 'header.empty-name', column: index + 1 });
          else if (seen.has(name)) headerProblems.push({ code: 'header.duplicate', column: index + 1, name });
          seen.add(name);
        });
        onHeader({ dialect, header }, headerProblems);
        return;
      }
      if (isBlank(cells)) return;
      if (cells.length !== header.length) {
        raggedProblems.push({ code: 'row.ragged', line: startLine, expected: header.length, actual: cells.length });
        return;
      }
      onRecord({ line: startLine, cells });
    },
  });
  const problems = [...quoteProblems, ...headerProblems, ...raggedProblems];
  if (header === undefined) return { table: undefined, problems: problems.length ? problems : [{ code: 'file.empty' }] };
  return { table: { dialect, header }, problems };
}

/** Parses CSV text into trimmed cells with the line each record starts on (see scanCsv). */
export function parseCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const { table, problems } = scanCsv(text, (record) => records.push(record));
  return { table: table && { ...table, records }, problems };
}

function countNewlines(cell: string): number {
  let count = 0;
  for (let index = cell.indexOf('\n'); index !== -1; index = cell.indexOf('\n', index + 1)) count++;
  return count;
}
