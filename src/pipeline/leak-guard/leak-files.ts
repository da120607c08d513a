/**
 * Turns the bytes of one built file into the texts the leak guard searches, whatever the file is.
 * The kind of a file is read from its bytes, never trusted from its extension:
 *
 * - ZIP (`PK\x03\x04`: XLSX, DOCX, ODS, plain zip): every entry, and every entry name, recursively
 *   (the raw archive bytes too when an entry cannot be extracted).
 * - gzip (`\x1f\x8b`), zstd (`\x28\xb5\x2f\xfd`), and brotli (no magic: files named `*.br`):
 *   decompressed and scanned recursively under the file's own name.
 * - PDF (`%PDF-`): the raw bytes, and every Flate stream inflated (best effort: PDF text drawn
 *   with subset fonts is glyph numbers, not letters).
 * - Text with a UTF-16 BOM: decoded as UTF-16. Other text (no NUL byte): UTF-8 (a BOM is
 *   dropped; searched as its bytes, leak-text.ts reads UTF-8), or Windows-1252 when it is not
 *   valid UTF-8.
 * - Binary (a NUL byte: images, fonts): every byte searched for ASCII (the bytes as they are),
 *   and for ASCII written as UTF-16 (font names, documents), like `strings -el`. A PNG is no
 *   exception: its compressed pixels are searched byte by byte too.
 *
 * Something that cannot be opened (corrupt archive, too deep, too big) is reported as skipped:
 * its raw bytes are still scanned, but a skipped file is not a pass.
 */
import { isUtf8 } from 'node:buffer';
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';
import { unzipSync, type UnzipFileInfo } from 'fflate';

export type SkipReason = 'unreadable' | 'not-a-file' | 'too-large' | 'archive-error' | 'nesting-too-deep';

