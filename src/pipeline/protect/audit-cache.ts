/**
 * Audit results of components kept between builds, by content. Certifying a component
 * (`certifyJob`, lp-pool.ts) is a pure function of its job: the linear system with the published
 * values, the cells to certify, the required width, the start basis and the blocks. So a result
 * stored under `sha256(code + job)` is exactly what solving that job again would give, and a
 * build whose components did not change (a repeat build, or one after an edit that touched other
 * years) replays their results instead of solving their LPs again. The chain of rounds replays
 * too: a replayed result carries the basis the next round's jobs start from.
 *
 * `code` names everything else the result could depend on: the Node version (V8's serialization
 * and WebAssembly), the text of every module `certifyJob` runs (lp-pool.ts and the modules it
 * imports, found by following their relative imports) and the HiGHS build (its JavaScript and
 * WebAssembly bytes). Change any of them and every entry misses.
 *
 * Entries live under the cache folder's `audit/` (build/cache/audit/ by default; see
 * DASHBOARD_CACHE_DIR in src/config.ts), written under a temporary name and renamed. An entry
 * that cannot be read back whole (a write cut short, another format) is solved again and
 * replaced. An entry read is touched (its modification time set to now); after each protection
 * the least recently used entries go until the folder holds at most `AUDIT_CACHE_BYTES`, never
 * one the protection used (`pruneAuditCache`). `rm -rf build/cache` empties it. The entries hold ranges and simplex
 * bases of hidden cells' LPs, never published and never copied into the site; they stay on the
 * build machine like the rest of build/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { codeIdentity, writeWhole } from '../../build-cache.ts';
import type { CertifyResult } from './lp-pool.ts';

export interface AuditCache {
  /** The folder of the entries. */
  readonly dir: string;
  /** What besides the job decides a result (see the top). */
  readonly code: string;
}

export function auditCache(cacheDir: string): AuditCache {
  return { dir: path.join(cacheDir, 'audit'), code: auditCode() };
}

/** The entry name of a job: the code and the job's canonical bytes, hashed. */
export function jobKey(cache: AuditCache, job: unknown): string {
  return createHash('sha256').update(cache.code).update('\u0000').update(canonicalBytes(job)).digest('hex');
}

/**
 * The bytes of a value that depend on its content only: numbers as 64-bit floats (every NaN
 * alike), arrays and typed arrays by their elements, objects by their keys in sorted order.
 * (`v8.serialize` is not that: it writes a typed array's whole buffer, and an array of whole
 * numbers differently as small integers or as doubles, so one job could get several names.)
 */
const encoder = new TextEncoder();
/** Object keys, encoded once (a job repeats a few keys many times). */
const encodedTexts = new Map<string, Uint8Array>();

