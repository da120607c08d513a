import type { ProgramRow } from '../contract/program.ts';
import { addReported, emptyTally, withReported, type Tally } from './tally.ts';

export const PROGRAM_TALLY_KEYS = [
  'kegiatan',
  ...withReported('peserta', 'perempuan', 'lulus'), 'lulusRateNumerator', 'lulusBase',
  ...withReported('wirausaha'), 'wirausahaRateNumerator', 'wirausahaBase',
  'incomeChangeWeighted', 'incomeBase', 'incomeBeforeWeighted', 'incomeAfterWeighted',
  ...withReported('anggaran'),
  'perempuanRateNumerator', 'perempuanBase', 'wirausahaOfLulusNumerator', 'wirausahaOfLulusBase',
] as const;
export type ProgramTally = Tally<(typeof PROGRAM_TALLY_KEYS)[number]>;

/** Adds one activity to a tally. Rates use as base only the participants of activities that reported both parts. */
export function tallyProgramRow(tally: ProgramTally, row: ProgramRow): void {
  tally.kegiatan += 1;
  addReported(tally, 'peserta', 'pesertaReported', row.peserta);
  addReported(tally, 'perempuan', 'perempuanReported', row.peserta_perempuan);
  addReported(tally, 'lulus', 'lulusReported', row.lulus);
  addReported(tally, 'wirausaha', 'wirausahaReported', row.berwirausaha);
  addReported(tally, 'anggaran', 'anggaranReported', row.anggaran);
  if (row.lulus !== undefined && row.berwirausaha !== undefined) {
    tally.wirausahaOfLulusNumerator += row.berwirausaha;
    tally.wirausahaOfLulusBase += row.lulus;
  }
  const peserta = row.peserta;
  if (peserta === undefined) return;
  if (row.peserta_perempuan !== undefined) {
    tally.perempuanRateNumerator += row.peserta_perempuan;
    tally.perempuanBase += peserta;
  }
  if (row.lulus !== undefined) {
    tally.lulusRateNumerator += row.lulus;
    tally.lulusBase += peserta;
  }
  if (row.berwirausaha !== undefined) {
    tally.wirausahaRateNumerator += row.berwirausaha;
    tally.wirausahaBase += peserta;
  }
  if (row.pendapatan_sebelum !== undefined && row.pendapatan_sesudah !== undefined) {
    tally.incomeChangeWeighted += peserta * (row.pendapatan_sesudah - row.pendapatan_sebelum);
    tally.incomeBeforeWeighted += peserta * row.pendapatan_sebelum;
    tally.incomeAfterWeighted += peserta * row.pendapatan_sesudah;
    tally.incomeBase += peserta;
  }
}

export const emptyProgramTally = (): ProgramTally => emptyTally(PROGRAM_TALLY_KEYS);
