import type { Random } from './random.ts';
import { streamFor } from './random.ts';

/**
 * The persistent, year-independent traits of every kab/kota and desa in the synthetic world:
 * how rawan a place tends to be, how it drifts over the years, how likely it is to be surveyed.
 * Built once per run from the region reference, in sorted code order, so that every year
 * sees the same world whatever years are generated.
 */

export interface KabkotaProfile {
  code: string;
  provinceCode: string;
  isKota: boolean;
  /** Remote kabupaten: lightly surveyed, candidates for "no assessed desa" in a year. */
  remote: boolean;
  /** Desa of this kab/kota are `desaCodes[desaStart .. desaEnd - 1]`. */
  desaStart: number;
  desaEnd: number;
  /** Relative share of the yearly survey. */
  surveyWeight: number;
  /** Added to the latent risk of each of its desa. */
  risk: number;
}

export interface Population {
  kabkota: readonly KabkotaProfile[];
  /** All desa codes of the reference, sorted. */
  desaCodes: readonly string[];
  kabkotaOfDesa: Uint16Array;
  /** Persistent latent risk of each desa (standard normal). */
  riskBase: Float64Array;
  /** Yearly drift of the latent risk (negative: improving). */
  trend: Float64Array;
  /** Persistent propensity to be surveyed. */
  surveyBase: Float64Array;
  /** Persistent uniform draw that decides Bersinar status (lower: earlier). */
  bersinarDraw: Float64Array;
}

export interface ReferenceInput {
  kabkota: readonly { code: string; provinceCode: string; name: string }[];
  desaCodes: Iterable<string>;
}

/** Relative drug-crime pressure by province: metropolitan, port, border and production areas. */
const PROVINCE_FACTOR: Readonly<Record<string, number>> = {
  '11': 1.3, // Aceh: cannabis production
  '12': 1.4, // Sumatera Utara: Medan, Strait of Malacca
  '14': 1.3, // Riau: coastal entry points
  '16': 1.2,
  '18': 1.2,
  '21': 1.4, // Kepulauan Riau: Batam, border
  '31': 1.6, // DKI Jakarta
  '32': 1.3,
  '35': 1.3,
  '36': 1.3,
  '61': 1.2, // Kalimantan Barat: land border
  '64': 1.3,
  '65': 1.2, // Kalimantan Utara: land border
  '73': 1.2,
  '53': 0.7,
  '75': 0.9,
  '76': 0.8,
  '81': 0.8,
  '82': 0.8,
  '91': 0.8,
  '92': 0.8,
  '93': 0.7,
  '94': 0.5,
  '95': 0.5,
  '96': 0.8,
};

export function provinceFactor(provinceCode: string): number {
  return PROVINCE_FACTOR[provinceCode] ?? 1;
}

/** Kota codes are `PP.7x` (Kepmendagri numbering). */
export function isKotaCode(kabkotaCode: string): boolean {
  return kabkotaCode.charAt(3) === '7';
}

export function buildPopulation(reference: ReferenceInput, seed: number): Population {
  const desaCodes = [...reference.desaCodes].sort();
  const kabkotaRefs = [...reference.kabkota].sort((a, b) => compare(a.code, b.code));
  const kabRandom = streamFor(seed, 'kabkota');
  const desaRandom = streamFor(seed, 'desa');

  const kabkotaOfDesa = new Uint16Array(desaCodes.length);
  const riskBase = new Float64Array(desaCodes.length);
  const trend = new Float64Array(desaCodes.length);
  const surveyBase = new Float64Array(desaCodes.length);
  const bersinarDraw = new Float64Array(desaCodes.length);

  const kabkota: KabkotaProfile[] = [];
  let cursor = 0;
  for (const ref of kabkotaRefs) {
    const start = cursor;
    while (cursor < desaCodes.length && (desaCodes[cursor] ?? '').startsWith(`${ref.code}.`)) cursor++;
    if (cursor === start) throw new Error(`kab/kota ${ref.code} tanpa desa di referensi`);
    const profile = kabkotaProfile(ref.code, ref.provinceCode, start, cursor, kabRandom);
    kabkota.push(profile);
  }
  if (cursor !== desaCodes.length) {
    throw new Error(`desa ${desaCodes[cursor]} tidak termasuk kab/kota mana pun di referensi`);
  }

  kabkota.forEach((kab, k) => {
    for (let d = kab.desaStart; d < kab.desaEnd; d++) {
      kabkotaOfDesa[d] = k;
      riskBase[d] = desaRandom.normal();
      trend[d] = -0.015 + 0.05 * desaRandom.normal();
      surveyBase[d] = desaRandom.normal();
      bersinarDraw[d] = desaRandom.uniform();
    }
  });

  return { kabkota, desaCodes, kabkotaOfDesa, riskBase, trend, surveyBase, bersinarDraw };
}

function kabkotaProfile(
  code: string,
  provinceCode: string,
  desaStart: number,
  desaEnd: number,
  random: Random,
): KabkotaProfile {
  const isKota = isKotaCode(code);
  const factor = provinceFactor(provinceCode);
  const desaCount = desaEnd - desaStart;
  const weightNoise = Math.exp(0.3 * random.normal());
  const riskNoise = 0.25 * random.normal();
  return {
    code,
    provinceCode,
    isKota,
    remote: !isKota && factor <= 0.8,
    desaStart,
    desaEnd,
    surveyWeight: factor * (isKota ? 2.5 : 1) * weightNoise * Math.pow(desaCount, 0.85),
    risk: 1.5 * Math.log(factor) + (isKota ? 0.9 : 0) + riskNoise,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
