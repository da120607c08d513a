import type { DisclosureConfig } from './problem.ts';

/**
 * Disclosure control, configured in this one place.
 * - Person counts (see `PERSON_FIELDS`) from 1 to threshold − 1 are suppressed, and so are rates
 *   and means computed from fewer than `threshold` persons.
 * - Complementary suppression and the audit make sure every protected value keeps at least
 *   `possibleValues` possible whole values, whatever a reader combines from the published tables.
 */
export const DISCLOSURE_CONFIG: DisclosureConfig = {
  threshold: 10,
  possibleValues: 10,
};

/** Which published fields count persons (suspects, users, participants, graduates, entrepreneurs). */
export const PERSON_FIELDS = {
  kawasan: ['tersangka', 'pengguna'],
  program: ['peserta', 'peserta_perempuan', 'lulus', 'berwirausaha'],
  /** Participants of activities in desa assessed rawan, not rawan, not assessed (they add up to the program table's `peserta`). */
  jangkauan: ['peserta_rawan', 'peserta_tidak_rawan', 'peserta_tidak_dinilai'],
  /** Participants whose income before and after was reported (at most the program table's `peserta`). */
  hasil: ['peserta_pendapatan'],
} as const;

/** The public tables that hold person counts. */
export type PersonTable = keyof typeof PERSON_FIELDS;
export const PERSON_TABLES = Object.keys(PERSON_FIELDS) as PersonTable[];

/**
 * Rates and means of the reach and outcome tables: the person counts they are computed from
 * (`table.field`; a `[c]` there suppresses them) — each is also suppressed when it rests on
 * fewer than k persons.
 */
export const FOLLOW_UP_RATES = {
  jangkauan: {
    anggaran_per_peserta_rawan: ['jangkauan.peserta_rawan'],
    anggaran_per_peserta_tidak_rawan: ['jangkauan.peserta_tidak_rawan'],
    anggaran_per_peserta_tidak_dinilai: ['jangkauan.peserta_tidak_dinilai'],
  },
  hasil: {
    perempuan_persen: ['program.peserta', 'program.peserta_perempuan'],
    berwirausaha_dari_lulus_persen: ['program.lulus', 'program.berwirausaha'],
    pendapatan_sebelum_rata: ['hasil.peserta_pendapatan'],
    pendapatan_sesudah_rata: ['hasil.peserta_pendapatan'],
    pendapatan_perubahan_persen: ['hasil.peserta_pendapatan'],
  },
} as const;

/** Rates and means of the program table and the persons they are computed from. */
export const PERSON_BASED_RATES = {
  lulus_persen: ['lulus', 'peserta'],
  berwirausaha_persen: ['berwirausaha', 'peserta'],
  perubahan_pendapatan_rata: ['peserta'],
} as const;
