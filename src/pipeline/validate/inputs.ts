import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { KabkotaYear } from '../aggregate/aggregate.ts';
import { crosswalkRowSchema } from '../contract/crosswalk.ts';
import { datasetMetaSchema, type DatasetMeta } from '../contract/dataset-meta.ts';
import { readOfficialBoundaries, retiredKabkotaCodes, type OfficialBoundaries } from '../geo/official-file.ts';
import type { CrosswalkEntry } from '../normalise/region-crosswalk.ts';
import { findJsonSyntaxError } from '../read/json.ts';
import { WorkerPool } from '../parallel/worker-pool.ts';
import type { RegionReference } from '../reference/region-reference.ts';
import type { DesaIndex } from '../reference/desa-index.ts';
import { DesaStatuses } from '../aggregate/desa-status.ts';
import { KAWASAN_FILE, PROGRAM_FILE, readBytes, validateFile, workerReference, type FileResult, type FileTask } from './file.ts';
import type { ValidationIssue } from './issue.ts';
import type { FolderFault } from './message-code.ts';
import { parseTable, type TableSpec } from './table.ts';
import { HIDDEN_VALUES_FOLDER } from '../protect/hidden-values.ts';

export { KAWASAN_FILE, PROGRAM_FILE } from './file.ts';
export const CROSSWALK_FILE = path.join('wilayah', 'kode-lama.csv');

const crosswalkSpec: TableSpec<typeof crosswalkRowSchema> = {
  fileName: 'kode-lama.csv',
  schema: () => crosswalkRowSchema,
  privateColumns: [],
};

/** One year of valid input, added up per kab/kota (today's codes), with its row counts. */
export interface YearInputs extends KabkotaYear {
  kawasanRows: number;
  programRows: number;
}

/** Everything read from the data folder, once it holds no error. */
export interface ValidatedInputs {
  meta: DatasetMeta;
  crosswalk: CrosswalkEntry[];
  years: YearInputs[];
  /**
   * Every value of every never-publish column, per column name: the leak guard looks for them.
   * Empty unless asked for (`collectPrivateValues`).
   */
  privateValues: Map<string, Set<string>>;
  /** Never-publish columns seen, per file. */
  privateColumnsByFile: Map<string, string[]>;
  /** The official boundary file of `geo/`, checked; absent when the map uses the default boundaries. */
  boundaries?: OfficialBoundaries;
}

export interface ValidateOptions {
  /** Collect the values of never-publish columns (a site build's leak guard needs them). Default true. */
  collectPrivateValues?: boolean;
  /** Worker threads for the year files (default: one per core; 1 validates on this thread). */
  threads?: number;
}

/**
 * A small young generation for the validation workers: a year file's rows are garbage as soon as
 * they are tallied, and V8's default (up to 64 MiB a semi-space on a big machine) only makes the
 * peak memory grow (issue 17: −150 MiB on the national set, the same CPU time).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Below this much CSV, starting worker threads costs more than it saves. */
const WORKER_MIN_BYTES = 20_000_000;

export interface ValidationResult {
  inputs: ValidatedInputs | undefined;
  issues: ValidationIssue[];
  filesRead: number;
  rowsRead: number;
}

const YEAR_FOLDER = /^\d{4}$/;
const KNOWN_FOLDERS = new Set(['wilayah', 'geo', HIDDEN_VALUES_FOLDER]);
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');

/**
 * A folder name that is meant as a year but is not a clean one (`"2024 "`, `2O24`, full-width
 * digits): the year it means and what spoils it; undefined for any other name.
 */
export function yearLookalike(name: string): { year: string; fault: FolderFault } | undefined {
  const year = name.normalize('NFKC').replace(INVISIBLES, '').replace(/\s/gu, '').replace(/[oO]/g, '0').replace(/[Il]/g, '1');
  if (!YEAR_FOLDER.test(year) || year === name) return undefined;
  const fault: FolderFault = INVISIBLE.test(name) ? 'invisible' : /\s/u.test(name) ? 'space' : /[oOIl]/.test(name) ? 'letter' : 'digits';
  return { year, fault };
}

/**
 * Validates the whole data folder against the input contract and the region reference, and adds
 * up the valid rows of every year file per kab/kota. Year files are independent: on a national
 * set they are validated on worker threads, one per core, largest first. The workers are started
 * before the reference is needed (a caller may hand it over still loading), so that they load
 * their modules meanwhile.
 */
