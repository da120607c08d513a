/** Turning the bytes of a CSV file into text, the way Excel's "CSV UTF-8" writes it. */

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; problem: 'file.utf16' | 'file.encoding'; line?: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
    return { ok: false, problem: 'file.utf16' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = decoder.decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    return { ok: false, problem: 'file.encoding', line: lineOfFirstInvalidByte(bytes) };
  }
}

/** UTF-16 without a byte order mark: the header's first two letters each come with a zero byte. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [a, b, c, d] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  return (a !== 0 && b === 0 && c !== 0 && d === 0) || (a === 0 && b !== 0 && c === 0 && d !== 0);
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    if ((bytes[i] ?? 0) >= 0x80) {
      try {
        decoder.decode(bytes.subarray(lineStart, nextNewline(bytes, i)));
      } catch {
        return line;
      }
    }
  }
  return line;
}

function nextNewline(bytes: Uint8Array, from: number): number {
  const index = bytes.indexOf(0x0a, from);
  return index === -1 ? bytes.length : index;
}
