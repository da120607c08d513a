import { createHash } from 'node:crypto';
import { closeSync, type Dirent, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Lang, t, tBoth } from '../../i18n/index.ts';
import { normaliseColumnName } from '../read/csv.ts';

/**
 * Refuses raw input files where they would be published: under `public/` (Astro copies it into
 * the site as is) and in the built output. A raw file is one
 *
 * - named like an input table: `kawasan.csv`, `program.csv`, `kode-lama.csv` (any letter case);
 * - a CSV-like file (.csv, .tsv, .txt) whose header line has a `kode_desa` column
 *   (also written `Kode Desa`, quoted, after a BOM, with `;`, `,` or tab);
 * - byte-identical to an input file in the data folder, whatever its name.
 *
 * This complements the leak scan (which looks for desa codes and private values in every built
 * file's content): it stops a copied input by name and bytes before anything else runs.
 */

export const RAW_INPUT_NAMES = ['kawasan.csv', 'program.csv', 'kode-lama.csv'] as const;

const CSV_LIKE = /\.(csv|tsv|txt)$/i;
/** How much of a file's start is read to find its header line. */
const HEADER_BYTES = 64 * 1024;

export type RawInputReason = 'input-name' | 'kode-desa-header' | 'identical-to-input';

export interface RawInputFinding {
  /** The offending file, as given to the user (relative to the working directory). */
  file: string;
  reasons: RawInputReason[];
  /** For `identical-to-input`: the data file it is a copy of. */
  sameAs?: string;
}

export interface RawInputGuardOptions {
  /** Folders to check, e.g. `public/` before the site build and the staging output after it. Missing folders are skipped. */
  roots: readonly string[];
  /**
   * Also refuse files merely named like an input table (default true). Off for the built site,
   * whose aggregate downloads are legitimately called `kawasan.csv` and `program.csv`; the
   * header and byte-identity checks still apply there.
   */
  byName?: boolean;
  /** The input data folder (`DASHBOARD_DATA_DIR`, default `data/`). */
  dataDir: string;
  /**
   * Which data-folder files count as inputs for the byte comparison (path relative to the data
   * folder, with `/`). Default: every file except the staff guide and notes (`*.md`, `*.txt`),
   * `dataset.json` (public metadata: title, publisher, licence, contact) and `geo/` (official
   * public boundaries, which the site may ship).
   */
  isInputFile?: (relativePath: string) => boolean;
  /** How file names are shown (default: relative to the working directory). */
  show?: (absolute: string) => string;
}

export interface RawInputGuardResult {
  ok: boolean;
  findings: RawInputFinding[];
  /** What to print: one line per file in Bahasa Indonesia then English, or one line saying all is well. */
  messages: string[];
}

export function defaultIsInputFile(relativePath: string): boolean {
  const lower = relativePath.toLowerCase();
  if (lower === 'dataset.json' || lower.startsWith('geo/')) return false;
  if (lower.endsWith('.md') || lower.endsWith('.txt')) return false;
  return !lower.split('/').some((part) => part.startsWith('.'));
}

/** Files looked at between two turns of the event loop (the guard runs beside the leak guard's workers, which this thread serves). */
const FILES_PER_TURN = 256;

/**
 * Looks for raw input files under the roots; never throws for a missing root. The file system is
 * read synchronously (one awaited call per file cost ~3 s for the built site's 14,456 files while
 * the leak guard's workers kept both cores busy), giving the event loop a turn every
 * `FILES_PER_TURN` files.
 */
