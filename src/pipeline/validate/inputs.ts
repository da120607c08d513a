import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { crosswalkRowSchema } from '../contract/crosswalk.ts';
import { datasetMetaSchema, type DatasetMeta } from '../contract/dataset-meta.ts';
import { KAWASAN_PRIVATE_COLUMNS, kawasanRowSchema, type KawasanRow } from '../contract/kawasan.ts';
import { PROGRAM_PRIVATE_COLUMNS, programRowProblems, programRowSchema, type ProgramRow } from '../contract/program.ts';
import { indexCrosswalk, resolveDesaCode, type CrosswalkEntry, type CrosswalkIndex } from '../normalise/region-crosswalk.ts';
import type { RegionReference } from '../reference/region-reference.ts';
import type { ValidationIssue } from './issue.ts';
import { parseTable, type ParsedRow, type TableSpec } from './table.ts';

export const KAWASAN_FILE = 'kawasan.csv';
export const PROGRAM_FILE = 'program.csv';
export const CROSSWALK_FILE = path.join('wilayah', 'kode-lama.csv');

const kawasanSpec: TableSpec<ReturnType<typeof kawasanRowSchema>> = {
  fileName: KAWASAN_FILE,
  schema: kawasanRowSchema,
  privateColumns: KAWASAN_PRIVATE_COLUMNS,
};
const programSpec: TableSpec<ReturnType<typeof programRowSchema>> = {
  fileName: PROGRAM_FILE,
  schema: programRowSchema,
  privateColumns: PROGRAM_PRIVATE_COLUMNS,
  rowProblems: programRowProblems,
};
const crosswalkSpec: TableSpec<typeof crosswalkRowSchema> = {
  fileName: 'kode-lama.csv',
  schema: () => crosswalkRowSchema,
  privateColumns: [],
};

/** A validated row whose `kode_desa` is today's code; `sourceCode` is the code as written. */
export type NormalisedRow<Row> = ParsedRow<Row & { kode_desa: string }> & { sourceCode: string };

export interface YearInputs {
  year: number;
  kawasan: NormalisedRow<KawasanRow>[];
  program: NormalisedRow<ProgramRow>[];
}

/** Everything read from the data folder, once it holds no error. */
export interface ValidatedInputs {
  meta: DatasetMeta;
  crosswalk: CrosswalkEntry[];
  years: YearInputs[];
  /** Every value of every never-publish column, per column name: the leak guard looks for them. */
  privateValues: Map<string, Set<string>>;
  /** Never-publish columns seen, per file. */
  privateColumnsByFile: Map<string, string[]>;
}

export interface ValidationResult {
  inputs: ValidatedInputs | undefined;
  issues: ValidationIssue[];
  filesRead: number;
  rowsRead: number;
}

const YEAR_FOLDER = /^\d{4}$/;
const KNOWN_FOLDERS = new Set(['wilayah', 'geo']);

