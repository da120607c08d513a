import { z } from 'zod';
import { JENIS_PROGRAM } from '../contract/program.ts';
import { markerSchema } from './markers.ts';

/**
 * The public dataset: the only thing pages and downloads read. Each table is a zod schema whose
 * fields carry their Table Schema metadata (`unit`, `kind`); record types are inferred from them.
 * Titles and descriptions of the fields live in the catalogue (src/i18n/dictionary.ts).
 *
 * `kind`: 'dimension' identifies the row; 'count' is an additive count; 'person-count' is an
 * additive count of persons, protected by disclosure control; 'rate' and 'mean' are computed
 * from counts; 'change' is the difference from the year before.
 */
export const PUBLIC_SCHEMA_VERSION = '1.1.0';

type Kind = 'dimension' | 'count' | 'person-count' | 'rate' | 'mean' | 'change';
export interface FieldMeta {
  kind: Kind;
  unit?: 'desa' | 'orang' | 'kegiatan' | 'kasus' | 'persen' | 'poin-persen' | 'skor' | 'rupiah' | 'rupiah-per-bulan' | 'rupiah-per-orang';
  /** For 'change' fields: the field whose change it is. */
  of?: string;
}

const field = <T extends z.ZodType>(schema: T, meta: FieldMeta) => schema.meta(meta as unknown as Record<string, unknown>);
const cell = (meta: FieldMeta) => field(z.union([meta.kind === 'count' || meta.kind === 'person-count' ? z.number().int().nonnegative() : z.number(), markerSchema]), meta);
const count = (unit: FieldMeta['unit']) => cell({ kind: 'count', unit });
const persons = () => cell({ kind: 'person-count', unit: 'orang' });
const change = (of: string, unit: FieldMeta['unit']) => cell({ kind: 'change', of, unit });

export const LEVELS = ['nasional', 'provinsi', 'kabkota'] as const;

const dimensions = {
  tahun: field(z.number().int(), { kind: 'dimension' }),
  tingkat: field(z.enum(LEVELS), { kind: 'dimension' }),
  kode: field(z.string(), { kind: 'dimension' }),
  nama: field(z.string(), { kind: 'dimension' }),
  kode_induk: field(z.string(), { kind: 'dimension' }),
};

/** Areas: IKRN categories and indicators, per region and year. */
export const kawasanRecordSchema = z.object({
  ...dimensions,
  desa_total: count('desa'),
  dinilai: count('desa'),
  cakupan_persen: cell({ kind: 'rate', unit: 'persen' }),
  bahaya: count('desa'),
  waspada: count('desa'),
  siaga: count('desa'),
  aman: count('desa'),
  rawan: count('desa'),
  rawan_persen: cell({ kind: 'rate', unit: 'persen' }),
  skor_rata: cell({ kind: 'mean', unit: 'skor' }),
  desa_bersinar: count('desa'),
  kasus_narkoba: count('kasus'),
  tersangka: persons(),
  pengguna: persons(),
  desa_bandar: count('desa'),
  desa_kurir: count('desa'),
  desa_produksi: count('desa'),
  dinilai_perubahan: change('dinilai', 'desa'),
  bahaya_perubahan: change('bahaya', 'desa'),
  waspada_perubahan: change('waspada', 'desa'),
  rawan_perubahan: change('rawan', 'desa'),
  rawan_persen_perubahan: change('rawan_persen', 'poin-persen'),
  kasus_narkoba_perubahan: change('kasus_narkoba', 'kasus'),
  tersangka_perubahan: change('tersangka', 'orang'),
  pengguna_perubahan: change('pengguna', 'orang'),
});
export type KawasanRecord = z.infer<typeof kawasanRecordSchema>;

export const JENIS_WITH_TOTAL = ['semua', ...JENIS_PROGRAM] as const;
export type JenisWithTotal = (typeof JENIS_WITH_TOTAL)[number];

