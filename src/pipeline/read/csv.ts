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
  /** `filledLine`: for an unnamed last column, the first line where it holds a value. */
  | { code: 'header.empty-name'; column: number; filledLine?: number }
  | { code: 'header.duplicate'; column: number; name: string }
  /** An unnamed last column (Excel's `;` at the end of every line) that holds nothing: ignored. */
  | { code: 'header.empty-column'; column: number }
  | { code: 'row.ragged'; line: number; expected: number; actual: number }
  | { code: 'row.repeated-header'; line: number }
  | { code: 'cell.control-character'; line: number; column: number; value: string; character: string; position: number }
  | { code: 'cell.too-long'; line: number; column: number; value: string; length: number; limit: number };

/** The most characters Excel holds in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** Control characters no cell may hold: C0 but tab, CR and LF (line breaks in quoted cells), DEL and C1. */
const CONTROL_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

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
 * A record read where it lies: cell `i` is `text` from `starts[i]` to before `ends[i]`, with no
 * blank at either end (see `scanCsv`). One object, and its arrays, serve every line of a file.
 */
export interface PlainRecord {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The line it is on. */
  line: number;
}

/** What a scan found: how the file is written and its header (undefined when unreadable). */
export interface CsvScan {
  table: Omit<CsvTable, 'records'> | undefined;
  problems: CsvProblem[];
}

/**
 * Streams CSV text record by record: trimmed cells with the line each record starts on.
 * `onHeader` sees the normalised header (with its problems already in `problems`); `onRecord`
 * sees every well-formed record after it. Blank lines (also Excel's `;;;;` rows) are skipped, and
 * so is a header row pasted again further down (one problem for the row); every structural problem
 * is collected, not only the first. A cell holding a control character is reported and handed on
 * without it, so the rest of the row is still checked. Nothing but the current record is held, so
 * a national year file streams in little memory.
 *
 * `onPlainRecord` (optional) is offered each plain record first, as cell positions in the text, so
 * that no string is made of a cell nobody keeps (issue 17): a line without a quote or a line break
 * inside, in a file without control characters, with as many cells as the header, none of them
 * blank at an end or longer than Excel allows, not blank as a whole and not a repeated header. When it takes the
 * record (returns true), that is all; otherwise the record goes on as any other, to `onRecord`.
 */
export function scanCsv(
  text: string,
  onRecord: (record: CsvRecord) => void,
  onHeader: (table: Omit<CsvTable, 'records'>, problems: readonly CsvProblem[]) => void = () => {},
  onPlainRecord?: (record: PlainRecord) => boolean,
): CsvScan {
  const dialect = detectDialect(text);
  if ('code' in dialect) return { table: undefined, problems: [dialect] };
  if (text.trim() === '') return { table: undefined, problems: [{ code: 'file.empty' }] };

  // Reported in this order: unclosed quotes, then the header's problems, then the rows' problems.
  const quoteProblems: CsvProblem[] = [];
  const headerProblems: CsvProblem[] = [];
  const rowProblems: CsvProblem[] = [];
  // One search of the whole text; cells are searched only when it finds a control character.
  const controlCharacters = CONTROL_CHARACTER.test(text);
  const cellsOf = cellReader(controlCharacters, rowProblems);
  let header: HeaderCheck | undefined;
  let line = 1;
  const plain: PlainRecord = { text, starts: new Int32Array(0), ends: new Int32Array(0), line: 0 };
  const inPlace =
    onPlainRecord && !controlCharacters
      ? (start: number, end: number): boolean => {
          plain.line = line;
          if (header === undefined || !header.inPlace(plain, start, end, dialect.delimiter) || !onPlainRecord(plain)) return false;
          line += 1;
          return true;
        }
      : undefined;
  forEachRow(text, dialect.delimiter, inPlace, (row, missingQuotes, oneLine) => {
    const startLine = line;
    // A record spans one line plus one for every line break inside its quoted cells.
    if (!oneLine) for (const cell of row) line += countNewlines(cell);
    line += 1;
    if (missingQuotes) {
      quoteProblems.push({ code: 'csv.unclosed-quote', line: startLine });
      return;
    }
    const cells = cellsOf(row, startLine);
    if (header === undefined) {
      header = headerCheck(cells, headerProblems);
      onHeader({ dialect, header: header.names }, headerProblems);
      return;
    }
    if (isBlank(cells)) return;
    if (header.repeats(cells)) {
      rowProblems.push({ code: 'row.repeated-header', line: startLine });
      return;
    }
    if (cells.length !== header.names.length) {
      rowProblems.push({ code: 'row.ragged', line: startLine, expected: header.names.length, actual: cells.length });
      return;
    }
    header.see(cells, startLine);
    onRecord({ line: startLine, cells });
  });
  if (header === undefined) {
    const problems = [...quoteProblems, ...rowProblems];
    return { table: undefined, problems: problems.length ? problems : [{ code: 'file.empty' }] };
  }
  headerProblems.push(...header.unnamedColumnProblems());
  return { table: { dialect, header: header.names }, problems: [...quoteProblems, ...headerProblems, ...rowProblems] };
}

