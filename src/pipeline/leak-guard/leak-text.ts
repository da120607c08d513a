/**
 * Text normalisation for the leak guard.
 *
 * Every scanned text and every private value goes through the same `canonicalText()`, so one
 * pattern per value finds that value in all the shapes an output layer may give it:
 *
 * 1. escapes are decoded: HTML/XML character references (`&quot;` `&amp;` `&#39;` `&#x27;`, also
 *    chained like `&amp;quot;`), JSON/JS string escapes (`\"` `\\` `\n` `\u0026` `\x26`) and URL
 *    percent-encoding (`%20`, `%C3%A9`);
 * 2. Unicode is folded: NFKD, combining marks and invisible format characters (soft hyphen,
 *    zero-width space) dropped, lower-cased, so `É`, `e\u0301` and `e` are the same letter;
 * 3. everything that is not a letter or digit becomes a single space, except `.`/`,` between two
 *    digits, which become `.` (so `-6,123456` and `-6.123456` are the same number, and a minus
 *    sign is dropped: a coordinate is found whatever its sign or hemisphere suffix);
 * 4. non-ASCII letters are written as `_<hex>_` so the result is pure ASCII (the matcher's fast
 *    path) and still distinguishes every letter.
 *
 * The result's alphabet is `[a-z0-9 ._]`. A match counts only at word edges (see `isWordEdge`).
 */

const SPACE = 0x20;
const DOT = 0x2e;
const UNDERSCORE = 0x5f;

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const isAsciiAlnum = (code: number) => (code >= 0x61 && code <= 0x7a) || isDigitCode(code);

// Named references that stand for letters: `&eacute;` → `e` (the accent is folded away anyway).
const LETTER_ENTITY = /^([a-zA-Z])(?:acute|grave|circ|uml|tilde|ring|cedil|slash|caron|macr|ogon|dot|breve)$/;
const LIGATURE_ENTITY: Record<string, string> = { szlig: 'ss', aelig: 'ae', AElig: 'AE', oelig: 'oe', OElig: 'OE', eth: 'd', thorn: 'th' };
const ENTITY = /&(?:amp;)*(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const BACKSLASH_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([nrtbfv0])|([^A-Za-z0-9]))/g;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

function decodeEntity(_match: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    return fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  const letter = LETTER_ENTITY.exec(body);
  if (letter) return letter[1] ?? ' ';
  return LIGATURE_ENTITY[body] ?? ' ';
}

function decodeBackslash(_match: string, unicode?: string, hex?: string): string {
  if (unicode !== undefined) return String.fromCharCode(Number.parseInt(unicode, 16));
  if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
  return ' ';
}

function decodePercent(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9a-fA-F]{2})/g, (_m, byte: string) => String.fromCharCode(Number.parseInt(byte, 16)));
  }
}

