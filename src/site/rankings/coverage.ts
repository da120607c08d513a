/**
 * Low coverage: too few desa/kelurahan assessed for a region's figures to stand for the whole
 * region — fewer than LOW_COVERAGE.minAssessed desa, or under LOW_COVERAGE.minPercent % of all
 * its desa. The same rule, with the same names, as src/site/map/coverage.ts on the map-colours
 * branch; when both are merged, this file gives way to an import of that module.
 */
import type { Cell } from '../format/index.ts';

export const LOW_COVERAGE = { minAssessed: 10, minPercent: 10 } as const;

/** Whether a record's coverage is low; a region with no desa assessed (`[x]`) is low too. */
export function isLowCoverage(record: { dinilai: Cell; cakupan_persen: Cell }): boolean {
  const assessed = typeof record.dinilai === 'number' ? record.dinilai : 0;
  const percent = typeof record.cakupan_persen === 'number' ? record.cakupan_persen : 0;
  return assessed < LOW_COVERAGE.minAssessed || percent < LOW_COVERAGE.minPercent;
}
