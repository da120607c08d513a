/**
 * Matches GADM 4.1 level-2 features to today's Kemendagri kab/kota codes.
 *
 * 1. Water features (TYPE_2 "WaterBody", plus the lakes GADM types as a kab/kota) are dropped.
 * 2. The province comes from NAME_1 (normalised; Papua and Papua Barat match across 91–96).
 * 3. The type (kabupaten/kota) comes from TYPE_2, or from `GADM_TYPE_OVERRIDES` when missing.
 * 4. The name must match exactly one reference kab/kota of that type in those provinces after
 *    normalisation (`names.ts`), or be listed in `GADM_RENAMES`.
 * 5. Reference codes left without a feature must be listed in `GADM_MISSING_KABKOTA`; their
 *    parent's polygon carries them.
 * Any feature or code that is not resolved this way is an error: nothing is dropped silently.
 */
import {
  GADM_MISSING_KABKOTA,
  GADM_PROVINCE_CODES,
  GADM_RENAMES,
  GADM_TYPE_OVERRIDES,
  GADM_WATER_FEATURES,
} from './gadm-tables.ts';
import { gadmNameKey, type KabkotaType, provinceNameKey, referenceNameKey } from './names.ts';
import type { DroppedNote, NoPolygonNote, RenameNote } from './types.ts';

/** The GADM properties this module reads. */
export interface GadmProperties {
  GID_2: string;
  NAME_1: string;
  NAME_2: string;
  TYPE_2: string;
}

export interface ReferenceKabkota {
  code: string;
  name: string;
  provinceCode: string;
}

export interface ReferenceProvince {
  code: string;
  name: string;
}

/** One kept GADM feature and the codes its polygon carries (own code first). */
export interface GadmAssignment {
  index: number;
  gid: string;
  codes: string[];
}

export interface GadmMatch {
  assignments: GadmAssignment[];
  dropped: DroppedNote[];
  renamed: RenameNote[];
  withoutOwnPolygon: NoPolygonNote[];
}

