/**
 * A minimal deterministic ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end
 * record; deflate via node:zlib; no zip64, no extra fields, no timestamps other than the one
 * given). Same entries, date and Node/zlib version → same bytes. Used to zip the XLSX workbook's
 * parts (xlsx-parts.ts).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** MS-DOS date and time fields for noon of `YYYY-MM-DD` (time-zone free: no Date object). */
export function dosDateTime(date: string): { date: number; time: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1980 || year > 2107) throw new Error(`a ZIP date must be 1980–2107: ${date}`);
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 12 << 11 };
}

interface EntryFields {
  stamp: { date: number; time: number };
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The 26 bytes that a local header (at 4) and its central-directory record (at 6) share: version
 * needed, flags, method, time, date, CRC-32, compressed and uncompressed size, name length.
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // flags: UTF-8 names
  header.writeUInt16LE(8, at + 4); // method: deflate
  header.writeUInt16LE(fields.stamp.time, at + 6);
  header.writeUInt16LE(fields.stamp.date, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}

export function zipBytes(entries: readonly ZipEntry[], date: string, level = 6): Uint8Array {
  const stamp = dosDateTime(date);
  const encoder = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw new Error(`duplicate zip entry ${entry.name}`);
    seen.add(entry.name);
    const name = Buffer.from(encoder.encode(entry.name));
    const compressed = deflateRawSync(entry.data, { level });
    const crc = crc32(entry.data) >>> 0;
    const fields: EntryFields = { stamp, crc, compressedSize: compressed.byteLength, size: entry.data.byteLength, nameLength: name.byteLength };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    // extra length: 0
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    writeEntryFields(central, 6, fields);
    // extra length, comment length, disk number, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + compressed.byteLength;
    if (offset > 0xffffffff) throw new Error('zip too large (no zip64)');
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
