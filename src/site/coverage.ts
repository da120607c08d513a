/**
 * The one rule for "too little coverage to compare": a kab/kota (or any region) whose figures come
 * from fewer than 10 desa/kelurahan assessed, or from under 10 % of its desa/kelurahan (the
 * published one-decimal `cakupan_persen`, so 9,9 % is low and 10,0 % is not). Used by every map,
 * the region tables and the map data of the client script.
 */
import type { KawasanRecord } from '../pipeline/publish/public-schema.ts';

export const LOW_COVERAGE = { minAssessed: 10, minPercent: 10 } as const;

/** True when the record's figures rest on too few desa; false when none were assessed (no figures at all). */
export function isLowCoverage(record: Pick<KawasanRecord, 'dinilai' | 'cakupan_persen'>): boolean {
  const assessed = record.dinilai;
  if (typeof assessed !== 'number' || assessed === 0) return false;
  if (assessed < LOW_COVERAGE.minAssessed) return true;
  return typeof record.cakupan_persen === 'number' && record.cakupan_persen < LOW_COVERAGE.minPercent;
}