/** Decodes HTML/XML character references, JSON/JS backslash escapes and URL percent-encoding. */
export function decodeEscapes(text: string): string {
  let out = text;
  if (out.includes('&')) out = out.replace(ENTITY, decodeEntity);
  if (out.includes('\\')) out = out.replace(BACKSLASH_ESCAPE, decodeBackslash);
  if (out.includes('%')) out = out.replace(PERCENT_RUN, decodePercent);
  // A JSON string inside an HTML attribute inside a JSON file, and so on: one more round is enough.
  if (out !== text && out.includes('&')) out = out.replace(ENTITY, decodeEntity);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** Per ASCII code: the letter or digit written (lower case), `NUMBER_SEPARATOR` for `.` and `,`, else 0 (a separator). */
const NUMBER_SEPARATOR = 1;
const ASCII_CLASS = new Uint8Array(0x80).map((_, code) => {
  if (isAsciiAlnum(code)) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code === DOT || code === 0x2c ? NUMBER_SEPARATOR : 0;
});
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SKIPPED_MARK = /^[\p{M}\p{Cf}]$/u;

/**
 * The canonical form of a text (see the module header). Pure, deterministic, ASCII output.
 * `binary` treats every non-ASCII character as a separator (for images, fonts: ASCII only).
 */
export function canonicalText(input: string, options: { binary?: boolean } = {}): string {
  const { bytes, size } = canonicalBytes(input, options);
  if (size <= 256) return String.fromCharCode.apply(null, bytes.subarray(0, size) as unknown as number[]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, size).toString('latin1');
}

/**
 * `canonicalText` left in a byte buffer: `bytes[0, size)` (ASCII). The buffer is reused by the
 * next call: read it before calling again.
 */
export function canonicalBytes(input: string, { binary = false }: { binary?: boolean } = {}): { bytes: Uint8Array; size: number } {
  let text = binary ? input : decodeEscapes(input);
  // ASCII letters are lower-cased by the table below; other letters only occur in non-binary text.
  if (!binary && NON_ASCII.test(text)) text = text.normalize('NFKD').toLowerCase();

  const length = text.length;
  let out = scratchFor(length + 16);
  let size = 0;
  let last = SPACE;

  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    let emit = -1;
    if (code < 0x80) {
      const mapped = ASCII_CLASS[code]!;
      if (mapped > NUMBER_SEPARATOR) emit = mapped;
      else if (mapped === NUMBER_SEPARATOR && isDigitCode(last) && isDigitCode(text.charCodeAt(index + 1))) emit = DOT;
      else if (last !== SPACE) emit = SPACE;
    } else if (binary) {
      if (last !== SPACE) emit = SPACE;
    } else {
      const point = text.codePointAt(index) ?? code;
      const char = String.fromCodePoint(point);
      if (point > 0xffff) index++;
      if (SKIPPED_MARK.test(char)) continue;
      if (!LETTER_OR_NUMBER.test(char)) {
        if (last !== SPACE) emit = SPACE;
      } else {
        const escaped = `_${point.toString(16)}_`;
        if (size + escaped.length >= out.length) out = grow(out, size + escaped.length);
        for (let k = 0; k < escaped.length; k++) out[size++] = escaped.charCodeAt(k);
        last = UNDERSCORE;
        continue;
      }
    }
    if (emit < 0) continue;
    if (size >= out.length) out = grow(out, size + 1);
    out[size++] = emit;
    last = emit;
  }
  return { bytes: out, size };
}

// One reusable output buffer: canonicalText is called for every value and every file.
let scratch = new Uint8Array(1 << 16);
const MAX_KEPT_SCRATCH = 1 << 26;

function scratchFor(size: number): Uint8Array {
  if (size <= scratch.length) return scratch;
  const fresh = new Uint8Array(Math.max(size, scratch.length * 2));
  if (fresh.length <= MAX_KEPT_SCRATCH) scratch = fresh;
  return fresh;
}

function grow(out: Uint8Array, needed: number): Uint8Array {
  const grown = new Uint8Array(Math.max(needed + 16, out.length * 2));
  grown.set(out);
  if (grown.length <= MAX_KEPT_SCRATCH) scratch = grown;
  return grown;
}

/** Canonical form of a value, without leading or trailing spaces. */
export function canonicalValue(value: string): string {
  return canonicalText(value).trim();
}

/**
 * True when `canonical[start, end)` is a whole word sequence: the characters around it are not
 * letters, digits, `_` (part of an escaped letter) or `.` (part of a number).
 */
export function isWordEdge(canonical: string, start: number, end: number): boolean {
  const before = start > 0 ? canonical.charCodeAt(start - 1) : SPACE;
  const after = end < canonical.length ? canonical.charCodeAt(end) : SPACE;
  return !isWordCode(before) && !isWordCode(after);
}

function isWordCode(code: number): boolean {
  return isAsciiAlnum(code) || code === UNDERSCORE || code === DOT;
}

/** A region-code-shaped token in a text: `dd.dd.dd` (kecamatan) or `dd.dd.dd.dddd` (desa). */
export interface CodeToken {
  code: string;
  level: 'kecamatan' | 'desa';
}

const CODE_TOKEN = /\d{2}\.\d{2}\.\d{2}(?:\.\d{4})?/g;

/**
 * Region-code tokens not glued to other digits: the character before is not a digit and the two
 * before are not digit + `.`; after it comes no digit and no `.` + digit. So `1.10.12.3`,
 * `2024.01.05` and `131.72.01` give nothing, `31.72.01.1001` gives one desa token and no
 * kecamatan token. Whether a token is a real code is for the caller to check.
 */