export function canonicalBytes(value: unknown): Uint8Array {
  let bytes = new Uint8Array(1 << 16);
  let view = new DataView(bytes.buffer);
  let at = 0;
  const room = (needed: number) => {
    if (at + needed <= bytes.length) return;
    const grown = new Uint8Array(Math.max(bytes.length * 2, at + needed));
    grown.set(bytes.subarray(0, at));
    bytes = grown;
    view = new DataView(bytes.buffer);
  };
  const tag = (code: number) => {
    room(1);
    bytes[at++] = code;
  };
  const count = (length: number) => {
    room(4);
    view.setUint32(at, length);
    at += 4;
  };
  const number = (x: number) => {
    if (Number.isNaN(x)) return tag(0x4e); // N
    room(9);
    bytes[at++] = 0x6e; // n
    view.setFloat64(at, x);
    at += 8;
  };
  const text = (s: string, isKey = false) => {
    let encoded = isKey ? encodedTexts.get(s) : undefined;
    if (!encoded) {
      encoded = encoder.encode(s);
      if (isKey) encodedTexts.set(s, encoded);
    }
    tag(0x73); // s
    count(encoded.length);
    room(encoded.length);
    bytes.set(encoded, at);
    at += encoded.length;
  };
  const list = (items: ArrayLike<unknown>): void => {
    tag(0x61); // a
    count(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      // Numbers and lists of them (a constraint's terms), the bulk of a job, straight to their writer.
      if (typeof item === 'number') number(item);
      else if (Array.isArray(item)) list(item);
      else write(item);
    }
  };
  /** A typed array of numbers (a linear system's rows): the same bytes as `list` writes, without asking each element its type. */
  const numbers = (items: Float64Array | Int32Array): void => {
    tag(0x61); // a
    count(items.length);
    for (let i = 0; i < items.length; i++) number(items[i]!);
  };
  const write = (x: unknown): void => {
    if (typeof x === 'number') return number(x);
    if (typeof x === 'string') return text(x);
    if (typeof x === 'boolean') return tag(x ? 0x74 : 0x66); // t, f
    if (x === undefined) return tag(0x75); // u
    if (x === null) return tag(0x7a); // z
    if (x instanceof Float64Array || x instanceof Int32Array) return numbers(x);
    if (Array.isArray(x) || ArrayBuffer.isView(x)) return list(x as ArrayLike<unknown>);
    if (typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
      const keys = Object.keys(x).sort();
      tag(0x6f); // o
      count(keys.length);
      for (const key of keys) {
        text(key, true);
        write((x as Record<string, unknown>)[key]);
      }
      return;
    }
    throw new Error(`audit cache: cannot name a job holding ${Object.prototype.toString.call(x)}`);
  };
  write(value);
  return bytes.subarray(0, at);
}

const entryFile = (cache: AuditCache, key: string) => path.join(cache.dir, key.slice(0, 2), `${key}.bin`);

/** A stored result (its entry touched), or undefined when there is none or it is not whole. */
export function readResult(cache: AuditCache, key: string): CertifyResult | undefined {
  const file = entryFile(cache, key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  let result: CertifyResult | undefined;
  try {
    const entry = deserialize(bytes) as { key?: unknown; result?: CertifyResult };
    result = entry.key === key && Array.isArray(entry.result?.ranges) ? entry.result : undefined;
  } catch {
    return undefined;
  }
  if (result) {
    const now = new Date();
    utimesSync(file, now, now);
  }
  return result;
}

/** What the audit cache may hold before its least recently used entries go (~25 national builds' worth). */
export const AUDIT_CACHE_BYTES = 256 * 2 ** 20;

/**
 * Removes the least recently used entries (oldest modification time first) until the folder
 * holds at most `maxBytes`; an entry read or written since `keepSince` (ms since 1970: the
 * protection's start) is never removed. Returns how many went.
 */
export function pruneAuditCache(cache: AuditCache, keepSince: number, maxBytes = AUDIT_CACHE_BYTES): number {
  let names: string[];
  try {
    names = readdirSync(cache.dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  const entries = names
    .filter((name) => name.endsWith('.bin'))
    .flatMap((name) => {
      const file = path.join(cache.dir, name);
      try {
        const { size, mtimeMs } = statSync(file);
        return [{ file, size, mtimeMs }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.mtimeMs - b.mtimeMs || (a.file < b.file ? -1 : 1));
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  let removed = 0;
  for (const entry of entries) {
    if (total <= maxBytes || entry.mtimeMs >= keepSince) break;
    rmSync(entry.file, { force: true });
    total -= entry.size;
    removed++;
  }
  return removed;
}

export function writeResult(cache: AuditCache, key: string, result: CertifyResult): void {
  writeWhole(entryFile(cache, key), serialize({ key, result }));
}

let code: string | undefined;

/** The Node version, the modules of `certifyJob` and HiGHS, hashed (once per process). */
export function auditCode(): string {
  const highs = [import.meta.resolve('highs'), import.meta.resolve('highs/runtime')].map((url) => fileURLToPath(url));
  return (code ??= codeIdentity([fileURLToPath(new URL('./lp-pool.ts', import.meta.url))], highs));
}