/** Empowerment programs per region, year and kind (`semua` = all kinds). */
export const programRecordSchema = z.object({
  ...dimensions,
  jenis: field(z.enum(JENIS_WITH_TOTAL), { kind: 'dimension' }),
  kegiatan: count('kegiatan'),
  peserta: persons(),
  peserta_perempuan: persons(),
  lulus: persons(),
  berwirausaha: persons(),
  lulus_persen: cell({ kind: 'rate', unit: 'persen' }),
  berwirausaha_persen: cell({ kind: 'rate', unit: 'persen' }),
  perubahan_pendapatan_rata: cell({ kind: 'mean', unit: 'rupiah-per-bulan' }),
  anggaran: count('rupiah'),
  kegiatan_perubahan: change('kegiatan', 'kegiatan'),
  peserta_perubahan: change('peserta', 'orang'),
});
export type ProgramRecord = z.infer<typeof programRecordSchema>;

/** Where the activities went: desa assessed rawan (Bahaya/Waspada) that year, not rawan (Siaga/Aman), or not assessed. */
export const REACH_GROUPS = ['rawan', 'tidak_rawan', 'tidak_dinilai'] as const;
export type ReachGroup = (typeof REACH_GROUPS)[number];

/**
 * Reach of the programmes per region, year and kind: activities, participants and budget in
 * desa assessed rawan that year vs Siaga/Aman vs not assessed, and how many rawan desa got at
 * least one activity. Computed from desa-level rows before aggregation; nothing names a desa.
 */
export const reachRecordSchema = z.object({
  ...dimensions,
  jenis: field(z.enum(JENIS_WITH_TOTAL), { kind: 'dimension' }),
  desa_rawan: count('desa'),
  desa_rawan_terjangkau: count('desa'),
  desa_rawan_terjangkau_persen: cell({ kind: 'rate', unit: 'persen' }),
  // One group of desa after the other (activities, participants, budget, per participant): a
  // group without activities reads 0, 0, 0, [z], so no zero stands before a long number (a CSV
  // "0,123456" reads like a coordinate to the leak guard).
  kegiatan_rawan: count('kegiatan'),
  peserta_rawan: persons(),
  anggaran_rawan: count('rupiah'),
  anggaran_per_peserta_rawan: cell({ kind: 'mean', unit: 'rupiah-per-orang' }),
  kegiatan_tidak_rawan: count('kegiatan'),
  peserta_tidak_rawan: persons(),
  anggaran_tidak_rawan: count('rupiah'),
  anggaran_per_peserta_tidak_rawan: cell({ kind: 'mean', unit: 'rupiah-per-orang' }),
  kegiatan_tidak_dinilai: count('kegiatan'),
  peserta_tidak_dinilai: persons(),
  anggaran_tidak_dinilai: count('rupiah'),
  anggaran_per_peserta_tidak_dinilai: cell({ kind: 'mean', unit: 'rupiah-per-orang' }),
});
export type ReachRecord = z.infer<typeof reachRecordSchema>;

/** Which desa a transition row counts: all assessed in both years, those with a programme in the first year, those without. */
export const PROGRAM_SPLITS = ['semua', 'ada_program', 'tanpa_program'] as const;
export type ProgramSplit = (typeof PROGRAM_SPLITS)[number];

/**
 * What follows: desa assessed in two consecutive years (`tahun` − 1 → `tahun`), by how their
 * category moved, split by whether the desa had a programme in the first year. Descriptive,
 * not causal. Counts of desa (as in the kawasan table); no person counts.
 */
export const transitionRecordSchema = z.object({
  ...dimensions,
  program: field(z.enum(PROGRAM_SPLITS), { kind: 'dimension' }),
  dinilai_dua_tahun: count('desa'),
  rawan_awal: count('desa'),
  rawan_keluar: count('desa'),
  rawan_tetap: count('desa'),
  tidak_rawan_awal: count('desa'),
  tidak_rawan_masuk: count('desa'),
  tidak_rawan_tetap: count('desa'),
  kategori_membaik: count('desa'),
  kategori_tetap: count('desa'),
  kategori_memburuk: count('desa'),
  bersinar_baru: count('desa'),
  rawan_keluar_persen: cell({ kind: 'rate', unit: 'persen' }),
  tidak_rawan_masuk_persen: cell({ kind: 'rate', unit: 'persen' }),
});
export type TransitionRecord = z.infer<typeof transitionRecordSchema>;

/**
 * Outcomes of participants per region, year and kind, beside the funnel of the program table
 * (peserta → lulus → berwirausaha): women's share, entrepreneurs among graduates, and average
 * monthly income before and after with the participants it rests on.
 */