/** Validates the whole data folder against the input contract and the region reference. */
export async function validateInputs(dataDir: string, reference: RegionReference): Promise<ValidationResult> {
  const issues: ValidationIssue[] = [];
  const shown = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    issues.push({ severity: 'error', code: 'data.folder-missing', file: shown(dataDir), params: { path: shown(dataDir) } });
    return { inputs: undefined, issues, filesRead: 0, rowsRead: 0 };
  }

  let filesRead = 0;
  let rowsRead = 0;
  const meta = await readMeta(path.join(dataDir, 'dataset.json'), shown, issues);
  const crosswalk = await readCrosswalk(path.join(dataDir, CROSSWALK_FILE), reference, shown, issues);
  filesRead += 2;

  const crosswalkIndex = indexCrosswalk(crosswalk);
  const yearFolders = entries.filter((entry) => entry.isDirectory() && YEAR_FOLDER.test(entry.name));
  for (const entry of entries) {
    if (entry.isDirectory() && !YEAR_FOLDER.test(entry.name) && !KNOWN_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      issues.push({ severity: 'error', code: 'dir.unknown', file: shown(path.join(dataDir, entry.name)), params: { name: entry.name } });
    }
  }
  if (yearFolders.length === 0) issues.push({ severity: 'error', code: 'data.no-years', file: shown(dataDir) });

  const privateValues = new Map<string, Set<string>>();
  const privateColumnsByFile = new Map<string, string[]>();
  const years: YearInputs[] = [];
  for (const folder of yearFolders.map((entry) => entry.name).sort()) {
    const year = Number(folder);
    const folderPath = path.join(dataDir, folder);
    for (const name of (await readdir(folderPath)).sort()) {
      if (name !== KAWASAN_FILE && name !== PROGRAM_FILE && !name.startsWith('.')) {
        issues.push({ severity: 'warning', code: 'file.unexpected', file: shown(path.join(folderPath, name)), params: { name } });
      }
    }
    const tables = { kawasan: [] as NormalisedRow<KawasanRow>[], program: [] as NormalisedRow<ProgramRow>[] };
    for (const [key, spec] of [['kawasan', kawasanSpec], ['program', programSpec]] as const) {
      const filePath = path.join(folderPath, spec.fileName);
      const file = shown(filePath);
      const bytes = await readBytes(filePath);
      if (bytes === 'missing' || bytes === 'unreadable') {
        issues.push({ severity: 'error', code: bytes === 'missing' ? 'file.missing' : 'file.unreadable', file, params: { name: spec.fileName } });
        continue;
      }
      filesRead++;
      const parsed = parseTable(bytes, spec as TableSpec<typeof spec extends TableSpec<infer S> ? S : never>, { file, year });
      issues.push(...parsed.issues);
      rowsRead += parsed.rows.length;
      for (const [column, values] of parsed.privateValues) {
        const all = privateValues.get(column) ?? new Set<string>();
        for (const value of values) all.add(value);
        privateValues.set(column, all);
      }
      privateColumnsByFile.set(file, [...parsed.privateValues.keys()]);
      const columnIndex = (name: string) => ({ index: parsed.header.indexOf(name) + 1, name });
      const normalised = normaliseCodes(parsed.rows as ParsedRow<{ kode_desa: string }>[], year, reference, crosswalkIndex, file, columnIndex('kode_desa'), issues);
      if (key === 'kawasan') {
        tables.kawasan = normalised as NormalisedRow<KawasanRow>[];
        reportDuplicates(tables.kawasan, (row) => row.row.kode_desa, 'duplicate.desa', columnIndex('kode_desa'), file, issues);
      } else {
        tables.program = normalised as NormalisedRow<ProgramRow>[];
        reportDuplicates(tables.program, (row) => row.row.id, 'duplicate.program-id', columnIndex('id'), file, issues);
      }
    }
    const readable = [KAWASAN_FILE, PROGRAM_FILE].every((name) => !issues.some((issue) => issue.file === shown(path.join(folderPath, name)) && issue.severity === 'error'));
    if (readable && tables.kawasan.length === 0 && tables.program.length === 0) {
      // A year scaffolded by `npm run new-year` but not filled yet: valid, and not published.
      issues.push({ severity: 'warning', code: 'year.empty', file: shown(folderPath), params: { year } });
      continue;
    }
    years.push({ year, ...tables });
  }

  const hasErrors = issues.some((issue) => issue.severity === 'error');
  const inputs = hasErrors || !meta ? undefined : { meta, crosswalk, years, privateValues, privateColumnsByFile };
  return { inputs, issues, filesRead, rowsRead };
}

async function readBytes(filePath: string): Promise<Uint8Array | 'missing' | 'unreadable'> {
  const info = await stat(filePath).catch(() => undefined);
  if (!info) return 'missing';
  if (!info.isFile()) return 'unreadable';
  return readFile(filePath).catch(() => 'unreadable' as const);
}

