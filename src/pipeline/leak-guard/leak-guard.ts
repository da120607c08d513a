/**
 * The leak guard: scans every file of a built site folder and proves that nothing below
 * kabupaten/kota and no never-publish value got in. Run on `dist/` after every build; any hit
 * or skipped file fails the build.
 *
 * What counts as a leak (`LeakKind`):
 * - `desa-code` / `kecamatan-code`: a token `dd.dd.dd.dddd` / `dd.dd.dd` not glued to other
 *   digits (see `findCodeTokens`) that is a real code of the region reference. A desa-shaped
 *   token that is no real desa but starts with a real kecamatan code is a `kecamatan-code` hit
 *   (it still names a kecamatan). Province (`31`) and kab/kota (`31.72`) codes are public.
 *   Codes are looked for as written with dots; undotted (`3172011001`) forms are not (too many
 *   ordinary 6- and 10-digit numbers).
 * - `private-value` / `coordinate`: any value of a never-publish input column (`privateValues`
 *   from the validator; `coordinate` for `lintang`, `bujur` and other coordinate columns).
 *
 * How values are found: text and values are both put in a canonical form (leak-text.ts); while
 * a text is canonicalised, words that occur in no pattern are dropped (`canonicalWords`, exact:
 * matches are whole words) and the others kept as word ids, in which the value patterns (a trie
 * of their words, built once per matcher: leak-match.ts) are looked for. Escapes (HTML/XML, JSON/JS, URL), case, accents, punctuation and
 * spacing do not matter: `Jalan "Melati" & Co` is found as `Jalan &quot;Melati&quot; &amp; Co`, `Jalan \"Melati\" \u0026 Co`,
 * `JALAN MELATI & CO`, `jalan-melati-co`, `Jalan%20%22Melati%22`; `-6,123456` as `-6.123456`
 * or `6.123456 LS`. A match counts only as whole words (not inside a longer word or number).
 *
 * Case: matching ignores case on purpose. Output layers change case (upper-case headings,
 * lower-case slugs and ids, `text-transform` copies in scripts), and an upper-cased address is
 * still the address. The false positives this could add are held off by whole-word matching and
 * by not searching values that carry no information alone (leak-patterns.ts: `short`,
 * `numeric`, `date`, `vocabulary`, `imprecise-coordinate`).
 *
 * Images: a binary file is searched for the ASCII it holds (leak-files.ts), which cannot see text
 * drawn as pixels. The only raster images the build makes are the map views' PNGs under
 * /data/grafik/ (src/pipeline/downloads/figures.ts): each is rendered at build time from the SVG
 * beside it, byte for byte the SVG that is written to the site and scanned here as text, and
 * that SVG is drawn from the public dataset alone (src/site/figures/). So a PNG's numbers and
 * words are those of a scanned file; nothing else is ever rasterised. A PNG taken from the
 * build's cache (png-cache.ts) is filed under the SHA-256 of that very SVG and the renderer, so
 * it is the same image. PNGs are still searched as binary files like any other.
 *
 * Repeat builds: with a cache folder (`ScanOptions.cacheDir`), a file found clean by an earlier
 * scan under the same name, with the same SHA-256 and the same matcher and code, is counted
 * without a search (leak-cache.ts); a file with a hit or a skip is searched every time. The
 * report says how many files were replayed.
 *
 * Redaction: a report never holds a private value; hits show column, first two characters and
 * length (`nama_kawasan: "FI…" (21 karakter)`), so CI logs may be public. Codes are shown in full.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { type Lang, t } from '../../i18n/index.ts';
import { runInWorkers } from '../parallel/worker-pool.ts';
import { type CleanFile, type LeakCache, leakCache, writeLeakCache } from './leak-cache.ts';
import { DEFAULT_LIMITS, expandBytes, type ExpandLimits, type ExpandSink, type SkippedFile, type TextUnit } from './leak-files.ts';
import { IGNORE_REASONS, planPrivatePatterns, type IgnoreReason, type PatternOwner } from './leak-patterns.ts';
import { PatternWords } from './leak-match.ts';
import { canonicalWords, createWordFilter, findCodeTokens } from './leak-text.ts';

export type { SkippedFile, SkipReason } from './leak-files.ts';
export type { IgnoreReason } from './leak-patterns.ts';
export { regionPublicTerms } from './leak-patterns.ts';

/** What must never appear in the built site. */
export interface LeakSecrets {
  /** Every value of every never-publish column, per column (from `validateInputs`). */
  privateValues: ReadonlyMap<string, ReadonlySet<string>>;
  desaCodes: Pick<ReadonlySet<string>, 'has'> & Iterable<string>;
  kecamatanCodes: ReadonlySet<string>;
  /** Texts that are public even when they are also private values (see `regionPublicTerms`). */
  publicTerms?: Iterable<string>;
}

