/**
 * One input file end to end: read → validate every row → normalise its desa codes to today's →
 * find duplicates → tally the valid rows per kab/kota. Only the tallies (one per kab/kota, plus
 * each desa's category or activities, which the pipeline adds up into reach and transitions),
 * the issues and, when asked for, the never-publish values leave this function, so a national
 * year file never sits in memory as row objects, and files can be validated on worker threads
 * (file-worker.ts) in any order with the same result.
 */
import { readFile, stat } from 'node:fs/promises';
import { kawasanTallier, programTallier, type KabkotaKawasanTallies, type KabkotaProgramTallies, type KabkotaTallier } from '../aggregate/aggregate.ts';
import type { DesaPrograms } from '../aggregate/reach-tally.ts';
import { KAWASAN_PRIVATE_COLUMNS, kawasanRowSchema } from '../contract/kawasan.ts';
import { PROGRAM_PRIVATE_COLUMNS, programRowProblems, programRowSchema } from '../contract/program.ts';
import { indexCrosswalk, resolveDesaCode, type CodeResolution, type CrosswalkEntry } from '../normalise/region-crosswalk.ts';
import { DesaIndex } from '../reference/desa-index.ts';
import type { ValidationIssue } from './issue.ts';
import { scanTable, type ObjectSchema, type TableSpec } from './table.ts';

export const KAWASAN_FILE = 'kawasan.csv';
export const PROGRAM_FILE = 'program.csv';

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

export interface FileTask {
  table: 'kawasan' | 'program';
  /** Absolute path to read. */
  path: string;
  /** The path as staff see it (relative to the working directory), for messages. */
  file: string;
  year: number;
  crosswalk: readonly CrosswalkEntry[];
  /** Collect the values of never-publish columns (for the leak guard of a site build). */
  collectPrivateValues: boolean;
}

export interface FileResult {
  state: 'read' | 'missing' | 'unreadable';
  issues: ValidationIssue[];
  /** Valid rows read. */
  rows: number;
  /** Never-publish columns present in the file. */
  privateColumns: string[];
  /** Their distinct values, when collected. */
  privateValues: [column: string, values: string[]][];
  /** Tallies of the valid rows per kab/kota code (today's codes). */
  kawasan?: KabkotaKawasanTallies;
  program?: KabkotaProgramTallies;
  /**
   * PRIVATE desa-level category and Bersinar answer (kawasan files: `DesaStatuses.bytes`, by the
   * desa's position in the reference) or activities (program files), for reach and transitions.
   */
  statuses?: Uint8Array;
  programs?: DesaPrograms;
}

/** A file's bytes, or why it cannot be read. */
export async function readBytes(filePath: string): Promise<Uint8Array | 'missing' | 'unreadable'> {
  const info = await stat(filePath).catch(() => undefined);
  if (!info) return 'missing';
  if (!info.isFile()) return 'unreadable';
  return readFile(filePath).catch(() => 'unreadable' as const);
}

/** What a validation worker is given of the region reference: the desa codes, one a line, in the reference's order. */
export interface WorkerReference {
  desaCodes: string;
}

/** What a year file is checked against: the reference's desa codes, with their positions. */
export interface FileReference {
  desaCodes: DesaIndex;
}

export const workerReference = (reference: FileReference): WorkerReference => ({ desaCodes: [...reference.desaCodes].join('\n') });
export const fileReference = (data: WorkerReference): FileReference => ({ desaCodes: new DesaIndex(data.desaCodes.split('\n')) });

export async function validateFile(task: FileTask, reference: FileReference): Promise<FileResult> {
  const bytes = await readBytes(task.path);
  if (bytes === 'missing' || bytes === 'unreadable') {
    return {
      state: bytes,
      issues: [{ severity: 'error', code: bytes === 'missing' ? 'file.missing' : 'file.unreadable', file: task.file, params: { name: task.table === 'kawasan' ? KAWASAN_FILE : PROGRAM_FILE } }],
      rows: 0,
      privateColumns: [],
      privateValues: [],
    };
  }
  if (task.table === 'kawasan') {
    const tallier = kawasanTallier(reference.desaCodes);
    return { ...streamFile(bytes, kawasanSpec, task, reference, tallier, 'duplicate.desa', 'kode_desa'), kawasan: tallier.tallies, statuses: tallier.statuses.bytes };
  }
  const tallier = programTallier();
  return { ...streamFile(bytes, programSpec, task, reference, tallier, 'duplicate.program-id', 'id'), program: tallier.tallies, programs: tallier.programs };
}