export async function validateInputs(dataDir: string, loading: RegionReference | Promise<RegionReference>, options: ValidateOptions = {}): Promise<ValidationResult> {
  // Awaited below; a failure to load it is the caller's, not an unhandled rejection meanwhile.
  if (loading instanceof Promise) loading.catch(() => {});
  const issues: ValidationIssue[] = [];
  const shown = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    issues.push({ severity: 'error', code: 'data.folder-missing', file: shown(dataDir), params: { path: shown(dataDir) } });
    await loading;
    return { inputs: undefined, issues, filesRead: 0, rowsRead: 0 };
  }
  const yearFolders = entries.filter((entry) => entry.isDirectory() && YEAR_FOLDER.test(entry.name));
  const folders = yearFolders.map((entry) => entry.name).sort();
  const files = await fileWorkers(dataDir, folders, options.threads);
  try {
    return await validateFolder(dataDir, entries, folders, await loading, files, options, issues, shown);
  } finally {
    await files.workers?.close();
  }
}

async function validateFolder(
  dataDir: string,
  entries: readonly Dirent[],
  folders: readonly string[],
  reference: RegionReference,
  files: FileWorkers,
  options: ValidateOptions,
  issues: ValidationIssue[],
  shown: (absolute: string) => string,
): Promise<ValidationResult> {
  const meta = await readMeta(path.join(dataDir, 'dataset.json'), shown, issues);
  const crosswalk = await readCrosswalk(path.join(dataDir, CROSSWALK_FILE), reference, shown, issues);
  const official = await readOfficialBoundaries(dataDir, { kabkota: reference.kabkota, retiredCodes: retiredKabkotaCodes(crosswalk) }, shown);
  issues.push(...official.issues);

  issues.push(...folderIssues(entries, dataDir, shown));
  if (folders.length === 0) issues.push({ severity: 'error', code: 'data.no-years', file: shown(dataDir) });

  const collectPrivateValues = options.collectPrivateValues ?? true;
  const tasks = await yearTasks(dataDir, folders, { crosswalk, collectPrivateValues }, shown, issues);
  const results = await validateFiles(tasks, reference, files);
  const collected = collectYears(dataDir, folders, tasks, results, reference.desaCodes, shown, issues);

  const hasErrors = issues.some((issue) => issue.severity === 'error');
  const { years, privateValues, privateColumnsByFile } = collected;
  const boundaries = official.boundaries ? { boundaries: official.boundaries } : {};
  const inputs = hasErrors || !meta ? undefined : { meta, crosswalk, years, privateValues, privateColumnsByFile, ...boundaries };
  return { inputs, issues, filesRead: 2 + Number(official.read) + collected.filesRead, rowsRead: collected.rowsRead };
}

/** Folders of the data folder that are neither a year nor a known folder (nor hidden). */
function folderIssues(entries: readonly Dirent[], dataDir: string, shown: (absolute: string) => string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && !YEAR_FOLDER.test(entry.name) && !KNOWN_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      const file = shown(path.join(dataDir, entry.name));
      const lookalike = yearLookalike(entry.name);
      issues.push(
        lookalike
          ? { severity: 'error', code: 'dir.year-malformed', file, params: { name: entry.name, ...lookalike } }
          : { severity: 'error', code: 'dir.unknown', file, params: { name: entry.name } },
      );
    }
  }
  return issues;
}

/** The two files of every year folder, in order (kawasan, program), warning about other files. */
async function yearTasks(
  dataDir: string,
  folders: readonly string[],
  common: Pick<FileTask, 'crosswalk' | 'collectPrivateValues'>,
  shown: (absolute: string) => string,
  issues: ValidationIssue[],
): Promise<FileTask[]> {
  const tasks: FileTask[] = [];
  for (const folder of folders) {
    const folderPath = path.join(dataDir, folder);
    for (const name of (await readdir(folderPath)).sort()) {
      if (name !== KAWASAN_FILE && name !== PROGRAM_FILE && !name.startsWith('.')) {
        issues.push({ severity: 'warning', code: 'file.unexpected', file: shown(path.join(folderPath, name)), params: { name } });
      }
    }
    for (const table of ['kawasan', 'program'] as const) {
      const filePath = path.join(folderPath, table === 'kawasan' ? KAWASAN_FILE : PROGRAM_FILE);
      tasks.push({ table, path: filePath, file: shown(filePath), year: Number(folder), crosswalk: common.crosswalk, collectPrivateValues: common.collectPrivateValues });
    }
  }
  return tasks;
}

interface CollectedYears extends Pick<ValidatedInputs, 'years' | 'privateValues' | 'privateColumnsByFile'> {
  filesRead: number;
  rowsRead: number;
}