/**
 * Every record of the text, as Papa Parse reads it (no empty lines skipped), and whether it is
 * known to lie on one line (split from a line without a quote). Papa Parse is the
 * reference; most lines of a year file hold no quote, and such a line, read where a record
 * starts, is one record split at the delimiter: that is done here directly, which is several
 * times faster. A line with a quote goes to Papa Parse with the lines that complete its record;
 * if Papa Parse finds anything wrong with them, it reads the rest of the file itself, so every
 * malformed file is read as before. Records are split where Papa Parse splits them: at the one
 * line break of the text, or where its line breaks are mixed, at the one Papa Parse guesses.
 */
function forEachRow(
  text: string,
  delimiter: string,
  /** Offered each line without a quote that is a record of its own first; true when it took it. */
  inPlace: ((start: number, end: number) => boolean) | undefined,
  onRow: (row: string[], missingQuotes: boolean, oneLine: boolean) => void,
): void {
  const papa = (from: number, newline?: '\n' | '\r\n') =>
    Papa.parse<string[]>(text.slice(from), {
      delimiter,
      skipEmptyLines: false,
      ...(newline ? { newline } : {}),
      step: (result) => onRow(result.data, result.errors.some((error) => error.code === 'MissingQuotes'), false),
    });
  const uniform = uniformNewline(text);
  const newline = uniform ?? papaNewline(text);
  if (newline === undefined) return void papa(0);
  // A line split at \r\n may still hold a lone \n when the line breaks are mixed.
  const oneLine = uniform !== undefined || newline === '\n';
  const step = newline.length;
  // The next quote at or after `start` (Infinity: none left), searched again only once passed: a
  // file whose quotes stop early is not searched to its end once per line.
  let quote = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(newline, start);
    if (end === -1) end = text.length;
    if (quote < start) {
      quote = text.indexOf('"', start);
      if (quote === -1) quote = Infinity;
    }
    if (quote >= end) {
      if (!inPlace?.(start, end)) onRow(text.slice(start, end).split(delimiter), false, oneLine);
      start = end + step;
      continue;
    }
    // The record with a quote: up to the first line end after an even number of quotes.
    let quotes = 0;
    for (let at = quote; at !== -1 && (at < end || quotes % 2 === 1); at = text.indexOf('"', at + 1)) {
      quotes++;
      if (at >= end) {
        end = text.indexOf(newline, at);
        if (end === -1) end = text.length;
      }
    }
    const rows = quotedRows(text.slice(start, end), delimiter, newline);
    if (!rows) return void papa(start, newline);
    for (const row of rows) onRow(row, false, false);
    start = end + step;
  }
}

/** The rows of a stretch of records with quotes (see `wellQuotedRow`), else Papa Parse's, or undefined when it reports any error there. */
function quotedRows(chunk: string, delimiter: string, newline: '\n' | '\r\n'): string[][] | undefined {
  const row = wellQuotedRow(chunk, delimiter);
  if (row) return [row];
  const { data, errors } = Papa.parse<string[]>(chunk, { delimiter, newline, skipEmptyLines: false });
  return errors.length === 0 ? data : undefined;
}

