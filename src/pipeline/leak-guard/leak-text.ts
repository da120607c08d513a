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
 *
 * A file's text is canonicalised from its UTF-8 bytes, with the same result as from its string:
 * ASCII that starts no escape is mapped byte by byte by a table (most of the site), and only a
 * piece around an escape or a non-ASCII character, up to the next character no escape spans and
 * Unicode's case rules do not look across (`IS_CUT`), is decoded, normalised and lower-cased as
 * a string (`feedBytes`). The scan wants only the words some pattern has: `canonicalWords` gives
 * their ids (the word filter's work, `createWordFilter`) instead of the canonical text.
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
const NUMBER_SEPARATOR = 1;
/** A byte that starts an escape (`&`, `\`, `%`) or a non-ASCII character: read by `feedPiece`. */
const SPECIAL = 2;
/** Per ASCII code: the letter or digit written (lower case), `NUMBER_SEPARATOR` for `.` and `,`, else 0 (a separator). */
const ASCII_CLASS = new Uint8Array(0x80).map((_, code) => {
  if (isAsciiAlnum(code)) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code === DOT || code === 0x2c ? NUMBER_SEPARATOR : 0;
});
/** Per byte of UTF-8 text: `ASCII_CLASS`, and `SPECIAL` for `&`, `\`, `%` and every non-ASCII byte. */
const TEXT_CLASS = new Uint8Array(0x100).map((_, code) => (code >= 0x80 || code === 0x26 || code === 0x5c || code === 0x25 ? SPECIAL : ASCII_CLASS[code]!));
/** Per byte of a binary file: `ASCII_CLASS`, non-ASCII bytes are separators. */
const BINARY_CLASS = new Uint8Array(0x100).map((_, code) => (code >= 0x80 ? 0 : ASCII_CLASS[code]!));
/**
 * ASCII characters no escape contains (except right after a `\`) and that end Unicode's case
 * context (neither cased nor case-ignorable): pieces of a text cut before them decode, normalise
 * and lower-case on their own (see `feedBytes`).
 */
const IS_CUT = new Uint8Array(0x100).map((_, code) => Number(' \t\n\r"<>=()[]{}/'.includes(String.fromCharCode(code)) && code < 0x80));
const BACKSLASH = 0x5c;
const SEMICOLON = 0x3b;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SKIPPED_MARK = /^[\p{M}\p{Cf}]$/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** In a text's word ids (`canonicalWords`): where words of no pattern were dropped. */
export const BARRIER_ID = -1;

/**
 * The canonicaliser's state. It writes the whole canonical text into `out` (`words` unset), or
 * (`words` set) only the current word, and at each word's end the word's id in `words` into
 * `ids` (`BARRIER_ID` once for a run of words of no pattern).
 */
let out: Uint8Array = new Uint8Array(1 << 16);
let size = 0;
let last = SPACE;
let hash = FNV_OFFSET;
let words: WordTable | undefined;
let ids: Int32Array = new Int32Array(1 << 12);
let idCount = 0;
/** Buffers grown past this (a huge text) are not kept for the next call. */
const MAX_KEPT_SCRATCH = 1 << 26;

function putWordChar(code: number): void {
  if (size >= out.length) out = grow(out, size + 1);
  out[size++] = code;
  hash = Math.imul(hash ^ code, FNV_PRIME);
  last = code;
}

function putSeparator(): void {
  if (last === SPACE) return;
  last = SPACE;
  if (words) {
    endWord(words, out, size, hash);
    size = 0;
    hash = FNV_OFFSET;
  } else {
    if (size >= out.length) out = grow(out, size + 1);
    out[size++] = SPACE;
  }
}

/** Words mode: the word `word[0, length)` (FNV-1a `wordHash`) ends; its id, or a barrier, goes to `ids`. */
function endWord(table: WordTable, word: Uint8Array, length: number, wordHash: number): void {
  if (length === 0) return;
  const id = table.find(wordHash >>> 0, word, 0, length);
  if (id >= 0) pushId(id);
  else if (idCount > 0 && ids[idCount - 1] !== BARRIER_ID) pushId(BARRIER_ID);
}

function pushId(id: number): void {
  if (idCount >= ids.length) {
    const grown = new Int32Array(ids.length * 2);
    grown.set(ids);
    ids = grown;
  }
  ids[idCount++] = id;
}

function grow(buffer: Uint8Array, needed: number): Uint8Array {
  const grown = new Uint8Array(Math.max(needed + 16, buffer.length * 2));
  grown.set(buffer);
  return grown;
}

/** One ASCII character of decoded text (its `ASCII_CLASS`), `next` the character after it. */
function feedAscii(mapped: number, next: number): void {
  if (mapped > SPECIAL) putWordChar(mapped);
  else if (mapped === NUMBER_SEPARATOR && isDigitCode(last) && isDigitCode(next)) putWordChar(DOT);
  else putSeparator();
}

/** Decoded, normalised text from `from` on: the per-character rules of the module header (3, 4). */
function feedDecoded(text: string, from: number): void {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      feedAscii(ASCII_CLASS[code]!, text.charCodeAt(index + 1));
      continue;
    }
    const point = text.codePointAt(index) ?? code;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) index++;
    if (SKIPPED_MARK.test(char)) continue;
    if (!LETTER_OR_NUMBER.test(char)) putSeparator();
    else {
      const escaped = `_${point.toString(16)}_`;
      for (let k = 0; k < escaped.length; k++) putWordChar(escaped.charCodeAt(k));
      last = UNDERSCORE;
    }
  }
}

