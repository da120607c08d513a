/**
 * The workbook kept between builds, by content: `workbookBytes` is a pure function of its input
 * (the public tables, the release, the metadata, the site's URL) and of the code that writes it,
 * so a workbook found under `sha256(code identity + input)` is byte for byte the one writing it
 * again would give. A repeat build of the same public dataset then reads the ~0.8 CPU s workbook
 * instead of writing it (the figures and downloads wait for it on a repeat build, whose figures
 * are cached too). The key is worked out on the workbook's worker thread (~0.25 s for the bundled
 * tables), not on the thread that draws the figures.
 *
 * Files live under the cache folder's `xlsx/` (build/cache/xlsx/; DASHBOARD_CACHE_DIR), written
 * under a temporary name and renamed, the newest few kept. A file that is not a whole zip (its
 * end record missing) is written again. Privacy: the workbook holds the public tables only, and
 * the copy a build hands out goes into the site and through the leak guard like every file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeIdentity, keepNewest, writeWhole } from '../../build-cache.ts';
import type { WorkbookInput } from './xlsx.ts';

/** The workbook folder of the build's cache folder (config.cacheDir, build/cache/ by default). */
export const workbookCacheDir = (cacheDir: string) => path.join(cacheDir, 'xlsx');

/** Workbooks of other inputs or code kept besides the newest. */
const KEPT_WORKBOOKS = 2;

/** A zip ends with its end-of-central-directory record (`PK\x05\x06` and 18 more bytes, no comment: zip.ts). */
const wholeZip = (bytes: Uint8Array) => {
  const end = bytes.length - 22;
  return end >= 0 && bytes[end] === 0x50 && bytes[end + 1] === 0x4b && bytes[end + 2] === 0x05 && bytes[end + 3] === 0x06;
};

/** The workbook of `input` from the cache folder `dir` (`workbookCacheDir`), else `write()`n and kept there. */
export function cachedWorkbook(input: WorkbookInput, dir: string, write: () => Uint8Array): Uint8Array {
  const cache = workbookCache(dir, input);
  const kept = cache.read();
  if (kept) return kept;
  const bytes = write();
  cache.write(bytes);
  return bytes;
}

/**
 * The cached workbook of `input` under `dir`, and how to keep a new one. The code's identity is
 * xlsx.ts with the modules it imports and the Node version (its zlib): the workbook runs no
 * package's code.
 */
export function workbookCache(dir: string, input: WorkbookInput): { read: () => Uint8Array | undefined; write: (bytes: Uint8Array) => void } {
  const code = codeIdentity([fileURLToPath(new URL('./xlsx.ts', import.meta.url))]);
  const key = createHash('sha256').update(code).update('\u0000').update(JSON.stringify(input)).digest('hex');
  const file = path.join(dir, `${key}.xlsx`);
  return {
    read() {
      try {
        const bytes = new Uint8Array(readFileSync(file));
        return wholeZip(bytes) ? bytes : undefined;
      } catch {
        return undefined;
      }
    },
    write(bytes) {
      writeWhole(file, bytes);
      keepNewest(dir, '.xlsx', KEPT_WORKBOOKS, file);
    },
  };
}
