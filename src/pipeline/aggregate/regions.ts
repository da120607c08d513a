import type { CrosswalkEntry } from '../normalise/region-crosswalk.ts';
import type { RegionReference } from '../reference/region-reference.ts';

export const NATIONAL_CODE = 'ID';

export type Level = 'nasional' | 'provinsi' | 'kabkota';

/** A unit of publication: the nation, a province or a kabupaten/kota, by today's codes. */
export interface Region {
  level: Level;
  code: string;
  name: string;
  /** Province code for a kab/kota, the national code for a province, '' for the nation. */
  parentCode: string;
  /** Desa/kelurahan in the Kemendagri reference. */
  desaTotal: number;
  /** Codes under which this unit's data were reported in earlier years (from the crosswalk). */
  formerCodes: { prefix: string; validUntil: string; note: string }[];
}

/** All 553 publication units: nation, 38 provinces, 514 kab/kota, in code order. */
export function publicationRegions(reference: RegionReference, crosswalk: readonly CrosswalkEntry[]): Region[] {
  const former = (code: string) =>
    crosswalk
      .filter((entry) => entry.newPrefix === code || entry.newPrefix.startsWith(`${code}.`))
      .map((entry) => ({ prefix: entry.oldPrefix, validUntil: entry.validUntil, note: entry.note }))
      .sort((a, b) => a.prefix.localeCompare(b.prefix));
  const kabkota: Region[] = reference.kabkota.map((k) => ({
    level: 'kabkota',
    code: k.code,
    name: k.name,
    parentCode: k.provinceCode,
    desaTotal: reference.desaCountByKabkota.get(k.code) ?? 0,
    formerCodes: former(k.code),
  }));
  const provinces: Region[] = reference.provinces.map((p) => ({
    level: 'provinsi',
    code: p.code,
    name: p.name,
    parentCode: NATIONAL_CODE,
    desaTotal: kabkota.filter((k) => k.parentCode === p.code).reduce((sum, k) => sum + k.desaTotal, 0),
    formerCodes: [],
  }));
  const nation: Region = {
    level: 'nasional',
    code: NATIONAL_CODE,
    name: 'Indonesia',
    parentCode: '',
    desaTotal: kabkota.reduce((sum, k) => sum + k.desaTotal, 0),
    formerCodes: [],
  };
  const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);
  return [nation, ...provinces.sort(byCode), ...kabkota.sort(byCode)];
}
