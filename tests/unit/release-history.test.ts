/**
 * Suppression and audit across releases (src/pipeline/protect/release-history.ts), on tiny tables:
 * one province with three kab/kota, drug users only. The independent attack on whole builds is
 * tests/unit/privacy-across-releases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/pipeline/aggregate/regions.ts';
import { protectPublicTables, ReleaseHistoryError, type EarlierReleaseTables } from '../../src/pipeline/protect/public-tables.ts';
import type { KawasanRecord } from '../../src/pipeline/publish/public-schema.ts';

const config = { threshold: 10, possibleValues: 10 };
const region = (level: Region['level'], code: string, parentCode: string): Region => ({ level, code, name: code, parentCode, desaTotal: 10, formerCodes: [] });
const REGIONS = [region('nasional', 'ID', ''), region('provinsi', '76', 'ID'), ...['76.01', '76.02', '76.03'].map((code) => region('kabkota', code, '76'))];

/** Kawasan records of 2024: drug users per kab/kota, totals added up. */
function year2024(users: [number, number, number]): KawasanRecord[] {
  const total = users[0] + users[1] + users[2];
  const values: Record<string, number> = { ID: total, '76': total, '76.01': users[0], '76.02': users[1], '76.03': users[2] };
  return REGIONS.map((r) => ({ tahun: 2024, tingkat: r.level, kode: r.code, pengguna: values[r.code], tersangka: '[x]' }) as unknown as KawasanRecord);
}

async function protect(users: [number, number, number], earlier: EarlierReleaseTables[] = []) {
  const result = await protectPublicTables(REGIONS, year2024(users), [], config, earlier);
  const shown = Object.fromEntries(result.kawasan.map((r) => [r.kode, (r as unknown as { pengguna: number | string }).pengguna]));
  return { ...result, shown };
}

/** A build as the release it would be cut as. */
const asRelease = (id: string, built: Awaited<ReturnType<typeof protect>>): EarlierReleaseTables => ({
  id,
  kawasan: built.kawasan as unknown as Record<string, unknown>[],
  program: [],
  hiddenValues: built.hiddenValues,
});

describe('a revised published count cannot be differenced against the old release', () => {
  it('release A publishes everything; B revises 76.01 from 13 to 4', async () => {
    const a = await protect([13, 24, 159]);
    expect(a.shown).toEqual({ ID: 196, '76': 196, '76.01': 13, '76.02': 24, '76.03': 159 });

    // Alone, B hides 4 and one complement, and would publish the new province total 187:
    // with 24 and 159 published in A, 187 − 24 − 159 = 4.
    const alone = await protect([4, 24, 159]);
    expect(alone.shown['76.01']).toBe('[c]');
    expect(alone.shown['76']).toBe(187);

    const b = await protect([4, 24, 159], [asRelease('2024.1', a)]);
    expect(b.report.failures).toEqual([]);
    // 24 and 159 were published and did not change: they stay published (hiding them hides nothing) …
    expect(b.shown['76.02']).toBe(24);
    expect(b.shown['76.03']).toBe(159);
    // … so the revised totals are what must go.
    expect(b.shown['76.01']).toBe('[c]');
    expect(b.shown['76']).toBe('[c]');
    expect(b.shown.ID).toBe('[c]');
    expect(b.report.releases).toMatchObject({ releases: ['2024.1'], revised: 3, keepPublished: 2, earlierRelations: 2 });
  });
});

describe('a count hidden in an earlier release stays protected', () => {
  it('its complement stays hidden, and the revised total with it', async () => {
    const a = await protect([7, 30, 50]);
    expect(a.shown['76.01']).toBe('[c]');
    expect(a.shown['76.02']).toBe('[c]');
    expect(a.shown['76']).toBe(87);
    // B: 76.01 revised to 12 (≥ k, so B alone publishes everything: 87 − 30 − 50 = 7 in A).
    const alone = await protect([12, 30, 50]);
    expect(Object.values(alone.shown)).not.toContain('[c]');

    const b = await protect([12, 30, 50], [asRelease('2024.1', a)]);
    expect(b.report.failures).toEqual([]);
    expect(b.shown['76.02']).toBe('[c]');
    expect(b.report.releases.keptHidden).toBe(1);
    // With 76.02 hidden in both, the new 76.01 or the new total must go too (92 − 50 − 12 = 30, 87 − 50 − 30 = 7).
    expect([b.shown['76.01'], b.shown['76']]).toContain('[c]');
  });

  it('without the private record, hidden counts are taken as unchanged, and a contradiction stops the build', async () => {
    const a = await protect([7, 30, 50]);
    const { hiddenValues: _private, ...withoutRecord } = asRelease('2024.1', a);
    await expect(protect([12, 30, 50], [withoutRecord])).rejects.toThrow(ReleaseHistoryError);
    const unchanged = await protect([7, 30, 50], [withoutRecord]);
    expect(unchanged.report.failures).toEqual([]);
    expect(unchanged.shown).toEqual(a.shown);
  });
});

describe('cutting a release is a fixed point', () => {
  it('a build of the same data with its own release in the history publishes the same tables', async () => {
    const a = await protect([7, 30, 50]);
    const b = await protect([4, 30, 50], [asRelease('2024.1', a)]);
    const again = await protect([4, 30, 50], [asRelease('2024.1', a), asRelease('2025.1', b)]);
    expect(again.shown).toEqual(b.shown);
    expect(again.hiddenValues).toEqual(b.hiddenValues);
  });
});

describe('a failure names the cell, the releases and the range', () => {
  it('a small count that an earlier release published cannot be protected any more: the build must stop', async () => {
    // As if an earlier release had published everything, 5 included (e.g. under a lower threshold).
    const leaky = year2024([5, 24, 159]) as unknown as Record<string, unknown>[];
    const b = await protect([5, 24, 159], [{ id: '2023.1', kawasan: leaky, program: [], hiddenValues: new Map() }]);
    expect(b.report.failures).toEqual([expect.objectContaining({ label: '2024|76.01|kawasan|pengguna', min: 5, max: 5 })]);
  });

  it('a count hidden in an earlier release and worked out now is named with that release', async () => {
    const a = await protect([7, 30, 50]);
    const b = await protect([12, 30, 50], [asRelease('2024.1', a)]);
    expect(b.report.failures).toEqual([]);
    // The same problem with the complement forced out: 87 − 50 − 30 = 7.
    const { disclosureLogLines } = await import('../../src/pipeline/protect/report.ts');
    const lines = disclosureLogLines({ ...b.report, failures: [{ label: '2024.1: 2024|76.01|kawasan|pengguna', releases: ['2024.1'], min: 7, max: 7 }], audit: { ...b.report.audit, failures: [{ cell: 0, label: 'x', value: 7, min: 7, max: 7, bound: 'exact' }] } }, 1);
    expect(lines.join('\n')).toContain('2024.1: 2024|76.01|kawasan|pengguna ([c] di / in: 2024.1): rentang / range 7 … 7');
  });
});
