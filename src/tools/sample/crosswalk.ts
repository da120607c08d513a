import Papa from 'papaparse';

/**
 * The crosswalk of retired region codes (`data/wilayah/kode-lama.csv`): codes starting with
 * `oldPrefix` correspond to codes starting with `newPrefix`, the rest unchanged, and the old
 * codes were in use until `validUntil` (e.g. the 2022 Papua split: `91.01` → `93.01`).
 */
export interface CrosswalkEntry {
  oldPrefix: string;
  newPrefix: string;
  /** ISO date, last day the old code was in use. */
  validUntil: string;
}

export function parseCrosswalk(text: string): CrosswalkEntry[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    throw new Error(`kode-lama.csv tidak terbaca: ${parsed.errors[0]?.message ?? ''}`);
  }
  return parsed.data.map((row, i) => {
    const oldPrefix = row['kode_lama']?.trim() ?? '';
    const newPrefix = row['kode_baru']?.trim() ?? '';
    const validUntil = row['berlaku_sampai']?.trim() ?? '';
    if (!oldPrefix || !newPrefix || !/^\d{4}-\d{2}-\d{2}$/.test(validUntil)) {
      throw new Error(`kode-lama.csv baris ${i + 2}: kode_lama, kode_baru dan berlaku_sampai wajib diisi`);
    }
    return { oldPrefix, newPrefix, validUntil };
  });
}

/** Whether the old code of `entry` was still in use in (some part of) `year`. */
function oldCodeInUse(entry: CrosswalkEntry, year: number): boolean {
  return `${String(year).padStart(4, '0')}-01-01` <= entry.validUntil;
}

/** The code as a file of `year` writes it: the old code if the current one did not exist yet. */
export function codeAsWrittenIn(code: string, year: number, crosswalk: readonly CrosswalkEntry[]): string {
  for (const entry of crosswalk) {
    if (oldCodeInUse(entry, year) && code.startsWith(`${entry.newPrefix}.`)) {
      return entry.oldPrefix + code.slice(entry.newPrefix.length);
    }
  }
  return code;
}

/** The current code of a code written in a file of `year` (inverse of `codeAsWrittenIn`). */
export function currentCodeOf(code: string, year: number, crosswalk: readonly CrosswalkEntry[]): string {
  for (const entry of crosswalk) {
    if (oldCodeInUse(entry, year) && code.startsWith(`${entry.oldPrefix}.`)) {
      return entry.newPrefix + code.slice(entry.oldPrefix.length);
    }
  }
  return code;
}