function normaliseCodes<Row extends { kode_desa: string }>(
  rows: ParsedRow<Row>[],
  year: number,
  reference: RegionReference,
  crosswalk: CrosswalkIndex,
  file: string,
  column: { index: number; name: string },
  issues: ValidationIssue[],
): NormalisedRow<Row>[] {
  const normalised: NormalisedRow<Row>[] = [];
  for (const parsed of rows) {
    const sourceCode = parsed.row.kode_desa;
    const resolution = resolveDesaCode(sourceCode, year, reference, crosswalk);
    if (resolution.ok) {
      parsed.row.kode_desa = resolution.current;
      normalised.push({ line: parsed.line, sourceCode, row: parsed.row });
      continue;
    }
    issues.push({
      severity: 'error',
      code: resolution.problem,
      file,
      line: parsed.line,
      column,
      value: sourceCode,
      params: resolution.problem === 'code.unknown' ? {} : { replacement: resolution.replacement, until: resolution.until, year },
    });
  }
  return normalised;
}

function reportDuplicates<Row extends { line: number; sourceCode?: string; row: { kode_desa: string } }>(
  rows: Row[],
  keyOf: (row: Row) => string,
  code: 'duplicate.desa' | 'duplicate.program-id',
  column: { index: number; name: string },
  file: string,
  issues: ValidationIssue[],
): void {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, row.line);
      continue;
    }
    const value = column.name === 'kode_desa' ? (row.sourceCode ?? key) : key;
    issues.push({
      severity: 'error',
      code,
      file,
      line: row.line,
      column,
      value,
      params: { firstLine: first, current: value !== key ? key : undefined },
    });
  }
}

async function readMeta(
  filePath: string,
  shown: (absolute: string) => string,
  issues: ValidationIssue[],
): Promise<DatasetMeta | undefined> {
  const file = shown(filePath);
  const text = await readFile(filePath, 'utf8').catch(() => undefined);
  if (text === undefined) {
    issues.push({ severity: 'error', code: 'dataset.missing', file });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    issues.push({ severity: 'error', code: 'dataset.invalid-json', file });
    return undefined;
  }
  const result = datasetMetaSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ severity: 'error', code: 'dataset.field', file, params: { column: String(issue.path[0] ?? '') } });
  }
  return undefined;
}

async function readCrosswalk(
  filePath: string,
  reference: RegionReference,
  shown: (absolute: string) => string,
  issues: ValidationIssue[],
): Promise<CrosswalkEntry[]> {
  const file = shown(filePath);
  const bytes = await readBytes(filePath);
  if (bytes === 'missing' || bytes === 'unreadable') {
    issues.push({ severity: 'error', code: bytes === 'missing' ? 'file.missing' : 'file.unreadable', file, params: { name: CROSSWALK_FILE } });
    return [];
  }
  const parsed = parseTable(bytes, crosswalkSpec, { file, year: 0 });
  issues.push(...parsed.issues);
  const known = (code: string) =>
    reference.desaCodes.has(code) || reference.kecamatanCodes.has(code) || reference.kabkota.some((k) => k.code === code);
  const firstLine = new Map<string, number>();
  const entries: CrosswalkEntry[] = [];
  for (const { line, row } of parsed.rows) {
    const column = (name: string) => ({ index: parsed.header.indexOf(name) + 1, name });
    if (row.kode_lama.length !== row.kode_baru.length) {
      issues.push({ severity: 'error', code: 'crosswalk.level-mismatch', file, line, column: column('kode_baru'), value: row.kode_baru });
    } else if (!known(row.kode_baru)) {
      issues.push({ severity: 'error', code: 'crosswalk.target-unknown', file, line, column: column('kode_baru'), value: row.kode_baru });
    }
    const first = firstLine.get(row.kode_lama);
    if (first !== undefined) {
      issues.push({ severity: 'error', code: 'crosswalk.duplicate', file, line, column: column('kode_lama'), value: row.kode_lama, params: { firstLine: first } });
    }
    firstLine.set(row.kode_lama, line);
    entries.push({ oldPrefix: row.kode_lama, newPrefix: row.kode_baru, validUntil: row.berlaku_sampai, note: row.keterangan ?? '' });
  }
  return entries;
}
