import type { z } from 'zod';
import type { CellContext } from '../contract/cells.ts';
import { scanCsv, type CsvProblem, type CsvRecord, type PlainRecord } from '../read/csv.ts';
import { decodeCsvBytes } from '../read/decode.ts';
import type { ValidationIssue } from './issue.ts';
import { compileFastRow } from './fast-row.ts';
import { isMessageCode, type MessageCode } from './message-code.ts';

/** What the validator needs to know about one kind of input table. */
export interface TableSpec<Schema extends z.ZodType<unknown, Record<string, string | undefined>>> {
  fileName: string;
  schema: (context: CellContext) => Schema;
  /** Columns of the contract that are read but never published. */
  privateColumns: readonly string[];
  /** The schema's checks between cells, for the fast path (see fast-row.ts). */
  rowProblems?: (row: Record<string, unknown>) => unknown[];
}

/** A row that passed its schema, with the line it starts on. */
export interface ParsedRow<Row> {
  line: number;
  row: Row;
}

export interface ParsedTable<Row> {
  /** Normalised column names as in the file (empty when the file could not be read). */
  header: string[];
  rows: ParsedRow<Row>[];
  /** Distinct values of every never-publish column (private and unknown ones), for the leak guard. */
  privateValues: Map<string, Set<string>>;
  /** Columns present in the file that are outside the contract. */
  extraColumns: string[];
  issues: ValidationIssue[];
}

export type ObjectSchema = z.ZodType<unknown, Record<string, string | undefined>> & {
  shape?: Record<string, z.ZodType>;
  def?: { in?: { shape?: Record<string, z.ZodType> } };
};

/** The column names of an object schema (also behind a refinement). */
export function schemaColumns(schema: ObjectSchema): { all: string[]; required: string[] } {
  const shape = schema.shape ?? (schema as { _zod?: { def?: { shape?: Record<string, z.ZodType> } } })._zod?.def?.shape;
  if (!shape) throw new Error('table schema must be a zod object');
  const all = Object.keys(shape);
  const required = all.filter((name) => !shape[name]?.safeParse(undefined).success);
  return { all, required };
}

function csvProblemToIssue(problem: CsvProblem, file: string, header: readonly string[]): ValidationIssue {
  const at = (line: number, column: number) => ({ file, line, column: { index: column, name: header[column - 1] ?? '' } });
  switch (problem.code) {
    case 'csv.unclosed-quote':
    case 'row.repeated-header':
      return { severity: 'error', code: problem.code, file, line: problem.line };
    case 'row.ragged':
      return {
        severity: 'error',
        code: problem.code,
        file,
        line: problem.line,
        params: { expected: problem.expected, actual: problem.actual },
      };
    case 'header.empty-name':
      return { severity: 'error', code: problem.code, ...at(1, problem.column), params: { filledLine: problem.filledLine } };
    case 'header.empty-column':
      return { severity: 'warning', code: problem.code, ...at(1, problem.column) };
    case 'header.duplicate':
      return {
        severity: 'error',
        code: problem.code,
        file,
        line: 1,
        column: { index: problem.column, name: header[problem.column - 1] ?? problem.name },
      };
    case 'cell.control-character':
    case 'cell.too-long': {
      const { code, line, column, value, ...params } = problem;
      return { severity: 'error', code, ...at(line, column), value, params };
    }
    default:
      return { severity: 'error', code: problem.code, file };
  }
}

/** What a scan of one file found, besides the rows it handed on. */
export type ScannedTable = Omit<ParsedTable<never>, 'rows'>;

/**
 * Reads one CSV file against its schema: structure first (encoding, delimiter, header,
 * ragged rows), then every cell of every row, streaming: each valid row goes to `onRow` as soon
 * as it is read, and only the issues are kept. All issues are collected.
 */