/**
 * One record whose every cell is either free of quotes or wholly quoted (`"…"`, `""` for a quote,
 * line breaks allowed), read as Papa Parse reads it; undefined for anything else (a quote inside an
 * unquoted cell, text after a closing quote), which is left to Papa Parse.
 */
function wellQuotedRow(record: string, delimiter: string): string[] | undefined {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (record.charCodeAt(at) === 34) {
      let cell = '';
      let from = at + 1;
      for (;;) {
        const close = record.indexOf('"', from);
        if (close === -1) return undefined;
        cell += record.slice(from, close);
        if (record.charCodeAt(close + 1) !== 34) {
          at = close + 1;
          break;
        }
        cell += '"';
        from = close + 2;
      }
      cells.push(cell);
      if (at === record.length) return cells;
      if (record[at] !== delimiter) return undefined;
      at++;
      continue;
    }
    const next = record.indexOf(delimiter, at);
    const cell = record.slice(at, next === -1 ? record.length : next);
    if (cell.includes('"') || cell.includes('\n')) return undefined;
    cells.push(cell);
    if (next === -1) return cells;
    at = next + 1;
  }
}

/** `\n` or `\r\n` when every line break of the text is that one; otherwise undefined. */
function uniformNewline(text: string): '\n' | '\r\n' | undefined {
  const cr = text.indexOf('\r');
  if (cr === -1) return '\n';
  let crs = 0;
  let lfs = 0;
  let pairs = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    crs++;
    if (text.charCodeAt(at + 1) === 10) pairs++;
  }
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lfs++;
  return crs === pairs && lfs === pairs ? '\r\n' : undefined;
}

/**
 * The record separator Papa Parse chooses for a text whose line breaks are mixed (Excel writes
 * records with `\r\n` and line breaks inside a cell as `\n`): its own guess, from the first 1 MB
 * with the quoted stretches removed (papaparse.js `guessLineEndings`, repeated here because it is
 * not exported). Undefined for a lone `\r`, which Papa Parse then reads itself.
 */
function papaNewline(text: string): '\n' | '\r\n' | undefined {
  const input = text.slice(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part.charCodeAt(0) === 10) withN++;
  return withN >= r.length / 2 ? '\r\n' : undefined;
}

/**
 * Trims the cells of a record in place (each row is a fresh array), reporting cells too long for
 * Excel and (when asked) control characters.
 */
