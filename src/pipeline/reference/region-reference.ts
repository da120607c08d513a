import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';

/** One province of the Kemendagri reference. */
export interface ProvinceRef {
  code: string;
  name: string;
}

/** One kabupaten/kota of the Kemendagri reference. */
export interface KabkotaRef {
  code: string;
  name: string;
  provinceCode: string;
}

/**
 * The Kemendagri region reference, from the maintained `idn-area-data` package.
 * Names of kecamatan and desa are deliberately not kept: nothing below kab/kota is ever shown.
 */
export interface RegionReference {
  source: string;
  provinces: readonly ProvinceRef[];
  kabkota: readonly KabkotaRef[];
  kecamatanCodes: ReadonlySet<string>;
  desaCodes: ReadonlySet<string>;
  /** Number of desa/kelurahan in the reference, per kab/kota code. */
  desaCountByKabkota: ReadonlyMap<string, number>;
}

let cached: Promise<RegionReference> | undefined;

/** Loads (once per process) the region reference shipped with `idn-area-data`. */
export function loadRegionReference(): Promise<RegionReference> {
  cached ??= readReference();
  return cached;
}

async function readReference(): Promise<RegionReference> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const desaCodes = new Set<string>();
  const desaCountByKabkota = new Map<string, number>();
  for (const village of villages) {
    desaCodes.add(village.code);
    const kabkota = village.code.slice(0, 5);
    desaCountByKabkota.set(kabkota, (desaCountByKabkota.get(kabkota) ?? 0) + 1);
  }
  return {
    source: 'idn-area-data (Kepmendagri)',
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    kabkota: regencies.map((r) => ({ code: r.code, name: r.name, provinceCode: r.province_code })),
    kecamatanCodes: new Set(districts.map((d) => d.code)),
    desaCodes,
    desaCountByKabkota,
  };
}