/**
 * A piece of text whose escapes decode on their own (a whole text, or a piece cut as `feedBytes`
 * cuts): decoded, and when it then holds non-ASCII, NFKD-normalised and lower-cased after
 * `context`, the ASCII text before it back to the last cut (so Unicode's case context, e.g. a
 * final sigma, is that of the whole text).
 */
function feedPiece(piece: string, context: string): void {
  let text = decodeEscapes(piece);
  let from = 0;
  if (NON_ASCII.test(text)) {
    text = `${context}${text}`.normalize('NFKD').toLowerCase();
    from = context.length;
  }
  feedDecoded(text, from);
}

/**
 * UTF-8 text (or a binary file's bytes) read byte by byte. ASCII without escapes is canonical by
 * the table alone; from a byte that starts an escape or a non-ASCII character (or a `.`/`,`
 * before one, whose neighbour it decodes to matters) to the next cut (`IS_CUT`, not after a `\`
 * or an entity's `;`) the piece is decoded as a string (`feedPiece`). No escape spans a cut, so
 * decoding the pieces is decoding the whole text; NFKD never reorders across an ASCII character.
 */
function feedBytes(bytes: Uint8Array, length: number, binary: boolean): void {
  const classes = binary ? BINARY_CLASS : TEXT_CLASS;
  const table = words;
  // The state in locals (this loop reads every byte of the site): written back around a piece.
  let buffer = out;
  let at = size;
  let previous = last;
  let wordHash = hash;
  for (let index = 0; index < length; index++) {
    const mapped = classes[bytes[index]!]!;
    if (mapped > SPECIAL) {
      if (at >= buffer.length) buffer = grow(buffer, at + 1);
      buffer[at++] = mapped;
      wordHash = Math.imul(wordHash ^ mapped, FNV_PRIME);
      previous = mapped;
      continue;
    }
    let piece = false;
    if (mapped !== 0) {
      const next = index + 1 < length ? bytes[index + 1]! : SPACE;
      // A `.`/`,` before a piece goes with it: the character it is then followed by is decoded there.
      piece = mapped === SPECIAL || classes[next] === SPECIAL;
      if (!piece && isDigitCode(previous) && isDigitCode(next)) {
        if (at >= buffer.length) buffer = grow(buffer, at + 1);
        buffer[at++] = DOT;
        wordHash = Math.imul(wordHash ^ DOT, FNV_PRIME);
        previous = DOT;
        continue;
      }
    }
    if (!piece && previous === SPACE) continue;
    if (!piece && table) {
      previous = SPACE;
      endWord(table, buffer, at, wordHash);
      at = 0;
      wordHash = FNV_OFFSET;
      continue;
    }
    // A piece, or a space written into the whole canonical text (values, not a scan): by the module's state.
    out = buffer;
    size = at;
    last = previous;
    hash = wordHash;
    if (piece) index = feedSpecial(bytes, index, length) - 1;
    else putSeparator();
    buffer = out;
    at = size;
    previous = last;
    wordHash = hash;
  }
  out = buffer;
  size = at;
  last = previous;
  hash = wordHash;
}