function cellReader(controlCharacters: boolean, problems: CsvProblem[]) {
  return (cells: string[], line: number): string[] => {
    for (let index = 0; index < cells.length; index++) {
      let cell = cells[index]!;
      if (cell.length > EXCEL_CELL_LIMIT) {
        problems.push({ code: 'cell.too-long', line, column: index + 1, value: cell, length: cell.length, limit: EXCEL_CELL_LIMIT });
      }
      const at = controlCharacters ? cell.search(CONTROL_CHARACTER) : -1;
      if (at !== -1) {
        const character = `U+${cell.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
        problems.push({ code: 'cell.control-character', line, column: index + 1, value: cell, character, position: at + 1 });
        cell = cell.replace(CONTROL_CHARACTERS, '');
      }
      cells[index] = cell.trim();
    }
    return cells;
  };
}

type HeaderCheck = ReturnType<typeof headerCheck>;

/**
 * Whether a cell starting or ending with this character might lose it to `trim()`: ASCII blanks
 * and controls, and to be safe every character from DEL on but the common Latin ones.
 */
const blankAt = (code: number): boolean => code <= 32 || (code >= 0x7f && code <= 0xa0) || code >= 0x1680;

/**
 * The header's names and problems, and the checks of later rows against it. Unnamed last columns
 * (Excel writes a `;` at the end of every line when a column beyond the table was ever touched)
 * are judged once every row is read: ignored with a warning when empty, an error when not.
 */
function headerCheck(cells: readonly string[], problems: CsvProblem[]) {
  const names = cells.map(normaliseColumnName);
  let named = names.length;
  while (named > 0 && names[named - 1] === '') named--;
  const seen = new Set<string>();
  names.slice(0, named).forEach((name, index) => {
    if (name === '') problems.push({ code: 'header.empty-name', column: index + 1 });
    else if (seen.has(name)) problems.push({ code: 'header.duplicate', column: index + 1, name });
    seen.add(name);
  });
  seen.delete('');
  const initials = new Set([...seen].map((name) => name.charCodeAt(0)));
  const filled = new Map<number, number>();
  /** A header row pasted again: every filled cell is a column name (checked fully only when the first cell could be one). */
  const repeats = (count: number, cell: (index: number) => string): boolean => {
    let initial = count === 0 ? NaN : cell(0).charCodeAt(0);
    if (initial >= 65 && initial <= 90) initial += 32;
    if (!initials.has(initial)) return false;
    let filledCells = 0;
    for (let index = 0; index < count; index++) {
      const text = cell(index);
      if (text === '') continue;
      if (!seen.has(normaliseColumnName(text))) return false;
      filledCells++;
    }
    return filledCells >= Math.min(2, seen.size);
  };
  const lowerNames = [...seen].filter((name) => /^[a-z0-9_]+$/.test(name));
  /**
   * Whether the cell from `from` to before `to` could be a column name (false only when it is
   * certainly not one): compared in place when it is written as names are, lower case.
   */
  const isNameAt = (text: string, from: number, to: number): boolean => {
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at);
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95)) return true;
    }
    for (const name of lowerNames) if (name.length === to - from && text.startsWith(name, from)) return true;
    return false;
  };
  return {
    names,
    repeats: (cells: readonly string[]): boolean => repeats(cells.length, (index) => cells[index]!),
    /** Notes where unnamed last columns first hold a value. */
    see(cells: readonly string[], line: number): void {
      for (let index = named; index < cells.length; index++) if (cells[index] !== '' && !filled.has(index)) filled.set(index, line);
    },
    /**
     * Finds the cells of the line from `start` to before `end` (no quote in it) in place, as
     * `scanCsv` describes, noting where unnamed last columns first hold a value; false when the
     * line must be read the general way.
     */
    inPlace(record: PlainRecord, start: number, end: number, delimiter: string): boolean {
      const { text } = record;
      const count = names.length;
      if (record.starts.length !== count) {
        record.starts = new Int32Array(count);
        record.ends = new Int32Array(count);
      }
      const { starts, ends } = record;
      const separator = delimiter.charCodeAt(0);
      let cells = 0;
      let blank = true;
      for (let from = start, at = start; ; at++) {
        const code = at < end ? text.charCodeAt(at) : separator;
        // A line break inside (mixed line breaks, as Excel writes them): the general way counts it.
        if (code === 10) return false;
        if (code !== separator) continue;
        if (cells === count) return false;
        if (at > from) {
          if (at - from > EXCEL_CELL_LIMIT || blankAt(text.charCodeAt(from)) || blankAt(text.charCodeAt(at - 1))) return false;
          blank = false;
        }
        starts[cells] = from;
        ends[cells] = at;
        cells++;
        if (at === end) break;
        from = at + 1;
      }
      if (cells !== count || blank) return false;
      // A repeated header starts with a column name: most first cells are told apart without a string.
      if (isNameAt(text, starts[0]!, ends[0]!) && repeats(count, (index) => text.slice(starts[index]!, ends[index]!))) return false;
      for (let index = named; index < count; index++) if (ends[index]! > starts[index]! && !filled.has(index)) filled.set(index, record.line);
      return true;
    },
    unnamedColumnProblems(): CsvProblem[] {
      return names.slice(named).map((_, offset): CsvProblem => {
        const column = named + offset + 1;
        const filledLine = filled.get(column - 1);
        return filledLine === undefined ? { code: 'header.empty-column', column } : { code: 'header.empty-name', column, filledLine };
      });
    },
  };
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