export interface SkippedFile {
  /** Relative to the scanned folder, with `!entry` inside archives. */
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** One text to search: a string, or UTF-8 bytes. `binary` texts are any bytes, searched for ASCII only. */
export interface TextUnit {
  file: string;
  text: string | Uint8Array;
  binary: boolean;
  /** The text is a file or entry name, not content. */
  isName: boolean;
}

export interface ExpandLimits {
  /** Most bytes decompressed out of one file, all archives and streams included. */
  maxExpandedBytes: number;
  /** Most archives/streams inside each other. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ExpandLimits = { maxExpandedBytes: 1024 * 1024 * 1024, maxDepth: 4 };

export interface ExpandSink {
  text: (unit: TextUnit) => void;
  skip: (skipped: SkippedFile) => void;
  /** Called once per archive entry and decompressed stream. */
  entry: () => void;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const UTF16LE = [0xff, 0xfe];
const UTF16BE = [0xfe, 0xff];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const windows1252 = new TextDecoder('windows-1252');

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isPrintable = (byte: number) => (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * ASCII text stored as UTF-16 (little or big endian) inside a binary file, like `strings -el`:
 * runs of at least 4 characters, one per line (ASCII bytes). Plain ASCII runs are not repeated
 * here, so a string found in the raw bytes is not counted twice.
 */
export function utf16Strings(bytes: Uint8Array): Uint8Array {
  // At most half the bytes as characters and one line break per 4 of them, for each byte order.
  const out = Buffer.allocUnsafe(Math.ceil(bytes.length * 1.25) + 2);
  let size = 0;
  for (const littleEndian of [true, false]) {
    let runStart = size;
    const end = () => {
      if (size - runStart >= 4) out[size++] = 0x0a;
      else size = runStart;
      runStart = size;
    };
    for (let index = 0; index + 1 < bytes.length; ) {
      const char = littleEndian ? bytes[index]! : bytes[index + 1]!;
      const zero = littleEndian ? bytes[index + 1]! : bytes[index]!;
      if (zero === 0 && isPrintable(char)) {
        out[size++] = char;
        index += 2;
      } else {
        if (size > runStart) end();
        index++;
      }
    }
    end();
  }
  // Runs are joined by line breaks: none after the last.
  return out.subarray(0, Math.max(0, size - 1));
}

/**
 * A text file's text: UTF-16 by BOM (decoded), else the bytes when they are UTF-8 (BOM dropped),
 * else decoded as Windows-1252; undefined for binary (a NUL byte).
 */
export function decodeText(bytes: Uint8Array): string | Uint8Array | undefined {
  if (startsWith(bytes, UTF16LE)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, UTF16BE)) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) return undefined;
  if (isUtf8(bytes)) return startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  return windows1252.decode(bytes);
}

/**
 * Feeds every searchable text of one file (or archive entry) to `sink`.
 * `budget.left` is shared by everything decompressed out of one file on disk.
 */
export function expandBytes(
  bytes: Uint8Array,
  file: string,
  sink: ExpandSink,
  limits: ExpandLimits = DEFAULT_LIMITS,
  depth = 0,
  budget = { left: limits.maxExpandedBytes },
): void {
  const binary = () => {
    sink.text({ file, text: bytes, binary: true, isName: false });
    if (bytes.includes(0)) {
      const wide = utf16Strings(bytes);
      if (wide.length > 0) sink.text({ file, text: wide, binary: true, isName: false });
    }
  };
  const nested = (inner: Uint8Array, name: string) => {
    sink.entry();
    if (depth + 1 > limits.maxDepth) {
      sink.skip({ file: name, reason: 'nesting-too-deep', detail: `> ${limits.maxDepth}` });
      return;
    }
    expandBytes(inner, name, sink, limits, depth + 1, budget);
  };
  const stream = (decompress: (maxOutputLength: number) => Uint8Array, what: string) => {
    let inner: Uint8Array;
    try {
      inner = decompress(Math.max(1, budget.left));
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      sink.skip({ file, reason: tooLarge ? 'too-large' : 'archive-error', detail: `${what}: ${message(error)}` });
      binary();
      return;
    }
    budget.left -= inner.length;
    nested(inner, file);
  };

  if (startsWith(bytes, ZIP)) return expandZip(bytes, file, sink, budget, binary, nested);
  if (startsWith(bytes, GZIP)) return stream((max) => gunzipSync(bytes, { maxOutputLength: max }), 'gzip');
  if (startsWith(bytes, ZSTD)) return stream((max) => zstdDecompressSync(bytes, { maxOutputLength: max }), 'zstd');
  if (file.toLowerCase().endsWith('.br') && depth === 0) {
    return stream((max) => brotliDecompressSync(bytes, { maxOutputLength: max }), 'brotli');
  }
  if (startsWith(bytes, PDF)) {
    binary();
    for (const inner of pdfStreams(bytes, budget)) nested(inner, file);
    return;
  }
  const text = decodeText(bytes);
  if (text === undefined) binary();
  else sink.text({ file, text, binary: false, isName: false });
}

function expandZip(
  bytes: Uint8Array,
  file: string,
  sink: ExpandSink,
  budget: { left: number },
  scanRaw: () => void,
  nested: (inner: Uint8Array, name: string) => void,
): void {
  let rawScanned = false;
  const binary = () => {
    if (!rawScanned) scanRaw();
    rawScanned = true;
  };
  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        infos.push(info);
        return false;
      },
    });
  } catch (error) {
    sink.skip({ file, reason: 'archive-error', detail: `zip: ${message(error)}` });
    binary();
    return;
  }
  const declared = infos.reduce((sum, info) => sum + info.originalSize, 0);
  if (declared > budget.left) {
    sink.skip({ file, reason: 'too-large', detail: `zip: ${declared} bytes` });
    binary();
    return;
  }
  budget.left -= declared;
  let entries: Record<string, Uint8Array> | undefined;
  try {
    entries = unzipSync(bytes);
  } catch {
    entries = undefined;
  }
  for (const info of [...infos].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = `${file}!${info.name}`;
    sink.text({ file: name, text: info.name, binary: false, isName: true });
    if (info.name.endsWith('/')) continue;
    let content = entries?.[info.name];
    if (!content) {
      try {
        content = unzipSync(bytes, { filter: (candidate) => candidate.name === info.name })[info.name];
      } catch (error) {
        sink.skip({ file: name, reason: 'archive-error', detail: `zip: ${message(error)}` });
        binary();
        continue;
      }
    }
    if (!content) {
      sink.skip({ file: name, reason: 'archive-error', detail: 'zip: entry not extracted' });
      continue;
    }
    nested(content, name);
  }
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** The Flate-compressed streams of a PDF that inflate (others are images or not compressed). */
function pdfStreams(bytes: Uint8Array, budget: { left: number }): Uint8Array[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  let from = 0;
  for (;;) {
    const start = buffer.indexOf(STREAM, from);
    if (start < 0) break;
    let body = start + STREAM.length;
    if (buffer[body] === 0x0d) body++;
    if (buffer[body] === 0x0a) body++;
    const end = buffer.indexOf(END_STREAM, body);
    if (end < 0) break;
    from = end + END_STREAM.length;
    if (buffer[start - 1] === 0x64 /* the "stream" of "endstream" */) continue;
    try {
      const inflated = inflateSync(buffer.subarray(body, end), { maxOutputLength: Math.max(1, budget.left) });
      budget.left -= inflated.length;
      out.push(inflated);
    } catch {
      // not Flate, or an image: the raw bytes were scanned already
    }
  }
  return out;
}