export async function guardRawInputs(options: RawInputGuardOptions): Promise<RawInputGuardResult> {
  const show = options.show ?? ((absolute: string) => path.relative(process.cwd(), absolute) || absolute);
  const isInputFile = options.isInputFile ?? defaultIsInputFile;
  const dataDir = path.resolve(options.dataDir);
  const dataReal = realPath(dataDir) ?? dataDir;

  // Inputs by size: a file is hashed only when its size matches some input's.
  const inputs = new Map<number, { file: string; hash?: string }[]>();
  for (const file of listFiles(dataDir)) {
    const relative = path.relative(dataDir, file).split(path.sep).join('/');
    if (!isInputFile(relative)) continue;
    const info = fileStat(file);
    if (!info || info.size === 0) continue;
    const bySize = inputs.get(info.size) ?? [];
    bySize.push({ file });
    inputs.set(info.size, bySize);
  }

  const findings: RawInputFinding[] = [];
  const seen = new Set<string>();
  for (const root of options.roots) {
    const rootPath = path.resolve(root);
    const rootReal = realPath(rootPath);
    if (!rootReal) continue;
    // The data folder itself is where inputs belong: never report it, even if it sits under a root.
    let looked = 0;
    for (const file of listFiles(rootPath, (dir) => dir === dataReal)) {
      if (++looked % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      if (seen.has(file)) continue;
      seen.add(file);
      const reasons: RawInputReason[] = [];
      let sameAs: string | undefined;
      const name = path.basename(file).toLowerCase();
      if (options.byName !== false && (RAW_INPUT_NAMES as readonly string[]).includes(name)) reasons.push('input-name');
      if (CSV_LIKE.test(name) && headerHasKodeDesa(file)) reasons.push('kode-desa-header');
      const info = fileStat(file);
      const candidates = info && info.size > 0 ? inputs.get(info.size) : undefined;
      if (candidates) {
        const hash = sha256(file);
        for (const candidate of candidates) {
          candidate.hash ??= sha256(candidate.file);
          if (candidate.hash === hash) {
            reasons.push('identical-to-input');
            sameAs = show(candidate.file);
            break;
          }
        }
      }
      if (reasons.length > 0) findings.push({ file: show(file), reasons, ...(sameAs ? { sameAs } : {}) });
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file));
  const shownRoots = options.roots.map((root) => `${show(path.resolve(root))}/`).join(', ');
  return { ok: findings.length === 0, findings, messages: rawInputMessages(findings, shownRoots, show(dataDir)) };
}

/** One message per offending file, Indonesian then English, or a one-line pass. */
export function rawInputMessages(findings: readonly RawInputFinding[], roots: string, dataDir: string): string[] {
  if (findings.length === 0) return [`✓ ${tBoth('raw.none', { roots })}`];
  const lines = [`✗ ${tBoth('raw.found', { n: findings.length })}`];
  for (const finding of findings) {
    const reasons = (lang: Lang) => finding.reasons.map((reason) => t(lang, `raw.reason.${reason}`, { file: finding.sameAs ?? '' })).join('; ');
    const message = (lang: Lang) => t(lang, 'raw.file', { reasons: reasons(lang), dataDir });
    lines.push(`${finding.file}  ${message('id')}\n  [EN] ${message('en')}`);
  }
  return lines;
}

/** Every file under a folder (following symlinks, each real folder once), skipping folders `skip` accepts. */
function listFiles(root: string, skip: (realDir: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string): void => {
    const real = realPath(dir);
    if (!real || visited.has(real) || skip(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      entries = [];
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile()) {
        files.push(full);
      } else if (entry.isSymbolicLink()) {
        const target = fileStat(full);
        if (target?.isDirectory()) walk(full);
        else if (target?.isFile()) files.push(full);
      }
    }
  };
  walk(root);
  return files;
}

const realPath = (file: string): string | undefined => {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
};

const fileStat = (file: string) => {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
};

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Reads the first line of a text file and looks for a `kode_desa` column in it. */
export function headerHasKodeDesa(file: string): boolean {
  let handle: number;
  try {
    handle = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const bytesRead = readSync(handle, buffer, 0, HEADER_BYTES, 0);
    return headerLineHasKodeDesa(decodeStart(buffer.subarray(0, bytesRead)));
  } finally {
    closeSync(handle);
  }
}

function decodeStart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** True when the first line, split on `,`, `;` or tab, names a `kode_desa` column. */
export function headerLineHasKodeDesa(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine
    .split(/[,;\t]/)
    .map((cell) => normaliseColumnName(cell.trim().replace(/^"(.*)"$/, '$1')))
    .includes('kode_desa');
}
