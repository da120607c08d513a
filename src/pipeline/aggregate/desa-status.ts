import { KATEGORI, type KawasanRow } from '../contract/kawasan.ts';
import type { DesaIndex } from '../reference/desa-index.ts';

/**
 * What the reach and transition tables need of one assessed desa in one year, packed in a
 * number: its category (bits 0–1: index in KATEGORI) and its Bersinar answer (bit 2: reported,
 * bit 3: ya). PRIVATE, like the rows: it never leaves the pipeline, only tallies do.
 */
export type DesaStatus = number;

/** Marks a desa assessed in a status byte (a status itself may be 0). */
const ASSESSED = 16;

/**
 * Desa code (today's) → status, of one year's kawasan file: one byte per desa of the reference,
 * by its position in the reference (0: not assessed). A worker thread hands back `bytes` alone;
 * the thread that started it wraps them with its own copy of the same index.
 */
export class DesaStatuses implements Iterable<[code: string, status: DesaStatus]> {
  readonly index: DesaIndex;
  readonly bytes: Uint8Array;

  constructor(index: DesaIndex, bytes: Uint8Array = new Uint8Array(index.size)) {
    if (bytes.length !== index.size) throw new Error(`desa statuses: ${bytes.length} bytes for ${index.size} desa`);
    this.index = index;
    this.bytes = bytes;
  }

  /** Records the status of a desa of the reference (`code` must be one). */
  set(code: string, status: DesaStatus): void {
    const position = this.index.indexOf(code);
    if (position === -1) throw new Error(`desa statuses: ${code} is not in the reference`);
    this.setAt(position, status);
  }

  /** Records the status of the desa at a position of the index. */
  setAt(position: number, status: DesaStatus): void {
    this.bytes[position] = status | ASSESSED;
  }

  get(code: string): DesaStatus | undefined {
    const position = this.index.indexOf(code);
    return position === -1 ? undefined : this.statusAt(position);
  }

  /** The status of the desa at a position of the index (undefined: not assessed). */
  statusAt(position: number): DesaStatus | undefined {
    const byte = this.bytes[position]!;
    return byte === 0 ? undefined : byte & ~ASSESSED;
  }

  /** The assessed desa with their statuses, in the reference's order. */
  *[Symbol.iterator](): Iterator<[code: string, status: DesaStatus]> {
    for (let position = 0; position < this.bytes.length; position++) {
      const byte = this.bytes[position]!;
      if (byte !== 0) yield [this.index.codeAt(position), byte & ~ASSESSED];
    }
  }
}

export function desaStatusOf(row: Pick<KawasanRow, 'kategori' | 'bersinar'>): DesaStatus {
  const reported = row.bersinar === undefined ? 0 : 4;
  return KATEGORI.indexOf(row.kategori) | reported | (row.bersinar ? 8 : 0);
}

/** 0 bahaya … 3 aman: a smaller rank is more vulnerable. */
export const categoryRank = (status: DesaStatus) => status & 3;
/** Bahaya or Waspada. */
export const isRawan = (status: DesaStatus) => categoryRank(status) < 2;
/** Bersinar: true (ya), false (tidak), undefined (not reported). */
export const bersinarOf = (status: DesaStatus) => ((status & 4) === 0 ? undefined : (status & 8) !== 0);