export function scanTable<Schema extends ObjectSchema>(
  bytes: Uint8Array,
  spec: TableSpec<Schema>,
  { file, year }: { file: string; year: number },
  onRow: (row: ParsedRow<z.output<Schema>>, header: readonly string[]) => void,
  /** Without `collectPrivateValues`, `privateValues` names the never-publish columns with empty sets. */
  { collectPrivateValues = true }: { collectPrivateValues?: boolean } = {},
): ScannedTable {
  const empty = { header: [], privateValues: new Map(), extraColumns: [] };
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    return { ...empty, issues: [{ severity: 'error', code: decoded.problem, file, line: decoded.line }] };
  }
  const headerIssues: ValidationIssue[] = [];
  const rowIssues: ValidationIssue[] = [];
  let readRow: ((record: CsvRecord) => void) | undefined;
  let readInPlace: ((record: PlainRecord) => boolean) | undefined;
  let accepted: Omit<ScannedTable, 'issues'> | undefined;

  const { table, problems } = scanCsv(
    decoded.text,
    (record) => readRow?.(record),
    (table, csvHeaderProblems) => {
      const schema = spec.schema({ decimalSeparator: table.dialect.decimalSeparator, year });
      const columns = schemaColumns(schema);
      for (const name of columns.required) {
        if (!table.header.includes(name)) {
          headerIssues.push({ severity: 'error', code: 'header.missing-column', file, line: 1, params: { column: name } });
        }
      }
      if (headerIssues.length > 0 || csvHeaderProblems.length > 0) return;
      const contract = new Set(columns.all);
      // An unnamed column here is a last one (any other is a header problem), judged once the file is read; never read.
      const extraColumns = table.header.filter((name) => name !== '' && !contract.has(name) && !spec.privateColumns.includes(name));
      const privateColumns = new Set([...spec.privateColumns, ...extraColumns]);
      const shape = (schema.shape ?? {}) as Record<string, z.ZodType>;
      const fastRow = compileFastRow(shape, spec.rowProblems, table.header);
      const reader = rowReader(table.header, schema, fastRow, contract, privateColumns, collectPrivateValues, file, rowIssues, onRow);
      readRow = reader.read;
      readInPlace = reader.readInPlace;
      accepted = { header: table.header, privateValues: reader.privateValues, extraColumns };
    },
    (record) => readInPlace?.(record) ?? false,
  );
  const issues = [...problems.map((problem) => csvProblemToIssue(problem, file, table?.header ?? [])), ...headerIssues, ...rowIssues];
  return { ...(accepted ?? empty), issues };
}

/** `scanTable`, keeping the valid rows. */
export function parseTable<Schema extends ObjectSchema>(
  bytes: Uint8Array,
  spec: TableSpec<Schema>,
  context: { file: string; year: number },
  options: { collectPrivateValues?: boolean } = {},
): ParsedTable<z.output<Schema>> {
  const rows: ParsedRow<z.output<Schema>>[] = [];
  const scanned = scanTable(bytes, spec, context, (row) => rows.push(row), options);
  return { ...scanned, rows };
}

function rowReader<Schema extends ObjectSchema>(
  header: readonly string[],
  schema: Schema,
  fastRow: ReturnType<typeof compileFastRow>,
  contract: ReadonlySet<string>,
  privateColumns: ReadonlySet<string>,
  collectPrivateValues: boolean,
  file: string,
  issues: ValidationIssue[],
  onRow: (row: ParsedRow<z.output<Schema>>, header: readonly string[]) => void,
) {
  const inputColumns = header.flatMap((name, index) => (contract.has(name) ? [{ name, index }] : []));
  const privateIndexes = header.flatMap((name, index) => (privateColumns.has(name) ? [{ name, index }] : []));
  const privateValues = new Map(privateIndexes.map(({ name }) => [name, new Set<string>()]));
  const privateSets = collectPrivateValues ? privateIndexes.map(({ name, index }) => ({ index, values: privateValues.get(name)! })) : [];

  /** A row the fast path does not take: zod reads it (an unusual valid form) or explains what is wrong. */
  const readByZod = (line: number, cell: (index: number) => string) => {
    const input: Record<string, string | undefined> = {};
    for (const { name, index } of inputColumns) {
      const value = cell(index);
      input[name] = value === '' ? undefined : value;
    }
    const result = schema.safeParse(input);
    if (result.success) {
      onRow({ line, row: result.data }, header);
      return;
    }
    for (const zodIssue of result.error.issues) {
      const name = String(zodIssue.path[0] ?? '');
      const index = header.indexOf(name);
      const value = input[name];
      issues.push({
        severity: 'error',
        code: issueCode(zodIssue, value),
        file,
        line,
        column: index === -1 ? undefined : { index: index + 1, name },
        value,
        params: issueParams(zodIssue),
      });
    }
  };

  const read = (record: CsvRecord) => {
    for (const { index, values } of privateSets) {
      const cell = record.cells[index];
      if (cell) values.add(cell);
    }
    const fast = fastRow?.fromCells(record.cells);
    if (fast) onRow({ line: record.line, row: fast as z.output<Schema> }, header);
    else readByZod(record.line, (index) => record.cells[index]!);
  };
  /**
   * A plain record, read where it lies: by the fast path, else by zod from its cells (the same
   * strings the general way would make: a plain record's cells need no trimming), each once.
   */
  const readInPlace = fastRow
    ? (record: PlainRecord): boolean => {
        const { text, starts, ends, line } = record;
        const cell = (index: number) => text.slice(starts[index], ends[index]);
        for (const { index, values } of privateSets) if (ends[index]! > starts[index]!) values.add(cell(index));
        const row = fastRow.inPlace(text, starts, ends);
        if (row) onRow({ line, row: row as z.output<Schema> }, header);
        else readByZod(line, cell);
        return true;
      }
    : undefined;
  return { read, readInPlace, privateValues };
}

function issueCode(issue: z.core.$ZodIssue, value: string | undefined): MessageCode {
  if (value === undefined && issue.code === 'invalid_type') return 'cell.required';
  return isMessageCode(issue.message) ? issue.message : 'value.invalid';
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (issue.code === 'invalid_value') params.allowed = issue.values.map(String).join(', ');
  if (issue.code === 'custom' && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
  }
  return params;
}
