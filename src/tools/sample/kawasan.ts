import type { Kategori } from '../../pipeline/contract/kawasan.ts';
import type { YearPlan } from './plan.ts';
import type { Population } from './population.ts';
import type { Random } from './random.ts';

export { KATEGORI, type Kategori } from '../../pipeline/contract/kawasan.ts';
export type InteraksiSosial = 'rendah' | 'sedang' | 'tinggi';

/** One assessed desa in one year. `null` is an empty cell ("not reported"). */
export interface KawasanRecord {
  /** Index into `population.desaCodes`. */
  desa: number;
  /** Current (reference) desa code; old codes are applied when the file is written. */
  kode: string;
  kategori: Kategori;
  skor: number | null;
  kasusNarkoba: number | null;
  tersangka: number | null;
  pengguna: number | null;
  tempatHiburan: number | null;
  kos: number | null;
  adaBandar: boolean | null;
  adaKurir: boolean | null;
  adaProduksi: boolean | null;
  saranaPublikKurang: boolean | null;
  bersinar: boolean | null;
  interaksiSosial: InteraksiSosial | null;
  // Sensitive, obviously fake columns (never published).
  rw: string | null;
  namaKawasan: string | null;
  alamat: string | null;
  lintang: number | null;
  bujur: number | null;
  catatan: string | null;
}

/** Score band of each category: bahaya >= 75, waspada 50-<75, siaga 25-<50, aman < 25. */
export const SKOR_BAND: Readonly<Record<Kategori, { min: number; max: number }>> = {
  bahaya: { min: 75, max: 100 },
  waspada: { min: 50, max: 74.9 },
  siaga: { min: 25, max: 49.9 },
  aman: { min: 0, max: 24.9 },
};

/** Share of optional cells left empty ("not reported"). */
export const EMPTY_CELL_RATE = 0.04;
/** Share of rows where the surveyor filled the location details (sensitive columns). */
const SENSITIVE_ROW_RATE = 0.3;

const INDONESIA_BBOX = { south: -10.9, north: 5.9, west: 95.1, east: 140.9 };

const CATATAN: readonly string[] = [
  'Catatan contoh fiktif, bukan data nyata',
  'Catatan contoh fiktif',
  'Contoh fiktif; tindak lanjut tahun depan',
  'Contoh fiktif: "titik kumpul" hanya ilustrasi',
  'Catatan contoh fiktif\nbaris kedua, bukan data nyata',
];
const CATATAN_WEIGHTS: readonly number[] = [4, 3, 1, 1, 1];

interface CategoryParameters {
  kasus: number;
  pengguna: number;
  venueFactor: number;
  bandar: number;
  kurir: number;
  produksi: number;
  saranaKurang: number;
  interaksi: readonly [number, number, number];
  bersinar: number;
}

const PARAMETERS: Readonly<Record<Kategori, CategoryParameters>> = {
  bahaya: {
    kasus: 5.5,
    pengguna: 9,
    venueFactor: 2,
    bandar: 0.78,
    kurir: 0.7,
    produksi: 0.1,
    saranaKurang: 0.62,
    interaksi: [0.5, 0.35, 0.15],
    bersinar: 0,
  },
  waspada: {
    kasus: 2.2,
    pengguna: 4,
    venueFactor: 1.4,
    bandar: 0.42,
    kurir: 0.38,
    produksi: 0.035,
    saranaKurang: 0.48,
    interaksi: [0.35, 0.45, 0.2],
    bersinar: 0.02,
  },
  siaga: {
    kasus: 0.7,
    pengguna: 1.3,
    venueFactor: 1,
    bandar: 0.12,
    kurir: 0.1,
    produksi: 0.008,
    saranaKurang: 0.33,
    interaksi: [0.2, 0.5, 0.3],
    bersinar: 0.1,
  },
  aman: {
    kasus: 0.15,
    pengguna: 0.3,
    venueFactor: 0.7,
    bandar: 0.03,
    kurir: 0.02,
    produksi: 0.001,
    saranaKurang: 0.18,
    interaksi: [0.1, 0.45, 0.45],
    bersinar: 0.2,
  },
};

const INTERAKSI: readonly InteraksiSosial[] = ['rendah', 'sedang', 'tinggi'];

/**
 * Latent risk of each assessed desa this year: kab/kota level + persistent desa level + drift
 * since 2019 + yearly noise. Categories are assigned by rank, so the national totals match the
 * plan exactly, and a desa mostly keeps its category from one year to the next.
 */