/** The results of the year files (two per folder, as `yearTasks` lists them) as years, issues and private values. */
function collectYears(
  dataDir: string,
  folders: readonly string[],
  tasks: readonly FileTask[],
  results: readonly FileResult[],
  desaCodes: DesaIndex,
  shown: (absolute: string) => string,
  issues: ValidationIssue[],
): CollectedYears {
  const collected: CollectedYears = { years: [], privateValues: new Map(), privateColumnsByFile: new Map(), filesRead: 0, rowsRead: 0 };
  folders.forEach((folder, index) => {
    const year = Number(folder);
    const [kawasan, program] = [results[2 * index]!, results[2 * index + 1]!];
    for (const [task, result] of [[tasks[2 * index]!, kawasan], [tasks[2 * index + 1]!, program]] as const) {
      issues.push(...result.issues);
      if (result.state === 'read') addFile(collected, task, result);
    }
    const readable = [kawasan, program].every((result) => result.state === 'read' && !result.issues.some((issue) => issue.severity === 'error'));
    if (readable && kawasan.rows === 0 && program.rows === 0) {
      // A year scaffolded by `npm run new-year` but not filled yet: valid, and not published.
      issues.push({ severity: 'warning', code: 'year.empty', file: shown(path.join(dataDir, folder)), params: { year } });
      return;
    }
    collected.years.push({
      year,
      kawasan: kawasan.kawasan ?? new Map(),
      program: program.program ?? new Map(),
      desa: { statuses: new DesaStatuses(desaCodes, kawasan.statuses), programs: program.programs ?? new Map() },
      kawasanRows: kawasan.rows,
      programRows: program.rows,
    });
  });
  return collected;
}

/** Counts one file read and merges its never-publish values. */
function addFile(collected: CollectedYears, task: FileTask, result: FileResult): void {
  collected.filesRead++;
  collected.rowsRead += result.rows;
  collected.privateColumnsByFile.set(task.file, result.privateColumns);
  for (const [column, values] of result.privateValues) {
    let all = collected.privateValues.get(column);
    if (!all) collected.privateValues.set(column, (all = new Set()));
    for (const value of values) all.add(value);
  }
}

/** The sizes of a data folder's year files, and the worker threads started for them when they are large. */
interface FileWorkers {
  sizes: ReadonlyMap<string, number>;
  workers?: WorkerPool<FileTask, FileResult>;
}

/**
 * Starts the validation workers when the year files are large: one per core but this one, which
 * would only wait and takes files too (one worker and its heap, ~80 MiB, fewer).
 */
async function fileWorkers(dataDir: string, folders: readonly string[], threads = availableParallelism()): Promise<FileWorkers> {
  const paths = folders.flatMap((folder) => [KAWASAN_FILE, PROGRAM_FILE].map((name) => path.join(dataDir, folder, name)));
  const sizes = new Map(await Promise.all(paths.map(async (file) => [file, await stat(file).then((info) => info.size, () => 0)] as const)));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (threads <= 1 || total < WORKER_MIN_BYTES) return { sizes };
  const workers = new WorkerPool<FileTask, FileResult>(new URL('./file-worker.ts', import.meta.url), { threads: threads - 1, resourceLimits: WORKER_LIMITS });
  workers.start();
  return { sizes, workers };
}

/** Validates the files on the workers with this thread when they were started, else on this thread. */
async function validateFiles(tasks: FileTask[], reference: RegionReference, { sizes, workers }: FileWorkers): Promise<FileResult[]> {
  if (!workers) {
    const results: FileResult[] = [];
    for (const task of tasks) results.push(await validateFile(task, reference));
    return results;
  }
  // Largest first, so that no thread is left with a big file at the end.
  const size = (task: FileTask) => sizes.get(task.path) ?? 0;
  const order = tasks.map((_, index) => index).sort((a, b) => size(tasks[b]!) - size(tasks[a]!) || a - b);
  workers.share(workerReference(reference));
  const solved = await workers.run(
    order.map((index) => tasks[index]!),
    { here: (task) => validateFile(task, reference) },
  );
  const results: FileResult[] = new Array(tasks.length);
  order.forEach((taskIndex, position) => (results[taskIndex] = solved[position]!));
  return results;
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
  const json = text.replace(/^\uFEFF/, '');
  let meta: unknown;
  try {
    meta = JSON.parse(json);
  } catch {
    const error = findJsonSyntaxError(json);
    issues.push(
      error
        ? {
            severity: 'error',
            code: 'dataset.invalid-json',
            file,
            line: error.line,
            column: { index: error.column },
            value: error.found,
            params: { expected: error.expected, closer: error.closer },
          }
        : { severity: 'error', code: 'dataset.invalid-json', file },
    );
    return undefined;
  }
  const result = datasetMetaSchema.safeParse(meta);
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
