import { emptyTally, type Tally } from './tally.ts';
import { bersinarOf, categoryRank, isRawan, type DesaStatus } from './desa-status.ts';

/** How the desa assessed in two consecutive years moved between categories (counts of desa). */
export const TRANSITION_TALLY_KEYS = [
  'dinilaiDuaTahun',
  'rawanAwal', 'rawanKeluar', 'rawanTetap',
  'tidakRawanAwal', 'tidakRawanMasuk', 'tidakRawanTetap',
  'membaik', 'tetap', 'memburuk',
  'bersinarBaru',
] as const;
export type TransitionTally = Tally<(typeof TRANSITION_TALLY_KEYS)[number]>;
export const emptyTransitionTally = (): TransitionTally => emptyTally(TRANSITION_TALLY_KEYS);

/** Adds one desa assessed in both years: its status in the first year and in the second. */
export function tallyTransition(tally: TransitionTally, before: DesaStatus, after: DesaStatus): void {
  tally.dinilaiDuaTahun += 1;
  if (isRawan(before)) {
    tally.rawanAwal += 1;
    if (isRawan(after)) tally.rawanTetap += 1;
    else tally.rawanKeluar += 1;
  } else {
    tally.tidakRawanAwal += 1;
    if (isRawan(after)) tally.tidakRawanMasuk += 1;
    else tally.tidakRawanTetap += 1;
  }
  const step = categoryRank(after) - categoryRank(before);
  if (step > 0) tally.membaik += 1;
  else if (step < 0) tally.memburuk += 1;
  else tally.tetap += 1;
  // Became Bersinar: "tidak" in the first year, "ya" in the second.
  if (bersinarOf(before) === false && bersinarOf(after) === true) tally.bersinarBaru += 1;
}
