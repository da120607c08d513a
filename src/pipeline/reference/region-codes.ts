/**
 * Kemendagri region codes: `PP` province, `PP.KK` kabupaten/kota, `PP.KK.CC` kecamatan,
 * `PP.KK.CC.DDDD` desa/kelurahan (e.g. `31.72.01.1001`).
 */
export const DESA_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
export const KABKOTA_CODE_PATTERN = /^\d{2}\.\d{2}$/;

export function isDesaCode(code: string): boolean {
  return DESA_CODE_PATTERN.test(code);
}

export function kabkotaCodeOf(code: string): string {
  return code.slice(0, 5);
}

export function kecamatanCodeOf(code: string): string {
  return code.slice(0, 8);
}

export function provinceCodeOf(code: string): string {
  return code.slice(0, 2);
}