export type LeakKind = 'desa-code' | 'kecamatan-code' | 'private-value' | 'coordinate';

export interface LeakHit {
  /** Relative to the scanned folder, `/`-separated; archive entries as `unduh/data.xlsx!xl/sharedStrings.xml`. */
  file: string;
  kind: LeakKind;
  /** The private column, for `private-value` and `coordinate`. */
  column?: string;
  /** The code in full, or the redacted private value. */
  redacted: string;
  /** How many times it occurs in this file. */
  occurrences: number;
  /** Found in the file's (or archive entry's) name, not its content. */
  inName?: true;
}

export interface LeakReport {
  /** Files on disk read. */
  filesScanned: number;
  /** Archive entries and decompressed streams scanned inside them. */
  entriesScanned: number;
  /** Bytes read from disk. */
  bytesScanned: number;
  elapsedMs: number;
  /** Of `filesScanned`, those found clean by an earlier scan with the same name, bytes and matcher (leak-cache.ts): counted, not searched again. */
  cachedFiles: number;
  hits: LeakHit[];
  /** Files or entries that could not be checked in full. A skipped file is not a pass. */
  skipped: SkippedFile[];
  patterns: {
    /** Distinct (column, value) pairs searched for. */
    valuesSearched: number;
    /** Distinct (column, value) pairs not searched, per rule. */
    valuesIgnored: Record<IgnoreReason, number>;
    /** Patterns searched for. */
    patternCount: number;
    compileMs: number;
  };
}

/** One finding in one text, before counting per file. */
export interface LeakFinding {
  kind: LeakKind;
  column?: string;
  redacted: string;
  /** Same key for the same leaked thing. */
  key: string;
}

/** A compiled matcher for one set of secrets: build once, search many texts. */
export interface LeakMatcher {
  /** All findings in one text, a string or UTF-8 bytes (`binary`: any bytes, ASCII only, no escape decoding). */
  findInText: (text: string | Uint8Array, options?: { binary?: boolean }) => LeakFinding[];
  patterns: LeakReport['patterns'];
}

/** The value patterns of a set of secrets, ready to compile (plain data: it crosses to worker threads). */
export interface MatcherPlan {
  patternList: string[];
  /** Per pattern: indexes into `owners`. */
  ownersOf: number[][];
  owners: PatternOwner[];
  patterns: LeakReport['patterns'];
}

/** Plans the value patterns of the secrets (leak-patterns.ts). */
export function planLeakMatcher(secrets: LeakSecrets): MatcherPlan {
  const started = performance.now();
  const plan = planPrivatePatterns(secrets.privateValues, secrets.publicTerms);
  const patternList = [...plan.patterns.keys()];
  const ownersOf = patternList.map((pattern) => plan.patterns.get(pattern) ?? []);
  const patterns = { valuesSearched: plan.valuesSearched, valuesIgnored: plan.ignored, patternCount: patternList.length, compileMs: performance.now() - started };
  return { patternList, ownersOf, owners: plan.owners, patterns };
}

/** Compiles the secrets into a matcher: the value patterns' words plus the code sets. */
export function compileLeakMatcher(secrets: LeakSecrets): LeakMatcher {
  return matcherOfPlan(planLeakMatcher(secrets), secrets);
}