export function findCodeTokens(text: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  if (!text.includes('.')) return tokens;
  CODE_TOKEN.lastIndex = 0;
  for (let match = CODE_TOKEN.exec(text); match !== null; match = CODE_TOKEN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.charCodeAt(start - 1);
    const dotDigitBefore = before === DOT && isDigitCode(text.charCodeAt(start - 2));
    const after = text.charCodeAt(end);
    const dotDigitAfter = after === DOT && isDigitCode(text.charCodeAt(end + 1));
    if (isDigitCode(before) || dotDigitBefore || isDigitCode(after) || dotDigitAfter) continue;
    tokens.push({ code: match[0], level: match[0].length === 13 ? 'desa' : 'kecamatan' });
  }
  return tokens;
}

const BARRIER = 0x7c; // '|'

/** A word filter (see `createWordFilter`): on a canonical string, or on `canonicalBytes`' buffer. */
export interface WordFilter {
  (canonical: string): string;
  bytes: (canonical: Uint8Array, size: number) => string;
}

/**
 * A filter that keeps, from a canonical text, only the words that occur in some pattern, and
 * puts a barrier (`|`, never in a pattern and not a word character) where other words were
 * dropped. A whole-word pattern match in the filtered text is exactly a whole-word match in the
 * original (its words were consecutive there), and public text shrinks to a small fraction, so
 * the automaton has little to read. Words are looked up by an FNV-1a hash in an open-addressing
 * table, then compared byte by byte; the text is read as bytes (`bytes`: no string is made of
 * the whole canonical text, only of the words kept).
 */
export function createWordFilter(patterns: Iterable<string>): WordFilter {
  const words = new Set<string>();
  for (const pattern of patterns) for (const word of pattern.split(' ')) if (word.length > 0) words.add(word);
  const table = new WordTable([...words]);
  const filterBytes = (canonical: Uint8Array, length: number): string => {
    let out = keptScratch;
    let size = 0;
    let barrier = false;
    const put = (from: number, to: number) => {
      if (size + (to - from) + 1 >= out.length) out = keptScratch = growTo(out, size + (to - from) + 1);
      if (size > 0) out[size++] = SPACE;
      for (let k = from; k < to; k++) out[size++] = canonical[k]!;
    };
    let index = 0;
    while (index < length) {
      while (index < length && canonical[index] === SPACE) index++;
      if (index >= length) break;
      const start = index;
      let hash = 0x811c9dc5;
      for (; index < length; index++) {
        const code = canonical[index]!;
        if (code === SPACE) break;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      if (table.has(hash >>> 0, canonical, start, index)) {
        put(start, index);
        barrier = false;
      } else if (!barrier && size > 0) {
        put(0, 0);
        out[size++] = BARRIER;
        barrier = true;
      }
    }
    return Buffer.from(out.buffer, out.byteOffset, size).toString('latin1');
  };
  const filter = (canonical: string) => filterBytes(Buffer.from(canonical, 'latin1'), canonical.length);
  return Object.assign(filter, { bytes: filterBytes });
}

let keptScratch: Uint8Array = new Uint8Array(1 << 12);

function growTo(out: Uint8Array, needed: number): Uint8Array {
  const grown = new Uint8Array(Math.max(needed + 16, out.length * 2));
  grown.set(out);
  return grown;
}

/** A set of ASCII words, looked up by FNV-1a hash and bytes (open addressing, linear probing). */
class WordTable {
  readonly #slots: Int32Array;
  readonly #hashes: Uint32Array;
  readonly #starts: Int32Array;
  readonly #pool: Uint8Array;
  readonly #mask: number;

  constructor(words: readonly string[]) {
    let capacity = 16;
    while (capacity < words.length * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#hashes = new Uint32Array(words.length);
    this.#starts = new Int32Array(words.length + 1);
    this.#pool = Buffer.from(words.join(''), 'latin1');
    let offset = 0;
    words.forEach((word, index) => {
      this.#starts[index] = offset;
      offset += word.length;
      const hash = hashRange(word, 0, word.length);
      this.#hashes[index] = hash;
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = index;
    });
    this.#starts[words.length] = offset;
  }

  has(hash: number, bytes: Uint8Array, start: number, end: number): boolean {
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const index = this.#slots[slot]!;
      if (index === -1) return false;
      if (this.#hashes[index] !== hash) continue;
      const from = this.#starts[index]!;
      if (this.#starts[index + 1]! - from !== end - start) continue;
      let same = true;
      for (let k = 0; k < end - start; k++) {
        if (this.#pool[from + k] !== bytes[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
  }
}

function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