/** The piece of UTF-8 text from `start` to the next cut (`feedBytes`); returns where it ends. */
function feedSpecial(bytes: Uint8Array, start: number, length: number): number {
  let end = start + 1;
  while (end < length && !(IS_CUT[bytes[end]!] && bytes[end - 1] !== BACKSLASH && bytes[end - 1] !== SEMICOLON)) end++;
  let contextStart = start;
  while (contextStart > 0 && !IS_CUT[bytes[contextStart - 1]!]) contextStart--;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  feedPiece(buffer.toString('utf8', start, end), buffer.toString('latin1', contextStart, start));
  return end;
}

function plainBytes(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Starts a canonicalisation: into `out` (the whole text), or into `ids` (the words of `table`). */
function feedInput(input: string | Uint8Array, binary: boolean, table: WordTable | undefined): void {
  size = 0;
  last = SPACE;
  hash = FNV_OFFSET;
  idCount = 0;
  words = table;
  // One kind of array (not Buffer, a subclass, as well) keeps the byte loop's reads monomorphic.
  if (typeof input !== 'string') feedBytes(plainBytes(input), input.length, binary);
  else if (binary) feedBytes(plainBytes(Buffer.from(input, 'utf8')), Buffer.byteLength(input, 'utf8'), true);
  else feedPiece(input, '');
  if (table) endWord(table, out, size, hash);
  words = undefined;
}

/**
 * The canonical form of a text (see the module header). Pure, deterministic, ASCII output.
 * `binary` treats every non-ASCII character as a separator (for images, fonts: ASCII only).
 */
export function canonicalText(input: string | Uint8Array, options: { binary?: boolean } = {}): string {
  const { bytes, size: length } = canonicalBytes(input, options);
  if (length <= 256) return String.fromCharCode.apply(null, bytes.subarray(0, length) as unknown as number[]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1');
}

/**
 * `canonicalText` left in a byte buffer: `bytes[0, size)` (ASCII). A string is read as a whole
 * (the module header's steps in order); bytes are UTF-8 text (or, `binary`, any bytes) read as
 * `feedBytes` says, with the same result. The buffer is reused by the next call: read it before
 * calling again.
 */
export function canonicalBytes(input: string | Uint8Array, { binary = false }: { binary?: boolean } = {}): { bytes: Uint8Array; size: number } {
  feedInput(input, binary, undefined);
  const bytes = out;
  if (out.length > MAX_KEPT_SCRATCH) out = new Uint8Array(1 << 16);
  return { bytes, size };
}

/**
 * The words of a text's canonical form that are words of `table`, as their ids, with
 * `BARRIER_ID` where other words were dropped (once per run, never first): what `createWordFilter`
 * keeps, made while canonicalising, without the canonical text. `ids[0, count)`, reused by the
 * next call.
 */
export function canonicalWords(input: string | Uint8Array, table: WordTable, { binary = false }: { binary?: boolean } = {}): { ids: Int32Array; count: number } {
  feedInput(input, binary, table);
  const result = { ids, count: idCount };
  if (ids.length > MAX_KEPT_SCRATCH) ids = new Int32Array(1 << 12);
  if (out.length > MAX_KEPT_SCRATCH) out = new Uint8Array(1 << 16);
  return result;
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

/**
 * Region-code tokens not glued to other digits: the character before is not a digit and the two
 * before are not digit + `.`; after it comes no digit and no `.` + digit. So `1.10.12.3`,
 * `2024.01.05` and `131.72.01` give nothing, `31.72.01.1001` gives one desa token and no
 * kecamatan token. Whether a token is a real code is for the caller to check. Tokens are found
 * leftmost first and do not overlap (as a global `\d{2}\.\d{2}\.\d{2}(?:\.\d{4})?` would find
 * them). Bytes are read as ASCII (UTF-8, Latin-1: other characters are neither digits nor dots).
 */
export function findCodeTokens(input: string | Uint8Array): CodeToken[] {
  const tokens: CodeToken[] = [];
  const text = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const digitAt = (index: number) => isDigitCode(text[index]!);
  // Every token has a dot at its third character: jump from dot to dot.
  for (let dot = text.indexOf(DOT, 2); dot >= 0; dot = text.indexOf(DOT, dot + 1)) {
    const start = dot - 2;
    if (!(digitAt(start) && digitAt(start + 1) && digitAt(start + 3) && digitAt(start + 4) && text[start + 5] === DOT && digitAt(start + 6) && digitAt(start + 7))) continue;
    const desa = text[start + 8] === DOT && digitAt(start + 9) && digitAt(start + 10) && digitAt(start + 11) && digitAt(start + 12);
    const end = start + (desa ? 13 : 8);
    dot = end + 1; // the next token starts at `end` or later: its dot at `end + 2` or later
    const dotDigitBefore = text[start - 1] === DOT && digitAt(start - 2);
    const dotDigitAfter = text[end] === DOT && digitAt(end + 1);
    if (digitAt(start - 1) || dotDigitBefore || digitAt(end) || dotDigitAfter) continue;
    tokens.push({ code: text.toString('latin1', start, end), level: desa ? 'desa' : 'kecamatan' });
  }
  return tokens;
}

/** A word filter (see `createWordFilter`): on a canonical string; `words` numbers the words kept (for `canonicalWords`). */
export interface WordFilter {
  (canonical: string): string;
  words: WordTable;
}

/**
 * A filter that keeps, from a canonical text, only the words that occur in some pattern, and
 * puts a barrier (`|`, never in a pattern and not a word character) where other words were
 * dropped. A whole-word pattern match in the filtered text is exactly a whole-word match in the
 * original (its words were consecutive there), and public text shrinks to a small fraction.
 * `canonicalWords` does the same while canonicalising a text, keeping the words' ids in `words`.
 */
export function createWordFilter(patterns: Iterable<string>): WordFilter {
  const unique = new Set<string>();
  for (const pattern of patterns) for (const word of pattern.split(' ')) if (word.length > 0) unique.add(word);
  const table = new WordTable([...unique]);
  const filter = (canonical: string): string => {
    const { ids, count } = wordIdsOf(canonical, table);
    return Array.from(ids.subarray(0, count), (id) => (id === BARRIER_ID ? '|' : table.word(id))).join(' ');
  };
  return Object.assign(filter, { words: table });
}

/** The words of a canonical text (split at spaces) as `canonicalWords` gives them. */
function wordIdsOf(canonical: string, table: WordTable): { ids: Int32Array; count: number } {
  idCount = 0;
  for (const word of canonical.split(' ')) {
    if (word.length === 0) continue;
    const id = table.idOf(word);
    if (id >= 0) pushId(id);
    else if (idCount > 0 && ids[idCount - 1] !== BARRIER_ID) pushId(BARRIER_ID);
  }
  return { ids, count: idCount };
}

/** A set of ASCII words, numbered, looked up by FNV-1a hash and bytes (open addressing, linear probing). */
export class WordTable {
  readonly #slots: Int32Array;
  readonly #hashes: Uint32Array;
  readonly #starts: Int32Array;
  readonly #pool: Buffer;
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
      const hash = hashRange(this.#pool, this.#starts[index]!, offset);
      this.#hashes[index] = hash;
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = index;
    });
    this.#starts[words.length] = offset;
  }

  get size(): number {
    return this.#hashes.length;
  }

  /** The id of the word `bytes[start, end)` (its FNV-1a `hash` given), or -1. */
  find(hash: number, bytes: Uint8Array, start: number, end: number): number {
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const index = this.#slots[slot]!;
      if (index === -1) return -1;
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
      if (same) return index;
    }
  }

  /** The id of a word, or -1. */
  idOf(word: string): number {
    const bytes = Buffer.from(word, 'latin1');
    return this.find(hashRange(bytes, 0, bytes.length), bytes, 0, bytes.length);
  }

  word(id: number): string {
    return this.#pool.toString('latin1', this.#starts[id], this.#starts[id + 1]);
  }
}

function hashRange(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, FNV_PRIME);
  return hash >>> 0;
}
