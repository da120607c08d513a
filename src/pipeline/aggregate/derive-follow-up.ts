/**
 * The public records of the programmes' reach, what follows in the mapped desa, and the
 * participants' outcomes, before disclosure control (see derive.ts for the other tables).
 */
import { MARKERS } from '../publish/markers.ts';
import {
  REACH_GROUPS,
  type JenisWithTotal,
  type OutcomeRecord,
  type ProgramSplit,
  type ReachGroup,
  type ReachRecord,
  type TransitionRecord,
} from '../publish/public-schema.ts';
import { dimensionsOf, percent, reported, round, type Cell } from './derive.ts';
import type { KawasanTally } from './kawasan-tally.ts';
import type { ProgramTally } from './program-tally.ts';
import type { ActivityTally, ReachTally } from './reach-tally.ts';
import type { Region } from './regions.ts';
import type { TransitionTally } from './transition-tally.ts';

/**
 * How many persons each mean of the reach table rests on, and how many desa had an activity
 * (`desa_program`: the programme group whose categories the split would reveal; never published),
 * for disclosure control.
 */
export type ReachBases = Record<`anggaran_per_peserta_${ReachGroup}` | 'desa_program', number>;

const mean = (sum: number, base: number): Cell => (base === 0 ? MARKERS.notApplicable : Math.round(sum / base));

export function deriveReachRecord(region: Region, year: number, jenis: JenisWithTotal, reach: ReachTally, kawasan: KawasanTally): { record: ReachRecord; bases: ReachBases } {
  const assessed = kawasan.dinilai > 0;
  const rawan = kawasan.bahaya + kawasan.waspada;
  const sum = (group: ActivityTally, value: number, rows: number): Cell => (group.kegiatan === 0 ? 0 : reported(value, rows));
  // The split by the desa's category (rawan desa reached, activities, participants and budget per
  // group) only for all kinds together: per kind it would split programme groups of a desa or two
  // once more, and each of those cells would have to be protected (see protect/config.ts).
  const split = jenis === 'semua';
  const record = {
    ...dimensionsOf(region, year),
    jenis,
    desa_rawan: assessed ? rawan : MARKERS.noData,
    desa_rawan_terjangkau: !split ? MARKERS.notApplicable : assessed ? reach.desaRawanTerjangkau : MARKERS.noData,
    desa_rawan_terjangkau_persen: !split ? MARKERS.notApplicable : assessed ? percent(reach.desaRawanTerjangkau, rawan) : MARKERS.noData,
  } as Record<string, unknown>;
  const bases = { desa_program: reach.desaProgram } as ReachBases;
  for (const group of REACH_GROUPS) {
    const t = reach[group];
    record[`kegiatan_${group}`] = split ? t.kegiatan : MARKERS.notApplicable;
    record[`peserta_${group}`] = split ? sum(t, t.peserta, t.pesertaReported) : MARKERS.notApplicable;
    record[`anggaran_${group}`] = split ? sum(t, t.anggaran, t.anggaranReported) : MARKERS.notApplicable;
    record[`anggaran_per_peserta_${group}`] = split ? mean(t.biayaAnggaran, t.biayaPeserta) : MARKERS.notApplicable;
    bases[`anggaran_per_peserta_${group}`] = t.biayaPeserta;
  }
  return { record: record as ReachRecord, bases };
}

/** The desa assessed in `year` − 1 and `year`, by how their category moved. */
export function deriveTransitionRecord(region: Region, year: number, program: ProgramSplit, t: TransitionTally): TransitionRecord {
  return {
    ...dimensionsOf(region, year),
    program,
    dinilai_dua_tahun: t.dinilaiDuaTahun,
    rawan_awal: t.rawanAwal,
    rawan_keluar: t.rawanKeluar,
    rawan_tetap: t.rawanTetap,
    tidak_rawan_awal: t.tidakRawanAwal,
    tidak_rawan_masuk: t.tidakRawanMasuk,
    tidak_rawan_tetap: t.tidakRawanTetap,
    kategori_membaik: t.membaik,
    kategori_tetap: t.tetap,
    kategori_memburuk: t.memburuk,
    bersinar_baru: t.bersinarBaru,
    rawan_keluar_persen: percent(t.rawanKeluar, t.rawanAwal),
    tidak_rawan_masuk_persen: percent(t.tidakRawanMasuk, t.tidakRawanAwal),
  };
}

/** How many persons each rate or mean of the outcome table rests on (for disclosure control). */
export type OutcomeBases = Record<'perempuan_persen' | 'berwirausaha_dari_lulus_persen' | 'pendapatan_sebelum_rata' | 'pendapatan_sesudah_rata' | 'pendapatan_perubahan_persen', number>;

export function deriveOutcomeRecord(region: Region, year: number, jenis: JenisWithTotal, t: ProgramTally): { record: OutcomeRecord; bases: OutcomeBases } {
  const income = t.incomeBase;
  return {
    record: {
      ...dimensionsOf(region, year),
      jenis,
      perempuan_persen: percent(t.perempuanRateNumerator, t.perempuanBase),
      berwirausaha_dari_lulus_persen: percent(t.wirausahaOfLulusNumerator, t.wirausahaOfLulusBase),
      peserta_pendapatan: income,
      pendapatan_sebelum_rata: mean(t.incomeBeforeWeighted, income),
      pendapatan_sesudah_rata: mean(t.incomeAfterWeighted, income),
      pendapatan_perubahan_persen: t.incomeBeforeWeighted === 0 ? MARKERS.notApplicable : round((100 * (t.incomeAfterWeighted - t.incomeBeforeWeighted)) / t.incomeBeforeWeighted, 1),
    },
    bases: {
      perempuan_persen: t.perempuanBase,
      berwirausaha_dari_lulus_persen: t.wirausahaOfLulusBase,
      pendapatan_sebelum_rata: income,
      pendapatan_sesudah_rata: income,
      pendapatan_perubahan_persen: income,
    },
  };
}