/** The matcher of a plan: the pattern words (leak-match.ts), numbered by the word filter's table, and the code sets. */
export function matcherOfPlan(plan: MatcherPlan, codes: Pick<LeakSecrets, 'desaCodes' | 'kecamatanCodes'>): LeakMatcher {
  const started = performance.now();
  const { patternList, ownersOf, owners } = plan;
  const { words } = createWordFilter(patternList);
  const patternWords = patternList.length > 0 ? new PatternWords(patternList, words) : undefined;
  const compileMs = plan.patterns.compileMs + performance.now() - started;

  const findInText = (text: string | Uint8Array, { binary = false }: { binary?: boolean } = {}): LeakFinding[] => {
    const findings: LeakFinding[] = [];
    for (const token of findCodeTokens(text)) {
      if (token.level === 'desa' && codes.desaCodes.has(token.code)) {
        findings.push({ kind: 'desa-code', redacted: token.code, key: `code:${token.code}` });
        continue;
      }
      const kecamatan = token.code.slice(0, 8);
      if (codes.kecamatanCodes.has(kecamatan)) {
        findings.push({ kind: 'kecamatan-code', redacted: kecamatan, key: `code:${kecamatan}` });
      }
    }
    if (!patternWords) return findings;
    const { ids, count } = canonicalWords(text, words, { binary });
    patternWords.forEachMatch(ids, count, (patternIndex) => {
      for (const index of ownersOf[patternIndex] ?? []) {
        const owner = owners[index]!;
        findings.push({ kind: owner.kind, column: owner.column, redacted: owner.redacted, key: `value:${index}` });
      }
    });
    return findings;
  };

  return { findInText, patterns: { ...plan.patterns, compileMs } };
}

export interface ScanOptions {
  limits?: ExpandLimits;
  /**
   * Worker threads that search (default: one per core when there are at least
   * `PARALLEL_FROM_FILES` files, else none: the search runs on this thread).
   */
  threads?: number;
  /**
   * A subfolder already searched (`prescanForLeaks`, with the same secrets object): its files
   * are not searched again when every one is still there with the bytes then searched (same
   * SHA-256) and no other file was added; otherwise they are searched like the rest.
   */
  prescanned?: Prescan;
  /** The build's cache folder: files found clean are recorded there and not searched again while unchanged (leak-cache.ts). None: every file is searched. */
  cacheDir?: string;
}

/** Fewer files than this are searched on the calling thread (starting workers would cost more). */
export const PARALLEL_FROM_FILES = 400;
/** Files per task handed to a worker (tasks go to whichever worker is free: sizes even out). */
const FILES_PER_TASK = 48;

export type Listed = { file: string; absolute: string } | { file: string; absolute: string; skipped: SkippedFile };

