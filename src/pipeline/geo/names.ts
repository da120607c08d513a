/**
 * Name normalisation used to match boundary features (GADM) to the Kemendagri kab/kota reference.
 *
 * GADM writes names in CamelCase without spaces ("AcehBaratDaya", "TojoUna-Una", "KotaBandung"),
 * Kemendagri writes them with a type prefix ("Kabupaten Aceh Barat Daya", "Kota Administrasi
 * Jakarta Pusat"). Both are reduced to a bare key: lower case, type prefix removed, and every
 * space, hyphen, dot and apostrophe removed, so "Fak Fak" / "Fakfak", "Bau Bau" / "Bau-Bau",
 * "Pangkal Pinang" / "Pangkalpinang" and "Tojo Una Una" / "TojoUna-Una" give the same key.
 */

export type KabkotaType = 'kabupaten' | 'kota';

/** "AcehBaratDaya" → "Aceh Barat Daya"; names that already have spaces are left alone. */
export function splitCamelCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Lower case, punctuation to spaces, collapsed spaces. */
function tidy(name: string): string {
  return splitCamelCase(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-.'’_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key with no spaces, for comparing names that differ only in spacing or punctuation. */
function squash(name: string): string {
  return name.replace(/ /g, '');
}

/**
 * Splits a Kemendagri kab/kota name ("Kabupaten Aceh Selatan", "Kota Administrasi Jakarta Pusat",
 * "Kabupaten Administrasi Kepulauan Seribu") into its type and matching key.
 */
export function referenceNameKey(name: string): { type: KabkotaType; key: string } {
  const t = tidy(name);
  const m = /^(kabupaten|kab|kota)( administrasi)? (.+)$/.exec(t);
  if (!m || m[3] === undefined) {
    throw new Error(`Nama kab/kota tanpa awalan Kabupaten/Kota: "${name}"`);
  }
  return { type: m[1] === 'kota' ? 'kota' : 'kabupaten', key: squash(m[3]) };
}

/**
 * Matching key of a GADM NAME_2. GADM prefixes "Kota" only to tell a kota from the kabupaten of
 * the same name ("KotaBekasi" vs "Bekasi"), so the prefix is removed only when the feature is a
 * kota: "KotaBaru" (TYPE_2 Kabupaten) stays "kotabaru" (Kabupaten Kotabaru).
 */
export function gadmNameKey(name: string, type: KabkotaType): string {
  let t = tidy(name);
  if (type === 'kota') t = t.replace(/^kota /, '');
  t = t.replace(/^(kabupaten|kab) /, '');
  return squash(t);
}

/** Key for province names: "JawaBarat" and "Jawa Barat" → "jawabarat". */
export function provinceNameKey(name: string): string {
  return squash(tidy(name));
}
