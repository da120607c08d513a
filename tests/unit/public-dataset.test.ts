/**
 * The attacks of the disclosure issue, run through the real pipeline (aggregate → protect →
 * public tables) on small hand-made inputs: each small count must come out as [c], every
 * published relation must hold zero or at least two hidden cells, and the audit must pass.
 */
import { describe, expect, it } from 'vitest';
import type { KawasanRow } from '../../src/pipeline/contract/kawasan.ts';
import type { ProgramRow } from '../../src/pipeline/contract/program.ts';
import { DISCLOSURE_CONFIG } from '../../src/pipeline/protect/config.ts';
import { buildPublicDataset } from '../../src/pipeline/publish/public-dataset.ts';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { tallyYear } from '../../src/pipeline/aggregate/aggregate.ts';
import type { ValidatedInputs, YearInputs } from '../../src/pipeline/validate/inputs.ts';

const desa = (kab: string, n: number) => `${kab}.01.${String(1000 + n)}`;
let programId = 0;
const k = (kode_desa: string, extra: Partial<KawasanRow>): KawasanRow => ({ kode_desa, kategori: 'waspada', ...extra });
const p = (kode_desa: string, extra: Partial<ProgramRow>): ProgramRow => ({ id: `P${++programId}`, kode_desa, jenis: 'pelatihan_keterampilan', ...extra });

/** One year of validated rows, added up per kab/kota as the validator does. */
const yearInputs = (tahun: number, kawasan: KawasanRow[], program: ProgramRow[]): YearInputs => ({
  ...tallyYear(tahun, kawasan, program),
  kawasanRows: kawasan.length,
  programRows: program.length,
});

// DKI Jakarta: 31.01 Kepulauan Seribu, 31.71 … 31.75.
const inputs: ValidatedInputs = {
  meta: { title: 't', publisher: 'p', license: 'CC-BY-4.0', contact: 'c', synthetic: true },
  crosswalk: [],
  privateValues: new Map(),
  privateColumnsByFile: new Map(),
  years: [
    yearInputs(
      2023,
      [k(desa('31.71', 1), { pengguna: 30 }), k(desa('31.72', 1), { pengguna: 25 }), k(desa('31.73', 1), { pengguna: 20 }), k(desa('31.74', 1), { pengguna: 40 })],
      [p(desa('31.71', 1), { peserta: 40, peserta_perempuan: 20 }), p(desa('31.74', 1), { peserta: 30, peserta_perempuan: 15 })],
    ),
    yearInputs(
      2024,
      [
        k(desa('31.71', 1), { pengguna: 4 }), // a small count: derivable from the province total unless another kab/kota is hidden too
        k(desa('31.72', 1), { pengguna: 25 }),
        k(desa('31.73', 1), { pengguna: 30 }),
        k(desa('31.74', 1), { pengguna: 40 }),
        k(desa('31.75', 1), { pengguna: 50 }),
      ],
      [
        p(desa('31.72', 1), { peserta: 15, peserta_perempuan: 12 }), // 3 men: participants − women
        p(desa('31.73', 1), { peserta: 40, peserta_perempuan: 20 }),
        p(desa('31.75', 1), { peserta: 35, peserta_perempuan: 18 }),
      ],
    ),
  ],
};

