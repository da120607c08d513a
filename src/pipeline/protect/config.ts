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
 * The programme split: counts of desa (and of their activities) split by whether the desa had a
 * programme. Where a region's programme group is small, they would tell a reader who knows from a
 * press release where a programme went that desa's category. Rule: in a record whose programme
 * group counts 1 … threshold − 1 desa (the same k as the person counts), EVERY count below is
 * protected, zeros included — suppressed, complemented and audited like a small person count:
 * - `peralihan`, split `ada_program`: the group is its `dinilai_dua_tahun` (programme desa
 *   assessed in both years); the record with and the record without a programme are suppressed
 *   together (one side alone would be the total minus the other);
 * - `jangkauan`, all kinds (`semua`; per kind the split is not published): the group is the desa
 *   with at least one activity (never published); in a small group the participants by group
 *   join them (elsewhere each is hidden only as a complement needs it), and the budget by group
 *   and the rates follow them.
 */
export const PROGRAMME_SPLIT_FIELDS = {
  peralihan: [
    'dinilai_dua_tahun', 'rawan_awal', 'rawan_keluar', 'rawan_tetap', 'tidak_rawan_awal', 'tidak_rawan_masuk', 'tidak_rawan_tetap',
    'kategori_membaik', 'kategori_tetap', 'kategori_memburuk', 'bersinar_baru',
  ],
  jangkauan: ['desa_rawan_terjangkau', 'kegiatan_rawan', 'kegiatan_tidak_rawan', 'kegiatan_tidak_dinilai'],
} as const;

/** Figures of the programme split that follow its counts: `[c]` where one of the counts they rest on is. */
export const SPLIT_FOLLOWERS = {
  jangkauan: {
    desa_rawan_terjangkau_persen: ['desa_rawan_terjangkau'],
    anggaran_rawan: ['kegiatan_rawan'],
    anggaran_tidak_rawan: ['kegiatan_tidak_rawan'],
    anggaran_tidak_dinilai: ['kegiatan_tidak_dinilai'],
    anggaran_per_peserta_rawan: ['kegiatan_rawan'],
    anggaran_per_peserta_tidak_rawan: ['kegiatan_tidak_rawan'],
    anggaran_per_peserta_tidak_dinilai: ['kegiatan_tidak_dinilai'],
  },
  peralihan: {
    rawan_keluar_persen: ['rawan_keluar', 'rawan_awal'],
    tidak_rawan_masuk_persen: ['tidak_rawan_masuk', 'tidak_rawan_awal'],
  },
} as const;

/** Every count suppression and the audit cover (and the private record of a release keeps), per table. */
export const PROTECTED_FIELDS = {
  kawasan: PERSON_FIELDS.kawasan,
  program: PERSON_FIELDS.program,
  jangkauan: [...PERSON_FIELDS.jangkauan, ...PROGRAMME_SPLIT_FIELDS.jangkauan],
  hasil: PERSON_FIELDS.hasil,
  peralihan: PROGRAMME_SPLIT_FIELDS.peralihan,
} as const;
export type ProtectedTable = keyof typeof PROTECTED_FIELDS;
export const PROTECTED_TABLES = Object.keys(PROTECTED_FIELDS) as ProtectedTable[];

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
