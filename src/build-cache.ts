/**
 * What the caches under the build's cache folder (DASHBOARD_CACHE_DIR: the pipeline's whole
 * result, the audit's components, the leak guard's clean files, the charts, the workbook) share:
 *
 * - `codeIdentity`: what code a cached result was computed by, as one hash. A result is replayed
 *   only under the same identity, so editing any module that computes it, updating a package it
 *   runs, or another Node version misses every entry instead of replaying a stale one.
 * - `writeWhole`: a file written under a temporary name and renamed, so a reader never sees half of it.
 * - `keepNewest`: the newest few files of a folder kept, the rest removed.
 * - `fileInTheWay`: whether the cache folder can be used at all (checked before a build starts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * SHA-256 of the Node version, the text of every module `entries` run (each entry and the modules
 * it imports by relative path, transitively: `moduleClosure`) and the bytes of `files` (packages'
 * code, e.g. a solver's JavaScript and WebAssembly).
 */
export function codeIdentity(entries: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha256').update(`node ${process.version}\u0000`);
  const modules = new Set(entries.flatMap((entry) => moduleClosure(entry)));
  for (const file of [...modules].sort()) hash.update(`${path.basename(file)}\u0000`).update(readFileSync(file)).update('\u0000');
  for (const file of files) hash.update(readFileSync(file)).update('\u0000');
  return hash.digest('hex');
}

/** A relative import or re-export, not `import type` / `export type` (erased when the module runs). */
const RELATIVE_IMPORT = /^\s*(?:import|export)(?!\s+type\s)\b[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/**
 * A module and every module it imports by a relative path, transitively, in a stable order. A
 * type-only import brings no code: a chart does not depend on the audit because the public
 * dataset's type names its report.
 */
export function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) visit(path.resolve(path.dirname(file), specifier!));
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * Writes `data` to `file` (its folder made as needed) under a temporary name of this process,
 * then renames it: a reader, or another build at the same time, sees the whole file or none.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** Removes all but the newest `count` files of `dir` ending in `extension` (by modification time), never `keep`. */
export function keepNewest(dir: string, extension: string, count: number, keep: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name))
    .flatMap((file) => {
      try {
        return [{ file, mtimeMs: statSync(file).mtimeMs }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.file < b.file ? -1 : 1));
  for (const { file } of files.slice(count)) if (file !== keep) rmSync(file, { force: true });
}

/**
 * The file that keeps `dir` from being a folder: `dir` itself, or a folder above it, that is a
 * file. Undefined when `dir` is a folder or can be made.
 */
export function fileInTheWay(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(at, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // ENOTDIR on some Node versions: a file is further up
    }
    if (stat) return stat.isDirectory() ? undefined : at;
    if (path.dirname(at) === at) return undefined;
  }
}
