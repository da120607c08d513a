import { STAFF_TABLES, type StaffTable } from './columns.ts';

/**
 * One fictitious example row per table, shown in the staff guide (data/README.md). The example
 * never goes into a data file: a row in a CSV is data and would be published. Tests check that
 * the guide shows exactly these rows and that the validator accepts them in a `2026/` folder.
 */
export const EXAMPLE_YEAR = 2026;

export const EXAMPLE_ROWS = {
  kawasan: {
    kode_desa: '31.72.01.1001',
    kategori: 'siaga',
    skor: '38.5',
    kasus_narkoba: '1',
    tersangka: '2',
    pengguna: '4',
    tempat_hiburan: '0',
    kos: '3',
    ada_bandar: 'tidak',
    ada_kurir: 'tidak',
    ada_produksi: 'tidak',
    sarana_publik_kurang: 'ya',
    interaksi_sosial: 'sedang',
    bersinar: 'tidak',
  },
  program: {
    id: 'PRG-2026-001',
    kode_desa: '31.72.01.1001',
    jenis: 'pelatihan_keterampilan',
    nama: 'Pelatihan produksi kopi (contoh)',
    mulai: '2026-03-02',
    selesai: '2026-03-13',
    peserta: '25',
    peserta_perempuan: '12',
    lulus: '22',
    berwirausaha: '9',
    pendapatan_sebelum: '1200000',
    pendapatan_sesudah: '1850000',
    anggaran: '45000000',
    sumber_dana: 'APBN',
    mitra: 'Koperasi contoh',
  },
  crosswalk: {
    kode_lama: '91.01',
    kode_baru: '93.01',
    berlaku_sampai: '2022-12-31',
    keterangan: 'Pemekaran Papua 2022: Kab. Merauke pindah ke Provinsi Papua Selatan',
  },
} as const satisfies Record<StaffTable, Record<string, string>>;

export type Delimiter = ';' | ',';

/** Columns holding decimal numbers (the only ones whose separator depends on the delimiter). */
const DECIMAL_COLUMNS: ReadonlySet<string> = new Set(['skor']);

/**
 * The example as CSV text (header line + one row) in contract column order. In a semicolon
 * file decimals take the comma, as Excel set to Indonesian writes them.
 */
export function exampleCsv(table: StaffTable, delimiter: Delimiter): string {
  const row: Record<string, string> = EXAMPLE_ROWS[table];
  const columns = STAFF_TABLES[table].all;
  const cells = columns.map((name) => {
    const value = row[name] ?? '';
    return delimiter === ';' && DECIMAL_COLUMNS.has(name) ? value.replace('.', ',') : value;
  });
  return `${columns.join(delimiter)}\n${cells.join(delimiter)}\n`;
}
