import type { CrosswalkEntry } from './crosswalk.ts';
import { codeAsWrittenIn } from './crosswalk.ts';
import type { CsvDialect } from './dialect.ts';
import { csvChunks, dialectForYear, formatDecimal, formatInteger, formatYaTidak } from './dialect.ts';
import type { KawasanRecord } from './kawasan.ts';
import type { ProgramRecord } from './program.ts';

/** Contract columns of `kawasan.csv`, then the sensitive ones (accepted, never published). */
export const KAWASAN_COLUMNS = [
  'kode_desa',
  'kategori',
  'skor',
  'kasus_narkoba',
  'tersangka',
  'pengguna',
  'tempat_hiburan',
  'kos',
  'ada_bandar',
  'ada_kurir',
  'ada_produksi',
  'sarana_publik_kurang',
  'bersinar',
  'interaksi_sosial',
  'rw',
  'nama_kawasan',
  'alamat',
  'lintang',
  'bujur',
  'catatan',
] as const;
export type KawasanColumn = (typeof KAWASAN_COLUMNS)[number];

export const PROGRAM_COLUMNS = [
  'id',
  'kode_desa',
  'jenis',
  'nama',
  'mulai',
  'selesai',
  'peserta',
  'peserta_perempuan',
  'lulus',
  'berwirausaha',
  'pendapatan_sebelum',
  'pendapatan_sesudah',
  'anggaran',
  'sumber_dana',
  'mitra',
] as const;
export type ProgramColumn = (typeof PROGRAM_COLUMNS)[number];

// Column orders differ between years, as real exports do: readers must go by the header.
const KAWASAN_ORDER_ODD_EARLY: readonly KawasanColumn[] = [
  'kode_desa', 'nama_kawasan', 'rw', 'alamat', 'kategori', 'skor', 'kasus_narkoba', 'tersangka', 'pengguna',
  'ada_bandar', 'ada_kurir', 'ada_produksi', 'tempat_hiburan', 'kos', 'sarana_publik_kurang',
  'interaksi_sosial', 'bersinar', 'lintang', 'bujur', 'catatan',
];
const KAWASAN_ORDER_EVEN_EARLY: readonly KawasanColumn[] = [
  'kode_desa', 'kategori', 'skor', 'rw', 'nama_kawasan', 'alamat', 'lintang', 'bujur', 'kasus_narkoba',
  'tersangka', 'pengguna', 'tempat_hiburan', 'kos', 'ada_bandar', 'ada_kurir', 'ada_produksi',
  'sarana_publik_kurang', 'bersinar', 'interaksi_sosial', 'catatan',
];
const KAWASAN_ORDER_LATE: readonly KawasanColumn[] = [
  'kategori', 'kode_desa', 'skor', 'bersinar', 'interaksi_sosial', 'kasus_narkoba', 'tersangka', 'pengguna',
  'ada_bandar', 'ada_kurir', 'ada_produksi', 'tempat_hiburan', 'kos', 'sarana_publik_kurang', 'catatan',
  'lintang', 'bujur', 'rw', 'nama_kawasan', 'alamat',
];
const PROGRAM_ORDER_EARLY: readonly ProgramColumn[] = [
  'id', 'jenis', 'kode_desa', 'mulai', 'selesai', 'nama', 'mitra', 'sumber_dana', 'anggaran', 'peserta',
  'peserta_perempuan', 'lulus', 'berwirausaha', 'pendapatan_sebelum', 'pendapatan_sesudah',
];

export function kawasanColumnOrder(year: number): readonly KawasanColumn[] {
  if (year <= 2021) return year % 2 === 1 ? KAWASAN_ORDER_ODD_EARLY : KAWASAN_ORDER_EVEN_EARLY;
  if (year <= 2023) return KAWASAN_COLUMNS;
  return KAWASAN_ORDER_LATE;
}

