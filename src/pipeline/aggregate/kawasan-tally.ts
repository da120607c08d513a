import { KATEGORI, type KawasanRow } from '../contract/kawasan.ts';
import { addFlag, addReported, emptyTally, withReported, type Tally } from './tally.ts';

export const KAWASAN_TALLY_KEYS = [
  'dinilai', ...KATEGORI,
  /** Scores in thousandths (whole numbers: the sum is exact, whatever the order of the rows). */
  'skorMilli', 'skorReported',
  ...withReported('bersinar', 'kasus', 'tersangka', 'pengguna', 'bandar', 'kurir', 'produksi'),
] as const;
export type KawasanTally = Tally<(typeof KAWASAN_TALLY_KEYS)[number]>;

/** Adds one assessed desa to a tally. */
export function tallyKawasanRow(tally: KawasanTally, row: KawasanRow): void {
  tally.dinilai += 1;
  tally[row.kategori] += 1;
  addReported(tally, 'skorMilli', 'skorReported', row.skor === undefined ? undefined : Math.round(row.skor * 1000));
  addFlag(tally, 'bersinar', 'bersinarReported', row.bersinar);
  addReported(tally, 'kasus', 'kasusReported', row.kasus_narkoba);
  addReported(tally, 'tersangka', 'tersangkaReported', row.tersangka);
  addReported(tally, 'pengguna', 'penggunaReported', row.pengguna);
  addFlag(tally, 'bandar', 'bandarReported', row.ada_bandar);
  addFlag(tally, 'kurir', 'kurirReported', row.ada_kurir);
  addFlag(tally, 'produksi', 'produksiReported', row.ada_produksi);
}

export const emptyKawasanTally = (): KawasanTally => emptyTally(KAWASAN_TALLY_KEYS);
