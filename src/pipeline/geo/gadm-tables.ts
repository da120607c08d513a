/**
 * The explicit, documented exceptions used when matching GADM 4.1 level-2 features to today's
 * Kemendagri kab/kota codes. Everything not listed here must match by normalised name within its
 * province (see `gadm-match.ts`); anything that still does not match stops the build.
 */

import type { Bilingual } from '../publish/public-map.ts';

export type { Bilingual };

/**
 * GADM NAME_1 values whose normalised key differs from today's province name, mapped to the
 * province codes their kab/kota may have today. GADM 4.1 has only the old Papua and Papua Barat
 * provinces; the 2022 split created Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95)
 * and Papua Barat Daya (96), so both old provinces are matched across 91–96.
 */
export const GADM_PROVINCE_CODES: Readonly<Record<string, readonly string[]>> = {
  JakartaRaya: ['31'],
  Yogyakarta: ['34'],
  BangkaBelitung: ['19'],
  Papua: ['91', '92', '93', '94', '95', '96'],
  PapuaBarat: ['91', '92', '93', '94', '95', '96'],
};

/**
 * Features whose TYPE_2 is missing ("NA"): GADM 4.1 gives no type for the kab/kota of
 * Kalimantan Utara (the province created in 2012). Keyed by `NAME_1/NAME_2`.
 */
export const GADM_TYPE_OVERRIDES: Readonly<Record<string, 'kabupaten' | 'kota'>> = {
  'KalimantanUtara/Bulungan': 'kabupaten',
  'KalimantanUtara/Malinau': 'kabupaten',
  'KalimantanUtara/Nunukan': 'kabupaten',
  'KalimantanUtara/TanaTidung': 'kabupaten',
  'KalimantanUtara/Tarakan': 'kota',
};

/**
 * Features that are water, not a kab/kota, and are dropped. Every TYPE_2 "WaterBody" feature is
 * dropped (Waduk Cirata, Waduk Kedungombo, Danau Singkarak/Maninjau as "Danau", Lake Toba);
 * this table lists water features that GADM types as a kab/kota. Keyed by `NAME_1/NAME_2`.
 */
export const GADM_WATER_FEATURES: Readonly<Record<string, Bilingual>> = {
  'Gorontalo/DanauLimboto': {
    id: 'Danau Limboto (perairan), diberi tipe Kabupaten oleh GADM; bukan kab/kota, dibuang.',
    en: 'Lake Limboto (water), typed Kabupaten by GADM; not a kab/kota, dropped.',
  },
};

/** GADM names that differ from today's name by more than spacing/punctuation. */
export interface GadmRename {
  gadm: string; // `NAME_1/NAME_2`
  today: string; // exact Kemendagri name
  why: Bilingual;
}

export const GADM_RENAMES: readonly GadmRename[] = [
  { gadm: 'SumateraUtara/TobaSamosir', today: 'Kabupaten Toba', why: { id: 'Kab. Toba Samosir berganti nama menjadi Kab. Toba (2020).', en: 'Toba Samosir was renamed Toba (2020).' } },
  { gadm: 'SumateraUtara/PakpakBarat', today: 'Kabupaten Pakpak Bharat', why: { id: 'Ejaan: GADM menulis "Pakpak Barat".', en: 'Spelling: GADM writes "Pakpak Barat".' } },
  { gadm: 'Jambi/TanjungJabungB', today: 'Kabupaten Tanjung Jabung Barat', why: { id: 'GADM menyingkat "Barat" menjadi "B".', en: 'GADM abbreviates "Barat" to "B".' } },
  { gadm: 'Jambi/TanjungJabungT', today: 'Kabupaten Tanjung Jabung Timur', why: { id: 'GADM menyingkat "Timur" menjadi "T".', en: 'GADM abbreviates "Timur" to "T".' } },
  { gadm: 'KalimantanBarat/Pontianak', today: 'Kabupaten Mempawah', why: { id: 'Kab. Pontianak berganti nama menjadi Kab. Mempawah (2014).', en: 'Kabupaten Pontianak was renamed Mempawah (2014).' } },
  { gadm: 'SulawesiBarat/MamujuUtara', today: 'Kabupaten Pasangkayu', why: { id: 'Kab. Mamuju Utara berganti nama menjadi Kab. Pasangkayu (2017).', en: 'Mamuju Utara was renamed Pasangkayu (2017).' } },
  { gadm: 'Maluku/MalukuTenggaraBarat', today: 'Kabupaten Kepulauan Tanimbar', why: { id: 'Kab. Maluku Tenggara Barat berganti nama menjadi Kab. Kepulauan Tanimbar (2019).', en: 'Maluku Tenggara Barat was renamed Kepulauan Tanimbar (2019).' } },
  { gadm: 'SulawesiUtara/SiauTagulandangBiaro', today: 'Kabupaten Kepulauan Siau Tagulandang Biaro', why: { id: 'GADM tidak menulis awalan "Kepulauan".', en: 'GADM omits the "Kepulauan" prefix.' } },
];

/**
 * Kab/kota created after the boundaries GADM 4.1 uses (2012–2014 splits): GADM has no polygon
 * for them. Their territory is still inside the polygon of the kabupaten they were split from, so
 * that polygon carries both codes. No split line is invented.
 */
export interface KabkotaWithoutPolygon {
  code: string;
  name: string; // exact Kemendagri name, checked against the reference
  parent: string; // code of the kab/kota it was split from (whose polygon carries it)
  formed: number; // year the law creating it was passed
}

export const GADM_MISSING_KABKOTA: readonly KabkotaWithoutPolygon[] = [
  { code: '16.12', name: 'Kabupaten Penukal Abab Lematang Ilir', parent: '16.03', formed: 2013 },
  { code: '16.13', name: 'Kabupaten Musi Rawas Utara', parent: '16.05', formed: 2013 },
  { code: '18.13', name: 'Kabupaten Pesisir Barat', parent: '18.04', formed: 2012 },
  { code: '32.18', name: 'Kabupaten Pangandaran', parent: '32.07', formed: 2012 },
  { code: '53.21', name: 'Kabupaten Malaka', parent: '53.04', formed: 2013 },
  { code: '64.11', name: 'Kabupaten Mahakam Ulu', parent: '64.07', formed: 2013 },
  { code: '72.11', name: 'Kabupaten Banggai Laut', parent: '72.07', formed: 2013 },
  { code: '72.12', name: 'Kabupaten Morowali Utara', parent: '72.06', formed: 2013 },
  { code: '74.11', name: 'Kabupaten Kolaka Timur', parent: '74.01', formed: 2013 },
  { code: '74.12', name: 'Kabupaten Konawe Kepulauan', parent: '74.02', formed: 2013 },
  { code: '74.13', name: 'Kabupaten Muna Barat', parent: '74.03', formed: 2014 },
  { code: '74.14', name: 'Kabupaten Buton Tengah', parent: '74.04', formed: 2014 },
  { code: '74.15', name: 'Kabupaten Buton Selatan', parent: '74.04', formed: 2014 },
  { code: '76.06', name: 'Kabupaten Mamuju Tengah', parent: '76.02', formed: 2013 },
  { code: '82.08', name: 'Kabupaten Pulau Taliabu', parent: '82.05', formed: 2013 },
  { code: '92.11', name: 'Kabupaten Manokwari Selatan', parent: '92.02', formed: 2012 },
  { code: '92.12', name: 'Kabupaten Pegunungan Arfak', parent: '92.02', formed: 2012 },
];