export function programColumnOrder(year: number): readonly ProgramColumn[] {
  return year <= 2021 ? PROGRAM_ORDER_EARLY : PROGRAM_COLUMNS;
}

/** The cells of columns that share one format: each value as `format` writes it. */
function formatted<C extends string, V>(format: (value: V) => string, values: Record<C, V>): Record<C, string> {
  return Object.fromEntries(Object.entries<V>(values).map(([column, value]) => [column, format(value)])) as Record<C, string>;
}

const formatText = (value: string | null): string => value ?? '';

export function kawasanCells(record: KawasanRecord, code: string, dialect: CsvDialect): Record<KawasanColumn, string> {
  return {
    kode_desa: code,
    kategori: record.kategori,
    skor: formatDecimal(record.skor, 1, dialect),
    ...formatted(formatInteger, { kasus_narkoba: record.kasusNarkoba, tersangka: record.tersangka, pengguna: record.pengguna, tempat_hiburan: record.tempatHiburan, kos: record.kos }),
    ...formatted(formatYaTidak, { ada_bandar: record.adaBandar, ada_kurir: record.adaKurir, ada_produksi: record.adaProduksi, sarana_publik_kurang: record.saranaPublikKurang, bersinar: record.bersinar }),
    ...formatted(formatText, { interaksi_sosial: record.interaksiSosial, rw: record.rw, nama_kawasan: record.namaKawasan, alamat: record.alamat, catatan: record.catatan }),
    lintang: formatDecimal(record.lintang, 6, dialect),
    bujur: formatDecimal(record.bujur, 6, dialect),
  };
}

export function programCells(record: ProgramRecord, code: string): Record<ProgramColumn, string> {
  return {
    id: record.id,
    kode_desa: code,
    jenis: record.jenis,
    mulai: record.mulai,
    selesai: record.selesai,
    ...formatted(formatText, { nama: record.nama, sumber_dana: record.sumberDana, mitra: record.mitra }),
    ...formatted(formatInteger, { peserta: record.peserta, peserta_perempuan: record.pesertaPerempuan, lulus: record.lulus, berwirausaha: record.berwirausaha }),
    ...formatted(formatInteger, { pendapatan_sebelum: record.pendapatanSebelum, pendapatan_sesudah: record.pendapatanSesudah, anggaran: record.anggaran }),
  };
}

/** Each record with its desa code as written in `year` (old Papua codes up to 2022). */
function asWritten<R extends { kode: string }>(records: readonly R[], year: number, crosswalk: readonly CrosswalkEntry[]): { record: R; code: string }[] {
  return records.map((record) => ({ record, code: codeAsWrittenIn(record.kode, year, crosswalk) }));
}

/** A year's file in its dialect: a row of cells per record, in the year's column order. */
function yearCsv<R, C extends string>(
  written: readonly { record: R; code: string }[],
  year: number,
  order: readonly C[],
  cellsOf: (record: R, code: string, dialect: CsvDialect) => Record<C, string>,
): Generator<string> {
  const dialect = dialectForYear(year);
  function* rows(): Generator<string[]> {
    for (const { record, code } of written) {
      const cells = cellsOf(record, code, dialect);
      yield order.map((column) => cells[column]);
    }
  }
  return csvChunks(order, rows(), dialect);
}

/** `kawasan.csv` of a year, rows ordered by the code as written. */
export function kawasanCsv(records: readonly KawasanRecord[], year: number, crosswalk: readonly CrosswalkEntry[]): Generator<string> {
  const written = asWritten(records, year, crosswalk).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return yearCsv(written, year, kawasanColumnOrder(year), kawasanCells);
}

/** `program.csv` of a year, rows in id order. */
export function programCsv(records: readonly ProgramRecord[], year: number, crosswalk: readonly CrosswalkEntry[]): Generator<string> {
  return yearCsv(asWritten(records, year, crosswalk), year, programColumnOrder(year), programCells);
}
