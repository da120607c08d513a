import type { ProgramRow } from '../contract/program.ts';
import { REACH_GROUPS, type JenisWithTotal, type ReachGroup } from '../publish/public-schema.ts';
import { addReported, emptyTally, withReported, type Tally } from './tally.ts';

/** Activities of one desa (or one group of desa): counts, participants, budget, and budget per participant's base. */
export const ACTIVITY_TALLY_KEYS = [
  'kegiatan', ...withReported('peserta', 'anggaran'),
  /** Budget and participants of the activities that reported both (the per-participant mean). */
  'biayaAnggaran', 'biayaPeserta',
] as const;
export type ActivityTally = Tally<(typeof ACTIVITY_TALLY_KEYS)[number]>;
export const emptyActivityTally = (): ActivityTally => emptyTally(ACTIVITY_TALLY_KEYS);

export function tallyActivity(tally: ActivityTally, row: Pick<ProgramRow, 'peserta' | 'anggaran'>): void {
  tally.kegiatan += 1;
  addReported(tally, 'peserta', 'pesertaReported', row.peserta);
  addReported(tally, 'anggaran', 'anggaranReported', row.anggaran);
  if (row.peserta !== undefined && row.anggaran !== undefined) {
    tally.biayaAnggaran += row.anggaran;
    tally.biayaPeserta += row.peserta;
  }
}

/** The activities of one desa in one year, per kind and in total (`semua`). PRIVATE: desa-level. */
export type DesaActivities = Partial<Record<JenisWithTotal, ActivityTally>>;
/** Desa code (today's) → its activities, of one year's program file. */
export type DesaPrograms = Map<string, DesaActivities>;

export function addDesaActivity(programs: DesaPrograms, row: ProgramRow): void {
  let desa = programs.get(row.kode_desa);
  if (!desa) programs.set(row.kode_desa, (desa = {}));
  for (const jenis of ['semua', row.jenis] as const) tallyActivity((desa[jenis] ??= emptyActivityTally()), row);
}

/**
 * Reach of one region, year and kind: activities per group of desa, rawan desa with at least one
 * activity, and (PRIVATE, never published: the size of the programme group that disclosure
 * control protects) all desa with at least one activity.
 */
export type ReachTally = Record<ReachGroup, ActivityTally> & { desaRawanTerjangkau: number; desaProgram: number };
export const emptyReachTally = (): ReachTally => ({
  ...(Object.fromEntries(REACH_GROUPS.map((group) => [group, emptyActivityTally()])) as Record<ReachGroup, ActivityTally>),
  desaRawanTerjangkau: 0,
  desaProgram: 0,
});
