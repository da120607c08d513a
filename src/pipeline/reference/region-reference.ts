import { readFile } from 'node:fs/promises';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import { DesaIndex } from './desa-index.ts';

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
  /** The desa codes in the reference's order, with their positions. */
  desaCodes: DesaIndex;
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
  const [provinces, regencies, districts, desaCodes] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), readDesaCodes()]);
  const desaCountByKabkota = new Map<string, number>();
  for (const code of desaCodes) {
    const kabkota = code.slice(0, 5);
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

/** The package's villages file, of which only the codes are kept. */
const VILLAGES_FILE = new URL(import.meta.resolve('idn-area-data/data/villages.csv'));

/**
 * The desa codes of the package's villages file, in its order: the first column of every line
 * after the header (a code is never quoted; the names after it may be). Read directly rather than
 * with `getVillages()`, which builds an object with the name of each of the 83,762 desa (issue
 * 17: 100 ms and ~16 MiB less in every command that loads the reference);
 * tests/unit/region-reference.test.ts checks that both give the same codes.
 */
async function readDesaCodes(): Promise<DesaIndex> {
  const text = await readFile(VILLAGES_FILE, 'utf8');
  const codes: string[] = [];
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    const code = text.slice(start, text.indexOf(',', start));
    if (code !== '') codes.push(code);
    start = end + 1;
  }
  return new DesaIndex(codes);
}
