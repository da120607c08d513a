import { KATEGORI, type KawasanRow } from '../contract/kawasan.ts';

/**
 * What the reach and transition tables need of one assessed desa in one year, packed in a
 * number: its category (bits 0–1: index in KATEGORI) and its Bersinar answer (bit 2: reported,
 * bit 3: ya). PRIVATE, like the rows: it never leaves the pipeline, only tallies do.
 */
export type DesaStatus = number;

/** Desa code (today's) → status, of one year's kawasan file. */
export type DesaStatuses = Map<string, DesaStatus>;

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