export const outcomeRecordSchema = z.object({
  ...dimensions,
  jenis: field(z.enum(JENIS_WITH_TOTAL), { kind: 'dimension' }),
  // The income base first: a zero base is followed by [z] means, never by a long number.
  peserta_pendapatan: persons(),
  pendapatan_sebelum_rata: cell({ kind: 'mean', unit: 'rupiah-per-bulan' }),
  pendapatan_sesudah_rata: cell({ kind: 'mean', unit: 'rupiah-per-bulan' }),
  pendapatan_perubahan_persen: cell({ kind: 'rate', unit: 'persen' }),
  perempuan_persen: cell({ kind: 'rate', unit: 'persen' }),
  berwirausaha_dari_lulus_persen: cell({ kind: 'rate', unit: 'persen' }),
});
export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>;

/** One publication unit with what a reader needs to know about its boundaries. */
export const regionRecordSchema = z.object({
  tingkat: field(z.enum(LEVELS), { kind: 'dimension' }),
  kode: field(z.string(), { kind: 'dimension' }),
  nama: field(z.string(), { kind: 'dimension' }),
  kode_induk: field(z.string(), { kind: 'dimension' }),
  desa_total: count('desa'),
  kode_lama: field(z.string(), { kind: 'dimension' }),
  catatan_id: field(z.string(), { kind: 'dimension' }),
  catatan_en: field(z.string(), { kind: 'dimension' }),
});
export type RegionRecord = z.infer<typeof regionRecordSchema>;

export const PUBLIC_TABLES = {
  wilayah: regionRecordSchema,
  kawasan: kawasanRecordSchema,
  program: programRecordSchema,
  jangkauan: reachRecordSchema,
  peralihan: transitionRecordSchema,
  hasil: outcomeRecordSchema,
} as const;
export type PublicTableName = keyof typeof PUBLIC_TABLES;

/** The metadata of every field of a table, in column order. */
export function tableFields(table: PublicTableName): { name: string; meta: FieldMeta }[] {
  const shape = PUBLIC_TABLES[table].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => ({ name, meta: schema.meta() as unknown as FieldMeta }));
}

/** A public table's Frictionless Table Schema, as written to `schema/<table>.json` (see table-schema.ts). */
export const tableSchemaFieldSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'year']),
  title: z.string(),
  description: z.string(),
  'x-title-en': z.string(),
  'x-description-en': z.string(),
  'x-unit': z.string().optional(),
  'x-kind': z.string(),
  constraints: z.object({ enum: z.array(z.string()).optional(), required: z.boolean().optional() }).optional(),
});
export const tableSchemaSchema = z.object({
  fields: z.array(tableSchemaFieldSchema),
  primaryKey: z.array(z.string()),
  missingValues: z.array(z.string()),
  'x-version': z.string(),
});
export type TableSchemaField = z.infer<typeof tableSchemaFieldSchema>;
export type TableSchema = z.infer<typeof tableSchemaSchema>;

/*
 * What the site may use besides the tables: it imports nothing else from src/pipeline/
 * (tests/unit/site-imports.test.ts). The map the pipeline publishes next to the tables, the
 * program kinds, what the pages share with the download files (workbook name, dates, the static
 * API's paths, which the compare page fetches), and the
 * types of the other files written next to the tables (downloads manifest, changelog).
 */
export { JENIS_PROGRAM, type JenisProgram } from '../contract/program.ts';
export { PUBLIC_MAP_FILE, publicMapSchema, type BoundaryCollection, type BoundaryFeature, type MapNotes, type PublicMap } from './public-map.ts';
export { longDate, UNIT_PATH_PATTERN, XLSX_NAME } from '../downloads/publication.ts';
export type { DownloadEntry, DownloadsManifest } from '../downloads/manifest.ts';
export { FIGURE_FONT_FAMILY, FIGURE_FONT_LICENCE, FIGURE_FONT_PACKAGE, FIGURE_FONTS, figureFileName, PNG_BACKGROUND, PNG_SCALE } from '../downloads/figure-names.ts';
export type { Figure, FigureRelease } from '../downloads/figures.ts';
export type { Changelog } from '../release/changelog.ts';
export type { ChangeKind } from '../release/diff.ts';