/** Every entry under `rootDir`, sorted by name; names start with `prefix/` when a prefix is given. */
async function listFiles(rootDir: string, prefix = ''): Promise<Listed[] | SkippedFile> {
  let entries;
  try {
    entries = await readdir(rootDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    return { file: '.', reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  const listed: Listed[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(rootDir, absolute).split(path.sep).join('/');
    const file = prefix ? `${prefix}/${relative}` : relative;
    if (entry.isFile()) listed.push({ file, absolute });
    else {
      const what = entry.isSymbolicLink() ? 'symbolic link' : 'special file';
      listed.push({ file, absolute, skipped: { file, reason: 'not-a-file', detail: what } });
    }
  }
  return listed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Scans every file under `rootDir` (recursively, archives and compressed files opened) for
 * region codes below kab/kota and private values. Never throws for a bad file: it is listed
 * in `skipped`. The report holds no private value. A large folder is searched on worker threads
 * (leak-worker.ts), each with the same matcher, in tasks of a few files; the parts are put back
 * in file order, so the report is the same whatever the number of threads (and whether a
 * subfolder was searched ahead, `prescanned`).
 */
export async function scanForLeaks(rootDir: string, secrets: LeakSecrets, options: ScanOptions = {}): Promise<LeakReport> {
  const started = performance.now();
  const { prescanned } = options;
  if (prescanned && prescanned.secrets !== secrets) throw new Error('scanForLeaks: the prescan was made with other secrets');
  const plan = prescanned?.plan ?? planLeakMatcher(secrets);
  const listed = await listFiles(rootDir);
  let parts: ScanPart[];
  if (!Array.isArray(listed)) parts = [{ hits: [], filesScanned: 0, entriesScanned: 0, bytesScanned: 0, cached: 0, skipped: [listed] }];
  else {
    const cache = cacheOf(plan, secrets, options);
    const run = scanRunner(rootDir, plan, secrets, options, listed.length, cache);
    parts = prescanned ? await scanAfterPrescan(listed, prescanned, run) : await run(listed, 'search');
    if (cache) writeLeakCache(cache, parts.flatMap((part) => part.clean ?? []));
  }
  const sum = (key: 'filesScanned' | 'entriesScanned' | 'bytesScanned' | 'cached') => parts.reduce((total, part) => total + part[key], 0);
  return {
    filesScanned: sum('filesScanned'),
    entriesScanned: sum('entriesScanned'),
    bytesScanned: sum('bytesScanned'),
    elapsedMs: performance.now() - started,
    cachedFiles: sum('cached'),
    hits: sortHits(parts.flatMap((part) => part.hits)),
    skipped: parts.flatMap((part) => part.skipped),
    patterns: plan.patterns,
  };
}

/** A subfolder searched ahead of the rest of the site (`prescanForLeaks`). */
export interface Prescan {
  /** Its name in the site, e.g. `data`. */
  prefix: string;
  /** The secrets searched for (the later scan must be given this very object). */
  secrets: LeakSecrets;
  plan: MatcherPlan;
  parts: ScanPart[];
  /** SHA-256 of the bytes searched, by file name in the site (`data/…`). */
  sha256: Map<string, string>;
}

/**
 * Searches `dir` as the subfolder `prefix` of a site that `scanForLeaks` will scan later
 * (option `prescanned`), keeping the SHA-256 of every file's bytes as searched: a folder that is
 * final before the rest of the site is built (the downloads, /data/) is searched while the pages
 * are rendered, on a core that would otherwise wait.
 */
export async function prescanForLeaks(dir: string, prefix: string, secrets: LeakSecrets, options: ScanOptions = {}): Promise<Prescan> {
  const plan = planLeakMatcher(secrets);
  const listed = await listFiles(dir, prefix);
  // An unreadable folder is no error here: its files are then searched by the later scan.
  if (!Array.isArray(listed)) return { prefix, secrets, plan, parts: [], sha256: new Map() };
  const cache = cacheOf(plan, secrets, options);
  const parts = await scanRunner(dir, plan, secrets, options, listed.length, cache)(listed, 'search-and-hash');
  if (cache) writeLeakCache(cache, parts.flatMap((part) => part.clean ?? []));
  return { prefix, secrets, plan, parts, sha256: new Map(parts.flatMap((part) => part.sha256 ?? [])) };
}

/** The clean files recorded for this matcher (leak-cache.ts), when the scan has a cache folder. */
function cacheOf(plan: MatcherPlan, secrets: LeakSecrets, options: ScanOptions): LeakCache | undefined {
  if (!options.cacheDir) return undefined;
  return leakCache(options.cacheDir, { plan, desaCodes: secrets.desaCodes, kecamatanCodes: secrets.kecamatanCodes, limits: options.limits ?? DEFAULT_LIMITS });
}

/**
 * The parts of a listing whose `prefix/` files were searched ahead: those files are only hashed
 * (with the rest's search, on the same threads) and the prescan's parts stand for them when the
 * files and their bytes are the very ones searched; else they are searched now.
 */
async function scanAfterPrescan(listed: Listed[], prescan: Prescan, run: RunScan): Promise<ScanPart[]> {
  const head = `${prescan.prefix}/`;
  const inside = listed.filter((item) => item.file.startsWith(head));
  const before = listed.filter((item) => !item.file.startsWith(head) && item.file < head);
  const after = listed.filter((item) => !item.file.startsWith(head) && item.file > head);
  const [beforeParts = [], insideHashes = [], afterParts = []] = await run.all([before, 'search'], [inside, 'hash'], [after, 'search']);
  const same = sameAsPrescanned(inside, insideHashes, prescan);
  return [...beforeParts, ...(same ? prescan.parts : await run(inside, 'search')), ...afterParts];
}

/** True when `inside` holds exactly the prescanned files, each with the SHA-256 of the bytes searched then. */
function sameAsPrescanned(inside: readonly Listed[], parts: readonly ScanPart[], prescan: Prescan): boolean {
  const hashes = parts.flatMap((part) => part.sha256 ?? []);
  if (inside.length !== prescan.sha256.size || hashes.length !== inside.length) return false;
  return hashes.every(([file, sha256]) => prescan.sha256.get(file) === sha256);
}

/** How a task treats its files: search them, search and hash them, or only hash them. */
export type ScanMode = 'search' | 'search-and-hash' | 'hash';

/** Searches (or hashes) listed files; `all` runs several lists on one set of threads, parts per list. */
interface RunScan {
  (listed: Listed[], mode: ScanMode): Promise<ScanPart[]>;
  all: (...lists: [Listed[], ScanMode][]) => Promise<ScanPart[][]>;
}

/**
 * Runs tasks of `FILES_PER_TASK` files on worker threads, or on this thread when there are few
 * files (or `threads` is 0). With a cache, the files it holds as clean are only hashed, and every
 * file found clean is returned for the record (`ScanPart.clean`).
 */
function scanRunner(rootDir: string, plan: MatcherPlan, secrets: LeakSecrets, options: ScanOptions, fileCount: number, cache?: LeakCache): RunScan {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const threads = options.threads ?? (fileCount >= PARALLEL_FROM_FILES ? availableParallelism() : 0);
  const tasksOf = (listed: Listed[], mode: ScanMode): ScanTask[] => {
    const tasks: ScanTask[] = [];
    const recordClean = cache !== undefined;
    for (let from = 0; from < listed.length; from += FILES_PER_TASK) tasks.push({ rootDir, listed: listed.slice(from, from + FILES_PER_TASK), limits, mode, recordClean });
    return tasks;
  };
  const known = cache?.clean;
  const runTasks = async (tasks: ScanTask[]): Promise<ScanPart[]> => {
    if (threads > 0) {
      const workerData: LeakWorkerData = {
        plan,
        desaCodes: [...secrets.desaCodes],
        kecamatanCodes: [...secrets.kecamatanCodes],
        ...(known ? { known: [...known].map(([file, { sha256, entries }]): CleanFile => [file, sha256, entries]) } : {}),
      };
      return runInWorkers<ScanTask, ScanPart>(new URL('./leak-worker.ts', import.meta.url), tasks, { threads, workerData });
    }
    const searcher = fileSearcher(() => matcherOfPlan(plan, secrets), known);
    const parts: ScanPart[] = [];
    for (const task of tasks) parts.push(await scanPart(searcher, task));
    return parts;
  };
  const all = async (...lists: [Listed[], ScanMode][]): Promise<ScanPart[][]> => {
    const taskLists = lists.map(([listed, mode]) => tasksOf(listed, mode));
    const parts = await runTasks(taskLists.flat());
    let from = 0;
    return taskLists.map((tasks) => parts.slice(from, (from += tasks.length)));
  };
  return Object.assign(async (listed: Listed[], mode: ScanMode) => (await all([listed, mode]))[0]!, { all });
}

/** What a worker is given: the plan, the code sets (as lists: they cross threads) and the files known clean. */
export interface LeakWorkerData {
  plan: MatcherPlan;
  desaCodes: string[];
  kecamatanCodes: string[];
  known?: CleanFile[];
}

/** What searches a file: the matcher (compiled when first needed: a scan of known files needs none) and the files known clean. */
export interface FileSearcher {
  matcher: () => LeakMatcher;
  known?: ReadonlyMap<string, { sha256: string; entries: number }> | undefined;
}

export function fileSearcher(compile: () => LeakMatcher, known?: FileSearcher['known']): FileSearcher {
  let matcher: LeakMatcher | undefined;
  return { matcher: () => (matcher ??= compile()), known };
}

/** Some consecutive files of the listing, searched (or hashed) by one thread. */
export interface ScanTask {
  rootDir: string;
  listed: Listed[];
  limits: ExpandLimits;
  mode: ScanMode;
  /** Return the files found clean (`ScanPart.clean`), for the cache. */
  recordClean?: boolean;
}

type ScanTally = Pick<LeakReport, 'filesScanned' | 'entriesScanned' | 'bytesScanned' | 'skipped'> & {
  /** Files known clean (`FileSearcher.known`), counted without a search. */
  cached: number;
};

/** The findings and counts of one task. */
export interface ScanPart extends ScanTally {
  hits: LeakHit[];
  /** `[file, SHA-256]` of every file read, when the task hashes. */
  sha256?: [string, string][];
  /** Every file found clean (known or searched), when the task records them. */
  clean?: CleanFile[];
}

/** Searches the names and contents of the files of one task (or only hashes them). */
export async function scanPart(searcher: FileSearcher, task: ScanTask): Promise<ScanPart> {
  if (task.mode === 'hash') return hashPart(task);
  const hits = new Map<string, LeakHit>();
  const tally: ScanTally = { filesScanned: 0, entriesScanned: 0, bytesScanned: 0, cached: 0, skipped: [] };
  const search = (unit: TextUnit) => addFindings(hits, unit, searcher.matcher().findInText(unit.text, { binary: unit.binary }));
  const sink: ExpandSink = { text: search, skip: (entry: SkippedFile) => tally.skipped.push(entry), entry: () => tally.entriesScanned++ };
  const { sha256, clean } = await scanListed(task, sink, tally, searcher.known, () => hits.size);
  return { ...tally, hits: [...hits.values()], ...(task.mode === 'search' ? {} : { sha256 }), ...(task.recordClean ? { clean } : {}) };
}

/**
 * The SHA-256 of each file of a task, nothing searched or counted (the files were searched
 * before). Read synchronously: nothing else waits on this thread, and one awaited read per file
 * cost three times as much (1.2 against 0.4 s for the 11,798 files of /data/).
 */
function hashPart({ listed }: ScanTask): ScanPart {
  const part: ScanPart = { hits: [], filesScanned: 0, entriesScanned: 0, bytesScanned: 0, cached: 0, skipped: [], sha256: [] };
  for (const item of listed) {
    if ('skipped' in item) continue; // searched (and reported) again: the listing then differs from the prescan's
    try {
      part.sha256!.push([item.file, createHash('sha256').update(readFileSync(item.absolute)).digest('hex')]);
    } catch (error) {
      part.skipped.push({ file: item.file, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return part;
}

/** Counts the findings of one text per file (and name or content) and leaked thing. */
function addFindings(hits: Map<string, LeakHit>, unit: TextUnit, findings: readonly LeakFinding[]): void {
  for (const finding of findings) {
    const key = `${unit.file}\u0000${unit.isName ? 1 : 0}\u0000${finding.key}`;
    const hit = hits.get(key);
    if (hit) {
      hit.occurrences++;
      continue;
    }
    const fresh: LeakHit = { file: unit.file, kind: finding.kind, redacted: finding.redacted, occurrences: 1 };
    if (finding.column !== undefined) fresh.column = finding.column;
    if (unit.isName) fresh.inName = true;
    hits.set(key, fresh);
  }
}

/**
 * Searches every listed file's name and contents, in order; returns the `[file, SHA-256]` of
 * the bytes read (when the mode hashes) and the files found clean (when the task records them).
 * A file `known` clean under its name with the same SHA-256 is counted and recorded without a
 * search. Files are read synchronously, as `hashPart` reads them: a task runs on a worker or on
 * a thread with nothing else to do, and awaited reads (open, stat, read, close each a promise)
 * cost this thread about a second of CPU on the bundled site's 14,500 files.
 */
async function scanListed(
  { listed, limits, mode, recordClean = false }: ScanTask,
  sink: ExpandSink,
  tally: ScanTally,
  known: FileSearcher['known'],
  hitCount: () => number,
): Promise<{ sha256: [string, string][]; clean: CleanFile[] }> {
  const sha256: [string, string][] = [];
  const clean: CleanFile[] = [];
  const hashing = mode === 'search-and-hash' || recordClean || known !== undefined;
  for (const item of listed) {
    const before = { hits: hitCount(), skipped: tally.skipped.length, entries: tally.entriesScanned };
    if ('skipped' in item) {
      sink.text({ file: item.file, text: item.file, binary: false, isName: true });
      tally.skipped.push(await describeSkipped(item.absolute, item.skipped));
      continue;
    }
    const bytes = readBytes(item.absolute);
    if (bytes instanceof Error) {
      sink.text({ file: item.file, text: item.file, binary: false, isName: true });
      tally.skipped.push({ file: item.file, reason: 'unreadable', detail: bytes.message });
      continue;
    }
    const hash = hashing ? createHash('sha256').update(bytes).digest('hex') : '';
    if (mode === 'search-and-hash') sha256.push([item.file, hash]);
    tally.filesScanned++;
    tally.bytesScanned += bytes.byteLength;
    const cleanBefore = known?.get(item.file);
    if (cleanBefore && cleanBefore.sha256 === hash) {
      tally.cached++;
      tally.entriesScanned += cleanBefore.entries;
      if (recordClean) clean.push([item.file, hash, cleanBefore.entries]);
      continue;
    }
    sink.text({ file: item.file, text: item.file, binary: false, isName: true });
    expandFile(bytes, item.file, sink, limits, tally.skipped);
    if (recordClean && hitCount() === before.hits && tally.skipped.length === before.skipped) clean.push([item.file, hash, tally.entriesScanned - before.entries]);
  }
  return { sha256, clean };
}

/** A file's bytes, or why they cannot be read. */
function readBytes(file: string): Uint8Array | Error {
  try {
    return readFileSync(file);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Searches one file's bytes (archives and compressed streams opened); a failure skips the file. */
function expandFile(bytes: Uint8Array, file: string, sink: ExpandSink, limits: ExpandLimits, skipped: SkippedFile[]): void {
  try {
    expandBytes(bytes, file, sink, limits);
  } catch (error) {
    const tooLarge = error instanceof RangeError || (error as { code?: string }).code === 'ERR_STRING_TOO_LONG';
    skipped.push({ file, reason: tooLarge ? 'too-large' : 'unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
}

const KIND_ORDER: LeakKind[] = ['desa-code', 'kecamatan-code', 'coordinate', 'private-value'];

/** Hits by file, content before name, kind, column and redacted value. */
function sortHits(hits: LeakHit[]): LeakHit[] {
  return hits.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      Number(a.inName ?? false) - Number(b.inName ?? false) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compare(a.column ?? '', b.column ?? '') ||
      compare(a.redacted, b.redacted),
  );
}

async function describeSkipped(absolute: string, skipped: SkippedFile): Promise<SkippedFile> {
  if (skipped.detail !== 'symbolic link') return skipped;
  const info = await lstat(absolute).catch(() => undefined);
  return info ? skipped : { ...skipped, detail: 'symbolic link (broken)' };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the scan proves the folder clean: files were read, no hit, nothing skipped. */
export function leakReportPassed(report: LeakReport): boolean {
  return report.filesScanned > 0 && report.hits.length === 0 && report.skipped.length === 0;
}

export interface FormatOptions {
  lang?: Lang;
  /** Most hit and skipped lines printed (the rest are counted). Default 200. */
  maxLines?: number;
}

/**
 * The report as lines for a terminal or CI log, in Bahasa Indonesia (default) or English:
 * a verdict, one line per hit (file, kind, code or redacted value) and per skipped file, and
 * what was searched. Holds no private value.
 */
export function formatLeakReport(report: LeakReport, { lang = 'id', maxLines = 200 }: FormatOptions = {}): string[] {
  const locale = t(lang, 'locale');
  const n = (value: number, digits = 0) => value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return [...verdictLines(report, lang, n), ...findingLines(report, lang, maxLines, n), ...searchedLines(report, lang, n)];
}

/** A number in the report's language, with `digits` decimals. */
type Count = (value: number, digits?: number) => string;

/** The verdict: passed or failed (and why), and what was scanned. */
function verdictLines(report: LeakReport, lang: Lang, n: Count): string[] {
  const mb = n(report.bytesScanned / 1e6, 1);
  const seconds = n(report.elapsedMs / 1000, 1);
  const filesWithHits = new Set(report.hits.map((hit) => hit.file.split('!')[0])).size;
  const cached = report.cachedFiles > 0 ? ` (${t(lang, 'leak.cached', { n: n(report.cachedFiles) })})` : '';
  const scanned = `${t(lang, 'leak.scanned', { files: n(report.filesScanned), mb, entries: n(report.entriesScanned), seconds })}${cached}`;
  if (leakReportPassed(report)) return [t(lang, 'leak.passed', { scanned })];
  const problems: string[] = [];
  if (report.hits.length > 0) problems.push(t(lang, 'leak.hits', { hits: n(report.hits.length), files: n(filesWithHits) }));
  if (report.skipped.length > 0) problems.push(t(lang, 'leak.skipped', { n: n(report.skipped.length) }));
  if (report.filesScanned === 0) problems.push(t(lang, 'leak.nothingScanned'));
  return [t(lang, 'leak.failed', { problems: problems.join('; '), scanned })];
}

/** A redacted value (written in Indonesian by leak-patterns.ts) in the report's language. */
function redactedIn(lang: Lang, redacted: string): string {
  return redacted
    .replace(new RegExp(` ${t('id', 'leak.characters')}\\)$`), ` ${t(lang, 'leak.characters')})`)
    .replace(new RegExp(`\\(${t('id', 'leak.line')} (\\d+)/`), `(${t(lang, 'leak.line')} $1/`);
}

/** One line per hit, then per skipped file, at most `maxLines`, and how many were left out. */
function findingLines(report: LeakReport, lang: Lang, maxLines: number, n: Count): string[] {
  const lines: string[] = [];
  let printed = 0;
  for (const hit of report.hits) {
    if (printed++ >= maxLines) break;
    const where = hit.inName ? ` (${t(lang, 'leak.inName')})` : '';
    const times = hit.occurrences > 1 ? ` (${n(hit.occurrences)}×)` : '';
    lines.push(`  ${hit.file}${where}: ${t(lang, `leak.kind.${hit.kind}`)} ${redactedIn(lang, hit.redacted)}${times}`);
  }
  for (const entry of report.skipped) {
    if (printed++ >= maxLines) break;
    const detail = entry.detail ? ` (${entry.detail})` : '';
    lines.push(`  ${entry.file}: ${t(lang, 'leak.notChecked')}, ${t(lang, `leak.skip.${entry.reason}`)}${detail}`);
  }
  const hidden = report.hits.length + report.skipped.length - maxLines;
  if (hidden > 0) lines.push(`  ${t(lang, 'leak.moreLines', { n: n(hidden) })}`);
  return lines;
}

/** What was searched for, and what was not (and why). */
function searchedLines(report: LeakReport, lang: Lang, n: Count): string[] {
  const ignored = IGNORE_REASONS.filter((reason) => report.patterns.valuesIgnored[reason] > 0)
    .map((reason) => `${n(report.patterns.valuesIgnored[reason])} ${t(lang, `leak.ignore.${reason}`)}`)
    .join(', ');
  const searched = t(lang, 'leak.searched', { values: n(report.patterns.valuesSearched), patterns: n(report.patterns.patternCount) });
  return [ignored ? `${searched}; ${t(lang, 'leak.ignored', { ignored })}.` : `${searched}.`];
}
