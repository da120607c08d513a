/**
 * The order of the rankings (src/site/rankings/order.ts, shared by the static pages and the sort
 * script), the low-coverage rule and the ranking pages' paths.
 */
import { describe, expect, it } from 'vitest';
import { RANKING_MEASURES, rankingPaths } from '../../src/site/rankings/measures.ts';
import { compareValues, rankBy, sortByName, type SortValue } from '../../src/site/rankings/order.ts';

type Item = { name: string; v: SortValue };
const rank = (items: Item[], direction: 'asc' | 'desc' = 'desc') =>
  rankBy(items, (i) => i.v, (i) => i.name, direction).map((r) => `${r.rank ?? '–'} ${r.item.name}`);

describe('rankBy', () => {
  it('puts the highest first with rank 1, equal values share the better rank (1, 2, 2, 4), ties by name', () => {
    const items = [
      { name: 'Kota B', v: 20 },
      { name: 'Kota A', v: 35.5 },
      { name: 'Kota D', v: 20 },
      { name: 'Kota C', v: 20 },
      { name: 'Kota E', v: 0 },
    ];
    expect(rank(items)).toEqual(['1 Kota A', '2 Kota B', '2 Kota C', '2 Kota D', '5 Kota E']);
  });

  it('sorts marks last, unranked, [c] before [x] before [z], whatever the direction; a mark is never 0', () => {
    const items = [
      { name: 'Zeta', v: '[x]' },
      { name: 'Alfa', v: '[z]' },
      { name: 'Beta', v: 0 },
      { name: 'Gama', v: '[c]' },
      { name: 'Delta', v: undefined },
      { name: 'Eta', v: '[c]' },
      { name: 'Kapa', v: 3 },
    ];
    expect(rank(items)).toEqual(['1 Kapa', '2 Beta', '– Eta', '– Gama', '– Zeta', '– Alfa', '– Delta']);
    expect(rank(items, 'asc')).toEqual(['1 Beta', '2 Kapa', '– Eta', '– Gama', '– Zeta', '– Alfa', '– Delta']);
  });

  it('orders names as readers do: case and accents aside, numbers by value', () => {
    expect(sortByName(['kota b', 'Kota 10', 'Kota 2', 'Kota A'], (s) => s)).toEqual(['Kota 2', 'Kota 10', 'Kota A', 'kota b']);
    expect(sortByName(['B', 'A', 'C'], (s) => s, 'desc')).toEqual(['C', 'B', 'A']);
  });

  it('compares numbers in either direction and any mark after any number', () => {
    expect(compareValues(1, 2, 'desc')).toBeGreaterThan(0);
    expect(compareValues(1, 2, 'asc')).toBeLessThan(0);
    expect(compareValues('[c]', -1000, 'asc')).toBeGreaterThan(0);
    expect(compareValues('[c]', -1000, 'desc')).toBeGreaterThan(0);
    expect(compareValues(Number.NaN, 1, 'desc')).toBeGreaterThan(0);
  });
});

describe('rankingPaths', () => {
  it('gives one page per level and measure; the default measure of kab/kota is the rankings page itself', () => {
    for (const lang of ['id', 'en'] as const) {
      const paths = rankingPaths(lang);
      expect(paths).toHaveLength(2 * RANKING_MEASURES.length);
      expect(new Set(paths.map((p) => p.params.slug)).size).toBe(paths.length);
      expect(paths[0]).toMatchObject({ params: { slug: undefined }, props: { level: 'kabkota', measure: RANKING_MEASURES[0] } });
    }
    expect(rankingPaths('id').map((p) => p.params.slug)).toEqual([
      undefined, 'skor', 'cakupan', 'dinilai', 'kegiatan', 'peserta',
      'provinsi', 'provinsi/skor', 'provinsi/cakupan', 'provinsi/dinilai', 'provinsi/kegiatan', 'provinsi/peserta',
    ]);
    expect(rankingPaths('en').map((p) => p.params.slug).slice(6, 8)).toEqual(['provinces', 'provinces/score']);
  });
});