/**
 * Streams one file: each valid row gets today's code, the duplicate check (by `keyColumn`) and
 * the tally, and is then dropped.
 */
function streamFile<Schema extends ObjectSchema, Row extends { kode_desa: string }, T>(
  bytes: Uint8Array,
  spec: TableSpec<Schema>,
  task: FileTask,
  reference: FileReference,
  tallier: KabkotaTallier<Row, T>,
  duplicateCode: 'duplicate.desa' | 'duplicate.program-id',
  keyColumn: 'kode_desa' | 'id',
): Omit<FileResult, 'kawasan' | 'program' | 'statuses' | 'programs'> {
  const crosswalk = indexCrosswalk(task.crosswalk);
  const issues: ValidationIssue[] = [];
  const firstLine = firstLines(keyColumn, reference.desaCodes);
  let rows = 0;
  const scanned = scanTable(
    bytes,
    spec,
    { file: task.file, year: task.year },
    (parsed, header) => {
      rows++;
      const { line } = parsed;
      const row = parsed.row as Row & Record<string, unknown>;
      const sourceCode = row.kode_desa;
      const resolution = resolveDesaCode(sourceCode, task.year, reference, crosswalk);
      if (!resolution.ok) {
        issues.push(codeIssue(task, line, header, sourceCode, resolution));
        return;
      }
      row.kode_desa = resolution.current;
      const key = String(row[keyColumn]);
      const first = firstLine(key, line, resolution.position);
      if (first !== undefined) {
        issues.push(duplicateIssue(task, line, header, duplicateCode, keyColumn, key, sourceCode, first));
        return;
      }
      tallier.add(row, resolution.position);
    },
    { collectPrivateValues: task.collectPrivateValues },
  );
  return {
    state: 'read',
    issues: [...scanned.issues, ...issues],
    rows,
    privateColumns: [...scanned.privateValues.keys()],
    privateValues: task.collectPrivateValues ? [...scanned.privateValues].map(([name, values]) => [name, [...values]]) : [],
  };
}

/**
 * The duplicate check: the line a key was first seen on (undefined the first time, when `line`
 * is noted). Desa codes, all in the reference, are noted by their position (`position`, the
 * row's desa's) in a typed array; other keys in a map.
 */
function firstLines(keyColumn: 'kode_desa' | 'id', desaCodes: DesaIndex): (key: string, line: number, position: number) => number | undefined {
  if (keyColumn === 'kode_desa') {
    const lines = new Uint32Array(desaCodes.size);
    return (_key, line, position) => {
      const first = lines[position]!;
      if (first !== 0) return first;
      lines[position] = line;
      return undefined;
    };
  }
  const lines = new Map<string, number>();
  return (key, line) => {
    const first = lines.get(key);
    if (first === undefined) lines.set(key, line);
    return first;
  };
}

/** A desa code that is unknown, retired before the year or not valid yet. */
function codeIssue(
  task: FileTask,
  line: number,
  header: readonly string[],
  sourceCode: string,
  resolution: Extract<CodeResolution, { ok: false }>,
): ValidationIssue {
  return {
    severity: 'error',
    code: resolution.problem,
    file: task.file,
    line,
    column: column(header, 'kode_desa'),
    value: sourceCode,
    params: resolution.problem === 'code.unknown' ? {} : { replacement: resolution.replacement, until: resolution.until, year: task.year },
  };
}

/** A second row with the same key (a desa's code is shown as written, with today's code). */
function duplicateIssue(
  task: FileTask,
  line: number,
  header: readonly string[],
  duplicateCode: 'duplicate.desa' | 'duplicate.program-id',
  keyColumn: 'kode_desa' | 'id',
  key: string,
  sourceCode: string,
  firstLine: number,
): ValidationIssue {
  const value = keyColumn === 'kode_desa' ? sourceCode : key;
  return {
    severity: 'error',
    code: duplicateCode,
    file: task.file,
    line,
    column: column(header, keyColumn),
    value,
    params: { firstLine, current: value !== key ? key : undefined },
  };
}

const column = (header: readonly string[], name: string) => ({ index: header.indexOf(name) + 1, name });
