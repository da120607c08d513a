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
} as const;

/** Rates and means of the program table and the persons they are computed from. */
export const PERSON_BASED_RATES = {
  lulus_persen: ['lulus', 'peserta'],
  berwirausaha_persen: ['berwirausaha', 'peserta'],
  perubahan_pendapatan_rata: ['peserta'],
} as const;
