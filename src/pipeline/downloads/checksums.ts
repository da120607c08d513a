import { createHash } from 'node:crypto';

/** SHA-256 of bytes or UTF-8 text, as 64 lower-case hex digits. */
export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export interface ChecksumEntry {
  /** Relative to the folder that holds the SHA256SUMS file, `/`-separated. */
  path: string;
  sha256: string;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A `SHA256SUMS` file in the format of GNU `sha256sum` (`<hex>  <path>`, LF line ends), sorted by
 * path, so that `sha256sum -c SHA256SUMS` in the folder checks every file.
 */
export function sha256sumsText(entries: readonly ChecksumEntry[]): string {
  const sorted = [...entries].sort((a, b) => byteOrder(a.path, b.path));
  for (const entry of sorted) {
    if (!/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`not a SHA-256: ${entry.sha256}`);
    if (/[\n\\]/.test(entry.path) || entry.path.startsWith('/')) throw new Error(`path cannot be listed in SHA256SUMS: ${entry.path}`);
  }
  return sorted.map((entry) => `${entry.sha256}  ${entry.path}\n`).join('');
}

/** Reads a `SHA256SUMS` file (text or binary mode markers). */
export function parseSha256Sums(text: string): ChecksumEntry[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match) throw new Error(`not a sha256sum line: ${line}`);
      return { sha256: match[1]!, path: match[2]! };
    });
}
