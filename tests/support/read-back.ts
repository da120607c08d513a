/**
 * Reading the downloads back, the way a user's tool would: CSV with papaparse, then typed by the
 * Table Schema (numbers become numbers, marks stay marks, the formula-safety quote is removed), and
 * a check of a whole Data Package: every resource exists with the declared size and SHA-256, and
 * every value of every tabular resource fits its schema (field names and order, types, marks).
 * Used by the tests and usable by anyone checking a published /data/ folder.
 */
import Papa from 'papaparse';
import { isMarker } from '../../src/pipeline/publish/markers.ts';
import type { TableSchema, TableSchemaField } from '../../src/pipeline/publish/table-schema.ts';
import { sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import { BOM } from '../../src/pipeline/downloads/csv.ts';
import { isInertText, restoreText } from '../../src/pipeline/downloads/formula-safety.ts';
import type { CellValue, Row } from '../../src/pipeline/publish/tables.ts';

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

/** Parses one of our CSV files (BOM required, CRLF line ends). */
export function parseCsv(text: string, delimiter: ',' | ';'): ParsedCsv {
  if (!text.startsWith(BOM)) throw new Error('CSV has no UTF-8 byte order mark');
  const result = Papa.parse<string[]>(text.slice(BOM.length), { delimiter, newline: '\r\n', skipEmptyLines: 'greedy', quoteChar: '"' });
  if (result.errors.length > 0) throw new Error(`CSV parse error: ${result.errors[0]!.message} (row ${result.errors[0]!.row})`);
  const [header, ...rows] = result.data;
  if (!header) throw new Error('CSV is empty');
  return { header, rows };
}

type FieldWithDecimal = TableSchemaField & { decimalChar?: string };

/** One CSV cell back to the JSON value (number, mark or exact text). */
export function typedCell(text: string, field: FieldWithDecimal, missingValues: readonly string[]): CellValue {
  if (field.type === 'string') return restoreText(text);
  if (missingValues.includes(text)) return text;
  const normal = field.decimalChar && field.decimalChar !== '.' ? text.replace(field.decimalChar, '.') : text;
  const value = Number(normal);
  if (normal.trim() === '' || !Number.isFinite(value)) throw new Error(`${field.name}: "${text}" is not a number`);
  return value;
}

/** CSV rows as records typed by the schema. */
export function typedRecords(parsed: ParsedCsv, schema: TableSchema & { fields: FieldWithDecimal[] }): Row[] {
  return parsed.rows.map((cells) =>
    Object.fromEntries(schema.fields.map((field, index) => [field.name, typedCell(cells[index] ?? '', field, schema.missingValues)])),
  );
}

/** One cell of an XLSX sheet beside the same cell of the table's CSV. */
export interface SheetCell {
  /** Row number in the sheet (the header is row 1). */
  row: number;
  field: TableSchemaField;
  /** The CSV text. */
  text: string;
  /** The sheet's value as exceljs reads it ('' for an empty cell). */
  value: unknown;
  /** The CSV cell is a number: a field that is not text, and not a mark. */
  isNumber: boolean;
}

/** Every cell of a sheet (exceljs) whose rows follow the CSV's, beside its CSV cell. */
export function* sheetBesideCsv(sheet: { getRow(row: number): { values: unknown } }, csv: ParsedCsv, schema: TableSchema): Generator<SheetCell> {
  for (const [index, cells] of csv.rows.entries()) {
    const row = index + 2;
    const values = (sheet.getRow(row).values as unknown[]).slice(1);
    for (const [column, field] of schema.fields.entries()) {
      const text = cells[column]!;
      yield { row, field, text, value: values[column] ?? '', isNumber: field.type !== 'string' && !schema.missingValues.includes(text) };
    }
  }
}

function cellProblem(value: unknown, field: FieldWithDecimal, missingValues: readonly string[], fromCsv: boolean): string | undefined {
  if (typeof value === 'string' && missingValues.includes(value)) return isMarker(value) ? undefined : `unknown mark ${value}`;
  if (field.type === 'string') {
    if (typeof value !== 'string') return 'not text';
    if (fromCsv && !isInertText(value)) return `text could run as a formula: ${JSON.stringify(value.slice(0, 20))}`;
    if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" not in ${field.constraints.enum.join('|')}`;
    return undefined;
  }
  if (fromCsv) {
    if (typeof value !== 'string') return 'not a cell';
    const decimal = field.decimalChar ?? '.';
    const pattern =
      field.type === 'integer' ? /^-?\d+$/ : field.type === 'year' ? /^\d{4}$/ : new RegExp(`^-?\\d+(${decimal === '.' ? '\\.' : decimal}\\d+)?$`);
    return pattern.test(value) ? undefined : `"${value}" is not a ${field.type}`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${JSON.stringify(value)} is not a ${field.type}`;
  if ((field.type === 'integer' || field.type === 'year') && !Number.isInteger(value)) return `${value} is not an integer`;
  return undefined;
}

export interface ResourceDescriptor {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  dialect?: { delimiter: ',' | ';' };
  schema?: TableSchema & { fields: FieldWithDecimal[] };
}

/** Problems of a Data Package whose files are given by `read(path)`; empty when all is well. */
export function checkDataPackage(descriptor: { resources: ResourceDescriptor[] }, read: (path: string) => Uint8Array | undefined, maxProblems = 50): string[] {
  const problems: string[] = [];
  const problem = (text: string) => {
    if (problems.length < maxProblems) problems.push(text);
  };
  for (const resource of descriptor.resources) {
    const bytes = read(resource.path);
    if (!bytes) {
      problem(`${resource.name}: ${resource.path} does not exist`);
      continue;
    }
    if (bytes.byteLength !== resource.bytes) problem(`${resource.name}: ${bytes.byteLength} bytes, declared ${resource.bytes}`);
    if (`sha256:${sha256Hex(bytes)}` !== resource.hash) problem(`${resource.name}: SHA-256 does not match`);
    const schema = resource.schema;
    if (!schema) continue;
    const names = schema.fields.map((field) => field.name);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (resource.format === 'csv') {
      const parsed = parseCsv(text, resource.dialect?.delimiter ?? ',');
      if (parsed.header.join('\u0000') !== names.join('\u0000')) problem(`${resource.name}: header ${parsed.header.join(',')} ≠ schema ${names.join(',')}`);
      parsed.rows.forEach((cells, row) => {
        if (cells.length !== names.length) problem(`${resource.name} row ${row + 2}: ${cells.length} cells`);
        schema.fields.forEach((field, column) => {
          const issue = cellProblem(cells[column], field, schema.missingValues, true);
          if (issue) problem(`${resource.name} row ${row + 2}, ${field.name}: ${issue}`);
        });
      });
    } else if (resource.format === 'json') {
      const records = JSON.parse(text) as unknown;
      if (!Array.isArray(records)) {
        problem(`${resource.name}: not an array`);
        continue;
      }
      records.forEach((record: Record<string, unknown>, row) => {
        if (Object.keys(record).join('\u0000') !== names.join('\u0000')) problem(`${resource.name} record ${row + 1}: fields ${Object.keys(record).join(',')}`);
        for (const field of schema.fields) {
          const issue = cellProblem(record[field.name], field, schema.missingValues, false);
          if (issue) problem(`${resource.name} record ${row + 1}, ${field.name}: ${issue}`);
        }
      });
    }
  }
  return problems;
}
