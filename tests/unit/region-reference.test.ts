import { getVillages } from 'idn-area-data';
import { describe, expect, it } from 'vitest';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';

describe('the region reference', () => {
  it('reads the same desa codes, in the same order, as the package’s getVillages()', async () => {
    const [reference, villages] = await Promise.all([loadRegionReference(), getVillages()]);
    expect([...reference.desaCodes]).toEqual(villages.map((village) => village.code));
    const counts = new Map<string, number>();
    for (const { code } of villages) counts.set(code.slice(0, 5), (counts.get(code.slice(0, 5)) ?? 0) + 1);
    expect([...reference.desaCountByKabkota]).toEqual([...counts]);
  });
});
