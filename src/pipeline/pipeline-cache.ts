/**
 * The pipeline's result kept between builds: a build whose inputs and code are exactly those of
 * an earlier one gets exactly its result, so it replays it instead of validating, aggregating,
 * protecting and auditing again (`buildPublicData`). The key is the SHA-256 of
 *
 * - the code: the Node version, the text of every module the pipeline runs (build-pipeline.ts, the
 *   validation and LP workers, and every module and JSON file they import by relative path,
 *   `codeIdentity`) and the package lock
 *   (every package's version: the CSV parser, zod, the region reference, HiGHS);
 * - the inputs: where the data and releases folders are (and the working folder: the log lines
 *   name files by their path from it), and the name and bytes of every file under them (the
 *   yearly files, the dataset description, the boundaries, the private records of hidden values,
 *   the release snapshots), `.git` folders and the build's own outputs aside;
 * - the options that change the result (whether the never-publish values are collected).
 *
 * Change any byte of them and the entry misses: the pipeline runs as without a cache, and its
 * result is kept for the next build. Only results of builds that passed are kept. The entry holds
 * what the build log said of the inputs and the protection (replayed), the public dataset, the
 * report, the map, the releases read, the private record of hidden values and the never-publish
 * values the leak guard searches for: it is as private as the data folder, stays on the build
 * machine under the cache folder's `pipeline/` (build/cache/ by default, git-ignored) and is never
 * copied into the site. The newest `KEPT` entries are kept. `rm -rf build/cache` empties it.
 */
import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { codeIdentity, keepNewest, writeWhole } from '../build-cache.ts';
import { PROJECT_ROOT } from '../config.ts';

/** What a build that passed hands the next one with the same inputs and code. */
export interface PipelineEntry<Result> {
  /** The lines the build logged about the inputs and the protection (replayed as they were). */
  lines: string[];
  result: Result;
}

/**
 * Entries kept: `npm run build` and `npm run build-data` (which collects no never-publish values)
 * keep one each, for two data folders (the national 10-year set's entry is ~70 MB).
 */
const KEPT = 4;

const folder = (cacheDir: string) => path.join(cacheDir, 'pipeline');
const entryFile = (cacheDir: string, key: string) => path.join(folder(cacheDir), `${key}.bin`);

/**
 * The key of a build's inputs (see the top); `options` are those that change the result; `outputs`:
 * folders the build writes (the cache, the public dataset), left out where they lie inside an input folder.
 */
export function pipelineKey(folders: readonly string[], options: Readonly<Record<string, boolean>>, outputs: readonly string[] = []): string {
  // The log lines replayed name the files by their path from the working folder: where the folders
  // are, and where the build runs, belong to the key as much as what they hold.
  const hash = createHash('sha256').update(pipelineCode()).update('\u0000').update(JSON.stringify({ options, cwd: process.cwd() }));
  const written = outputs.map((dir) => path.resolve(dir));
  const isOutput = (file: string) => written.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`));
  folders.forEach((dir) => {
    hash.update(`\u0000folder ${path.resolve(dir)}\u0000`);
    for (const file of filesUnder(dir)) {
      if (!isOutput(path.resolve(dir, file))) hash.update(`${file}\u0000`).update(readFileSync(path.join(dir, file))).update('\u0000');
    }
  });
  return hash.digest('hex');
}

/** Every file under `dir` (relative paths, sorted; a link by what it points to), `.git` folders aside; none when it does not exist. */
function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .map((entry) => ({ entry, name: path.relative(dir, path.join(entry.parentPath, entry.name)) }))
    .filter(({ entry, name }) => !name.split(path.sep).includes('.git') && (entry.isFile() || (entry.isSymbolicLink() && statSync(path.join(dir, name), { throwIfNoEntry: false })?.isFile())))
    .map(({ name }) => name)
    .sort();
}

/** The stored result of a key, or undefined when there is none or it cannot be read back whole. */
export function readPipelineEntry<Result>(cacheDir: string, key: string): PipelineEntry<Result> | undefined {
  try {
    const stored = deserialize(readFileSync(entryFile(cacheDir, key))) as { key?: unknown; entry?: PipelineEntry<Result> };
    return stored.key === key && Array.isArray(stored.entry?.lines) ? stored.entry : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a build's result under its key (the oldest entries beyond `KEPT` go). */
export function writePipelineEntry<Result>(cacheDir: string, key: string, entry: PipelineEntry<Result>): void {
  const file = entryFile(cacheDir, key);
  writeWhole(file, serialize({ key, entry }));
  keepNewest(folder(cacheDir), '.bin', KEPT, file);
}

/** The pipeline's entry and its worker threads' (loaded by URL, not imported: `moduleClosure` would not find them). */
const PIPELINE_MODULES = ['./build-pipeline.ts', './validate/file-worker.ts', './protect/lp-worker.ts'];

let code: string | undefined;

/** The Node version, the pipeline's modules and the package lock, hashed (once per process). */
function pipelineCode(): string {
  return (code ??= codeIdentity(
    PIPELINE_MODULES.map((module) => fileURLToPath(new URL(module, import.meta.url))),
    [path.join(PROJECT_ROOT, 'package-lock.json')],
  ));
}
