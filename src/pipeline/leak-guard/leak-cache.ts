/**
 * Files the leak guard found clean, kept between builds. Searching one file is a pure function of
 * its name, its bytes and the matcher (the patterns of the secrets, the desa and kecamatan codes,
 * the limits, and the guard's code), so a file whose name and SHA-256 were found clean by the same
 * matcher before is clean now: the scan counts it (files, bytes, archive entries) without
 * searching it again. A repeat build searches only the files that changed.
 *
 * One record file per matcher, under the cache folder's `leak/` (build/cache/leak/ by default;
 * DASHBOARD_CACHE_DIR in src/config.ts), named by the matcher's identity: other secrets, codes or
 * code use another file, so nothing found clean by one matcher is replayed for another. Only
 * clean files are recorded (a file with a hit or anything skipped is searched every time, so its
 * report lines are always made afresh). A record file holds file names and hashes of public
 * files, never a secret; it is written under a temporary name and renamed, and one that cannot be
 * read whole counts as empty. The newest few record files are kept (`KEPT_MATCHERS`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeIdentity, keepNewest, writeWhole } from '../../build-cache.ts';
import type { ExpandLimits } from './leak-files.ts';
import type { MatcherPlan } from './leak-guard.ts';

/** A file found clean: its name in the scanned folder, the SHA-256 of its bytes, and its archive entries. */
export type CleanFile = [file: string, sha256: string, entries: number];

export interface LeakCache {
  /** The record file of this matcher. */
  readonly file: string;
  /** Files found clean before, by name. */
  readonly clean: ReadonlyMap<string, { sha256: string; entries: number }>;
}

/** Record files of other matchers (other secrets: older data) kept besides the newest. */
const KEPT_MATCHERS = 4;
/** Most files one record holds (the bundled site has ~14,500). */
const MAX_FILES = 100_000;

const FORMAT = 'leak-cache 1';

let guardCode: string | undefined;
/** The modules a search runs (leak-worker.ts and its imports) and the packages it uses. */
function leakCode(): string {
  const packages = ['fflate'].map((name) => fileURLToPath(import.meta.resolve(name)));
  return (guardCode ??= codeIdentity([fileURLToPath(new URL('./leak-worker.ts', import.meta.url))], packages));
}

/**
 * The cache of one matcher, what it found clean before loaded. `matcher` is everything a search
 * depends on besides the file (the plan and code sets as plain data): hashed with the code.
 */
export function leakCache(cacheDir: string, matcher: { plan: MatcherPlan; desaCodes: Iterable<string>; kecamatanCodes: Iterable<string>; limits: ExpandLimits }): LeakCache {
  // The plan's patterns and owners, not its timing.
  const { patternList, ownersOf, owners } = matcher.plan;
  const hash = createHash('sha256').update(leakCode()).update('\u0000').update(JSON.stringify({ patternList, ownersOf, owners })).update('\u0000');
  for (const codes of [matcher.desaCodes, matcher.kecamatanCodes]) {
    for (const code of codes) hash.update(code).update('\n');
    hash.update('\u0000');
  }
  hash.update(JSON.stringify(matcher.limits));
  const file = path.join(cacheDir, 'leak', `${hash.digest('hex')}.txt`);
  return { file, clean: readClean(file) };
}

function readClean(file: string): Map<string, { sha256: string; entries: number }> {
  const clean = new Map<string, { sha256: string; entries: number }>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return clean;
  }
  const lines = text.split('\n');
  // A record ends with an empty line: one cut short is no record.
  if (lines[0] !== FORMAT || lines.at(-1) !== '' || lines.at(-2) !== '') return clean;
  for (const line of lines.slice(1, -2)) {
    if (line === '') continue; // a record of no file
    const [sha256, entries, name] = line.split('\t');
    if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256) || !/^\d+$/.test(entries ?? '') || !name) return new Map();
    clean.set(name, { sha256, entries: Number(entries) });
  }
  return clean;
}

/**
 * Records what a scan found clean, with what the record held for files this scan did not look at
 * (a prescanned subfolder and the rest of the site share one record), then keeps the newest
 * `KEPT_MATCHERS` record files. A name holding a tab or a line break is not recorded.
 */
export function writeLeakCache(cache: LeakCache, found: readonly CleanFile[]): void {
  const lines = new Map<string, string>();
  for (const [file, sha256, entries] of found) if (!/[\t\n\r]/.test(file)) lines.set(file, `${sha256}\t${entries}\t${file}`);
  for (const [file, { sha256, entries }] of cache.clean) {
    if (lines.size >= MAX_FILES) break;
    if (!lines.has(file)) lines.set(file, `${sha256}\t${entries}\t${file}`);
  }
  writeWhole(cache.file, `${FORMAT}\n${[...lines.values()].join('\n')}\n\n`);
  keepNewest(path.dirname(cache.file), '.txt', KEPT_MATCHERS, cache.file);
}