export function assignCategories(
  population: Population,
  plan: YearPlan,
  assessed: Int32Array,
  random: Random,
): { kategori: Kategori[]; rankInCategory: Float64Array } {
  const n = assessed.length;
  if (plan.bahaya + plan.waspada + plan.siaga + plan.aman !== n) {
    throw new Error(`rencana ${plan.year}: jumlah kategori tidak sama dengan desa yang dinilai`);
  }
  const risk = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = assessed[i] ?? 0;
    const kab = population.kabkota[population.kabkotaOfDesa[d] ?? 0];
    risk[i] =
      (kab?.risk ?? 0) +
      (population.riskBase[d] ?? 0) +
      (population.trend[d] ?? 0) * (plan.year - 2019) +
      0.3 * random.normal();
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (risk[b] ?? 0) - (risk[a] ?? 0) || a - b);
  const kategori = new Array<Kategori>(n);
  const rankInCategory = new Float64Array(n);
  const sizes: readonly [Kategori, number][] = [
    ['bahaya', plan.bahaya],
    ['waspada', plan.waspada],
    ['siaga', plan.siaga],
    ['aman', plan.aman],
  ];
  let position = 0;
  for (const [category, size] of sizes) {
    for (let r = 0; r < size; r++) {
      const i = order[position + r] ?? 0;
      kategori[i] = category;
      // 0 for the riskiest desa of the category, 1 for the least risky.
      rankInCategory[i] = size > 1 ? r / (size - 1) : 0.5;
    }
    position += size;
  }
  return { kategori, rankInCategory };
}

/** Score inside the category band; most desa sit in the lower part of their band. */
export function scoreFor(kategori: Kategori, rankInCategory: number): number {
  const { min, max } = SKOR_BAND[kategori];
  const value = min + (max - min) * Math.pow(1 - rankInCategory, 1.8);
  return Math.min(max, Math.max(min, Math.round(value * 10) / 10));
}

export function generateKawasan(
  population: Population,
  plan: YearPlan,
  assessed: Int32Array,
  categoryRandom: Random,
  rowRandom: Random,
): KawasanRecord[] {
  const { kategori, rankInCategory } = assignCategories(population, plan, assessed, categoryRandom);
  const records: KawasanRecord[] = new Array<KawasanRecord>(assessed.length);
  const bersinarGrowth = Math.max(0.2, 1 + 0.15 * (plan.year - 2019));
  for (let i = 0; i < assessed.length; i++) {
    const d = assessed[i] ?? 0;
    const category = kategori[i] ?? 'aman';
    const kab = population.kabkota[population.kabkotaOfDesa[d] ?? 0];
    const isKota = kab?.isKota ?? false;
    const p = PARAMETERS[category];
    const r = rowRandom;
    const maybe = <T>(value: T): T | null => (r.bernoulli(EMPTY_CELL_RATE) ? null : value);

    const kasus = r.poisson(p.kasus * (isKota ? 1.3 : 1));
    let tersangka = kasus === 0 ? r.poisson(0.2) : kasus + r.poisson(kasus * 0.5);
    if (r.bernoulli(0.03)) tersangka *= r.int(3, 8);
    const pengguna = r.poisson(p.pengguna * Math.exp(0.6 * r.normal()));
    const tempatHiburan = r.poisson((isKota ? 2.5 : 0.4) * p.venueFactor);
    const kos = r.poisson((isKota ? 10 : 1.5) * p.venueFactor);
    const produksiFactor = kab?.provinceCode === '11' ? 3 : 1;
    const improving = (population.trend[d] ?? 0) < 0;
    const bersinarChance = p.bersinar * bersinarGrowth * (improving ? 1.5 : 0.5);
    const sensitive = r.bernoulli(SENSITIVE_ROW_RATE);

    records[i] = {
      desa: d,
      kode: population.desaCodes[d] ?? '',
      kategori: category,
      skor: maybe(scoreFor(category, rankInCategory[i] ?? 0)),
      kasusNarkoba: maybe(kasus),
      tersangka: maybe(tersangka),
      pengguna: maybe(pengguna),
      tempatHiburan: maybe(tempatHiburan),
      kos: maybe(kos),
      adaBandar: maybe(r.bernoulli(p.bandar)),
      adaKurir: maybe(r.bernoulli(p.kurir)),
      adaProduksi: maybe(r.bernoulli(Math.min(0.6, p.produksi * produksiFactor))),
      saranaPublikKurang: maybe(r.bernoulli(p.saranaKurang)),
      // Persistent draw: once Bersinar, a desa stays Bersinar unless its category worsens.
      bersinar: maybe((population.bersinarDraw[d] ?? 1) < bersinarChance),
      interaksiSosial: maybe(r.weighted(INTERAKSI, p.interaksi)),
      rw: sensitive && r.bernoulli(0.9) ? `RW ${pad(r.int(1, 24), 3)}` : null,
      namaKawasan: sensitive && r.bernoulli(0.85) ? `FIKTIF-Kawasan-${pad(r.int(1, 999_999), 6)}` : null,
      alamat: sensitive && r.bernoulli(0.8) ? `Jl. Fiktif No. ${r.int(1, 200)} (contoh)` : null,
      lintang: sensitive ? round6(r.between(INDONESIA_BBOX.south, INDONESIA_BBOX.north)) : null,
      bujur: sensitive ? round6(r.between(INDONESIA_BBOX.west, INDONESIA_BBOX.east)) : null,
      catatan: sensitive && r.bernoulli(0.5) ? r.weighted(CATATAN, CATATAN_WEIGHTS) : null,
    };
  }
  return records;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