describe('public dataset under attack', async () => {
  const reference = await loadRegionReference();
  const { dataset, disclosure } = await buildPublicDataset(inputs, reference, DISCLOSURE_CONFIG);
  const kawasan = (year: number, kode: string) => dataset.kawasan.find((r) => r.tahun === year && r.kode === kode)!;
  const program = (year: number, kode: string, jenis = 'semua') =>
    dataset.program.find((r) => r.tahun === year && r.kode === kode && r.jenis === jenis)!;
  const dkiKabkota = ['31.01', '31.71', '31.72', '31.73', '31.74', '31.75'];

  it('passes its own audit', () => {
    expect(disclosure.failures).toEqual([]);
    expect(disclosure.audit.failures).toEqual([]);
    expect(disclosure.audit.fewestPossibleValues).toBeGreaterThanOrEqual(DISCLOSURE_CONFIG.possibleValues);
  });

  it('row and province totals: the small kab/kota count is hidden along with a complement', () => {
    expect(kawasan(2024, '31.71').pengguna).toBe('[c]');
    const hidden = dkiKabkota.filter((code) => kawasan(2024, code).pengguna === '[c]');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(kawasan(2024, '31').pengguna).toBe(149);
    expect(typeof kawasan(2024, 'ID').pengguna).toBe('number');
  });

  it('women vs participants: three men cannot be derived', () => {
    const record = program(2024, '31.72', 'pelatihan_keterampilan');
    const published = [record.peserta, record.peserta_perempuan].filter((v) => typeof v === 'number');
    expect(published.length).toBeLessThan(2);
    expect(record.lulus_persen === '[c]' || record.lulus_persen === '[z]').toBe(true);
  });

  it('two years: the change of a hidden count is hidden too', () => {
    expect(kawasan(2023, '31.71').pengguna).toBe(30);
    expect(kawasan(2024, '31.71').pengguna_perubahan).toBe('[c]');
    expect(kawasan(2024, '31.72').pengguna_perubahan).toBe(kawasan(2024, '31.72').pengguna === '[c]' ? '[c]' : 0);
  });

  it('no published relation holds exactly one hidden cell', () => {
    for (const year of [2023, 2024]) {
      const kids = dkiKabkota.map((code) => kawasan(year, code).pengguna);
      const hiddenKids = kids.filter((v) => v === '[c]').length;
      const province = kawasan(year, '31').pengguna;
      expect(hiddenKids + (province === '[c]' ? 1 : 0)).not.toBe(1);
      for (const code of ['31', ...dkiKabkota]) {
        const parts = ['pelatihan_keterampilan', 'kewirausahaan', 'bimtek_pendamping', 'sosialisasi_p4gn', 'kampung_bersinar'].map(
          (jenis) => program(year, code, jenis).peserta,
        );
        const hidden = parts.filter((v) => v === '[c]').length + (program(year, code).peserta === '[c]' ? 1 : 0);
        expect(hidden, `${year} ${code}`).not.toBe(1);
      }
    }
  });

  it('keeps every region, with [x] where no desa was assessed', () => {
    expect(dataset.kawasan.filter((r) => r.tahun === 2024)).toHaveLength(553);
    expect(kawasan(2024, '11.01')).toMatchObject({ dinilai: 0, bahaya: '[x]', rawan_persen: '[x]', pengguna: '[x]' });
  });

  it('reach: participants in rawan, Siaga/Aman and unassessed desa add up to participants; the split of a kab/kota with one programme desa is hidden', () => {
    const reach = (year: number, kode: string) => dataset.jangkauan.find((r) => r.tahun === year && r.kode === kode && r.jenis === 'semua')!;
    // 2024: one programme desa in 31.73 (assessed waspada): its split would name its category.
    expect(reach(2024, '31.73')).toMatchObject({ kegiatan_rawan: '[c]', kegiatan_tidak_rawan: '[c]', peserta_rawan: '[c]', anggaran_rawan: '[c]', desa_rawan: 1, desa_rawan_terjangkau: '[c]', desa_rawan_terjangkau_persen: '[c]' });
    for (const code of ['31', ...dkiKabkota]) {
      const r = reach(2024, code);
      const total = program(2024, code).peserta;
      const parts = [r.peserta_rawan, r.peserta_tidak_rawan, r.peserta_tidak_dinilai];
      if (typeof total === 'number' && parts.every((v) => typeof v === 'number')) expect(parts.reduce((a, b) => (a as number) + (b as number), 0)).toBe(total);
      const hidden = parts.filter((v) => v === '[c]').length + (total === '[c]' ? 1 : 0);
      expect(hidden, code).not.toBe(1);
    }
    // Per kind, the split by the desa's category is not published: [z].
    expect(dataset.jangkauan.find((r) => r.tahun === 2024 && r.kode === '31.73' && r.jenis === 'pelatihan_keterampilan')!).toMatchObject({ peserta_rawan: '[z]', kegiatan_rawan: '[z]', desa_rawan_terjangkau: '[z]' });
  });

  it('transitions: desa assessed in both years, split by a programme in the first year; the splits add up; a one-desa programme group is hidden', () => {
    const moved = (kode: string, split: string) => dataset.peralihan.find((r) => r.tahun === 2024 && r.kode === kode && r.program === split)!;
    expect(dataset.peralihan.some((r) => r.tahun === 2023)).toBe(false);
    // 31.71: one desa with a programme in 2023; with and without a programme hidden together.
    expect(moved('31.71', 'ada_program')).toMatchObject({ dinilai_dua_tahun: '[c]', rawan_awal: '[c]', rawan_keluar: '[c]', rawan_keluar_persen: '[c]' });
    expect(moved('31.71', 'tanpa_program').dinilai_dua_tahun).toBe('[c]');
    for (const field of ['dinilai_dua_tahun', 'rawan_awal', 'rawan_keluar', 'rawan_tetap', 'kategori_membaik', 'kategori_tetap', 'kategori_memburuk'] as const) {
      const [withP, withoutP] = [moved('31', 'ada_program')[field], moved('31', 'tanpa_program')[field]];
      if (typeof withP === 'number' && typeof withoutP === 'number') expect(withP + withoutP).toBe(moved('31', 'semua')[field]);
      else expect([withP, withoutP]).toEqual(['[c]', '[c]']);
    }
    // Where a record is published, its counts add up (a tiny dataset hides even totals: every group is small).
    const published = dataset.peralihan.filter((r) => r.tahun === 2024 && r.dinilai_dua_tahun !== 0 && [r.dinilai_dua_tahun, r.kategori_membaik, r.kategori_tetap, r.kategori_memburuk, r.rawan_awal, r.rawan_keluar, r.rawan_tetap].every((v) => typeof v === 'number'));
    expect(published.length).toBeGreaterThan(0);
    const n = (cell: number | string) => cell as number;
    for (const all of published) {
      expect(n(all.kategori_membaik) + n(all.kategori_tetap) + n(all.kategori_memburuk)).toBe(all.dinilai_dua_tahun);
      expect(n(all.rawan_keluar) + n(all.rawan_tetap)).toBe(all.rawan_awal);
    }
  });

  it('outcomes: the women share and income means of a hidden record are hidden; the audit covers the income base', () => {
    const outcome = (year: number, kode: string, jenis = 'semua') => dataset.hasil.find((r) => r.tahun === year && r.kode === kode && r.jenis === jenis)!;
    const record = program(2024, '31.72', 'pelatihan_keterampilan');
    if (record.peserta === '[c]' || record.peserta_perempuan === '[c]') expect(outcome(2024, '31.72', 'pelatihan_keterampilan').perempuan_persen).toBe('[c]');
    expect(outcome(2024, '31.73').peserta_pendapatan).toBe(0);
    expect(outcome(2024, '31.73').pendapatan_sebelum_rata).toBe('[z]');
  });
});