export class GeoMatchError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Pencocokan batas wilayah GADM gagal (${problems.length} masalah):\n- ${problems.join('\n- ')}`);
    this.name = 'GeoMatchError';
    this.problems = problems;
  }
}

function gadmTypeOf(p: GadmProperties): KabkotaType | 'water' | undefined {
  const key = `${p.NAME_1}/${p.NAME_2}`;
  if (p.TYPE_2 === 'WaterBody' || GADM_WATER_FEATURES[key]) return 'water';
  const override = GADM_TYPE_OVERRIDES[key];
  if (override) return override;
  if (p.TYPE_2 === 'Kabupaten') return 'kabupaten';
  if (p.TYPE_2 === 'Kota') return 'kota';
  return undefined;
}

/** Short label used in notes: "Kabupaten Ciamis" → "Kab. Ciamis" is left to the site; keep full. */
export function matchGadm(
  features: readonly GadmProperties[],
  provinces: readonly ReferenceProvince[],
  kabkota: readonly ReferenceKabkota[],
): GadmMatch {
  const problems: string[] = [];
  const provinceByKey = new Map(provinces.map((p) => [provinceNameKey(p.name), p.code]));
  const byName = new Map(kabkota.map((k) => [k.name, k]));
  const byCode = new Map(kabkota.map((k) => [k.code, k]));
  const keyed = kabkota.map((k) => ({ ...k, ...referenceNameKey(k.name) }));
  const renameByGadm = new Map(GADM_RENAMES.map((r) => [r.gadm, r]));

  const assignments: GadmAssignment[] = [];
  const dropped: DroppedNote[] = [];
  const renamed: RenameNote[] = [];
  const featureOfCode = new Map<string, string>();

  features.forEach((p, index) => {
    const key = `${p.NAME_1}/${p.NAME_2}`;
    const type = gadmTypeOf(p);
    if (type === 'water') {
      dropped.push({
        gid: p.GID_2,
        gadmProvince: p.NAME_1,
        gadmName: p.NAME_2,
        why: GADM_WATER_FEATURES[key] ?? {
          id: 'Badan air (TYPE_2 WaterBody), bukan kab/kota; dibuang.',
          en: 'Water body (TYPE_2 WaterBody), not a kab/kota; dropped.',
        },
      });
      return;
    }
    if (type === undefined) {
      problems.push(`${p.GID_2} ${key}: TYPE_2 "${p.TYPE_2}" tidak dikenal; tambahkan ke GADM_TYPE_OVERRIDES.`);
      return;
    }
    const provinceCodes =
      GADM_PROVINCE_CODES[p.NAME_1] ?? [provinceByKey.get(provinceNameKey(p.NAME_1))].filter((c) => c !== undefined);
    if (provinceCodes.length === 0) {
      problems.push(`${p.GID_2} ${key}: provinsi "${p.NAME_1}" tidak dikenal; tambahkan ke GADM_PROVINCE_CODES.`);
      return;
    }

    let code: string | undefined;
    const rename = renameByGadm.get(key);
    if (rename) {
      const ref = byName.get(rename.today);
      if (!ref || !provinceCodes.includes(ref.provinceCode)) {
        problems.push(`${p.GID_2} ${key}: nama baru "${rename.today}" tidak ada di referensi provinsi itu.`);
        return;
      }
      code = ref.code;
      renamed.push({ gid: p.GID_2, gadmName: p.NAME_2, code, name: ref.name, why: rename.why });
    } else {
      const nameKey = gadmNameKey(p.NAME_2, type);
      const candidates = keyed.filter(
        (k) => k.type === type && k.key === nameKey && provinceCodes.includes(k.provinceCode),
      );
      if (candidates.length !== 1 || candidates[0] === undefined) {
        problems.push(
          candidates.length === 0
            ? `${p.GID_2} ${key} (${type}): tidak ada kab/kota yang cocok; tambahkan ke GADM_RENAMES.`
            : `${p.GID_2} ${key} (${type}): cocok dengan lebih dari satu kab/kota (${candidates.map((c) => c.code).join(', ')}).`,
        );
        return;
      }
      code = candidates[0].code;
    }
    const previous = featureOfCode.get(code);
    if (previous !== undefined) {
      problems.push(`${p.GID_2} ${key}: kode ${code} sudah dipakai oleh ${previous}.`);
      return;
    }
    featureOfCode.set(code, p.GID_2);
    assignments.push({ index, gid: p.GID_2, codes: [code] });
  });

  // Reference codes without a feature: each must be a documented split, carried by its parent.
  const missingByCode = new Map(GADM_MISSING_KABKOTA.map((m) => [m.code, m]));
  const assignmentByCode = new Map(assignments.map((a) => [a.codes[0], a]));
  const withoutOwnPolygon: NoPolygonNote[] = [];
  for (const ref of kabkota) {
    if (featureOfCode.has(ref.code)) {
      if (missingByCode.has(ref.code)) {
        problems.push(`${ref.code} ${ref.name} kini ada di GADM; hapus dari GADM_MISSING_KABKOTA.`);
      }
      continue;
    }
    const missing = missingByCode.get(ref.code);
    if (!missing) {
      problems.push(`${ref.code} ${ref.name}: tidak ada poligon di GADM dan tidak tercatat di GADM_MISSING_KABKOTA.`);
      continue;
    }
    if (missing.name !== ref.name) {
      problems.push(`${ref.code}: GADM_MISSING_KABKOTA menyebut "${missing.name}", referensi "${ref.name}".`);
      continue;
    }
    const carrier = assignmentByCode.get(missing.parent);
    const parent = byCode.get(missing.parent);
    if (!carrier || !parent) {
      problems.push(`${ref.code} ${ref.name}: induk ${missing.parent} tidak punya poligon.`);
      continue;
    }
    carrier.codes.push(ref.code);
    withoutOwnPolygon.push({
      code: ref.code,
      name: ref.name,
      carriedBy: parent.code,
      carriedByName: parent.name,
      formed: missing.formed,
      why: {
        id:
          `Dibentuk ${missing.formed} dari ${parent.name}; GADM 4.1 belum memuat batasnya. ` +
          `Di peta, wilayahnya termasuk poligon ${parent.name}, yang diwarnai menurut angka ${parent.name}; ` +
          `angka ${ref.name} sendiri ada di tabel dan halamannya.`,
        en:
          `Formed ${missing.formed} from ${parent.name}; GADM 4.1 does not include its boundary. ` +
          `On the map its territory is part of the ${parent.name} polygon, coloured by the figures of ${parent.name}; ` +
          `the figures of ${ref.name} itself are in the table and on its own page.`,
      },
    });
  }
  const provinceCodes = new Set(provinces.map((p) => p.code));
  for (const m of GADM_MISSING_KABKOTA) {
    if (provinceCodes.has(m.code.slice(0, 2)) && !byCode.has(m.code)) {
      problems.push(`GADM_MISSING_KABKOTA: kode ${m.code} tidak ada di referensi.`);
    }
  }

  if (problems.length > 0) throw new GeoMatchError(problems);

  for (const a of assignments) {
    const [own, ...children] = a.codes;
    a.codes = [own ?? '', ...children.sort()];
  }
  assignments.sort((a, b) => compareCodes(a.codes[0] ?? '', b.codes[0] ?? ''));
  withoutOwnPolygon.sort((a, b) => compareCodes(a.code, b.code));
  renamed.sort((a, b) => compareCodes(a.code, b.code));
  return { assignments, dropped, renamed, withoutOwnPolygon };
}

export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
