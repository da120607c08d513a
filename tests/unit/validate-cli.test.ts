import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../support/run.ts';

const fixture = (name: string) => ({ DASHBOARD_DATA_DIR: `tests/fixtures/${name}` });

/** Exit 1, the summary line counting errors and files, and no stack trace. */
function expectRefused(run: ReturnType<typeof runScript>, errors: number, files: number) {
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`✗ Data TIDAK sah: ${errors} kesalahan di ${files} berkas. Tidak ada yang ditulis atau diterbitkan.`);
  expect(run.output).not.toMatch(/\n\s+at /);
}

describe('npm run validate', () => {
  it('accepts data written by Excel (BOM, semicolons, CRLF, decimal comma, quoted line breaks, any column order, retired Papua codes) with a one-line summary', () => {
    const run = runScript('validate.ts', [], fixture('valid-excel'));
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/✓ Data sah: 2 tahun \(2021–2023\), 6 desa\/kelurahan dinilai, 2 kegiatan program/);
  });

  const broken = runScript('validate.ts', ['--max', '200'], fixture('broken'));

  it('exits 1, reports every error of every file in one run and prints no stack trace', () => {
    expectRefused(broken, 28, 8);
  });

  it.each([
    ['2021/kawasan.csv:3:1', 'nilai "31.72.01.9999": Kode desa/kelurahan tidak ada dalam daftar Kemendagri'],
    ['2021/kawasan.csv:4:1', 'nilai "3172011002": Bentuk kode wilayah salah'],
    ['2021/kawasan.csv:4:1', 'maksud Anda 31.72.01.1002?'],
    ['2021/kawasan.csv:5:2', 'nilai "bahya": Nilai tidak dikenal. Cara memperbaiki: Isi dengan salah satu: bahaya, waspada, siaga, aman'],
    ['2021/kawasan.csv:6:4', 'nilai "-2": Angka tidak boleh negatif'],
    ['2021/kawasan.csv:7:4', 'nilai "1.5": Kolom ini harus bilangan bulat'],
    ['2021/kawasan.csv:8:4', 'nilai "1.234": Pemisah dalam angka ini tidak jelas'],
    ['2021/kawasan.csv:9:3', 'nilai "120": Skor harus antara 0 dan 100'],
    ['2021/kawasan.csv:10:1', 'sudah dinilai di baris 2'],
    ['2021/kawasan.csv:11', 'Baris ini berisi 5 sel, padahal ada 10 kolom'],
    ['2021/kawasan.csv:12:2', 'kolom 2 "kategori": Sel wajib diisi tetapi kosong'],
    ['2021/kawasan.csv:13:7', 'nilai "mungkin": Nilai tidak dikenal. Cara memperbaiki: Isi dengan salah satu: ya, tidak'],
    ['2021/kawasan.csv:14:3', 'nilai "45,5": Pemisah dalam angka ini tidak jelas'],
    ['2021/kawasan.csv:15:1', 'belum berlaku untuk tahun 2021. Cara memperbaiki: Untuk tahun 2021 gunakan kode lama 91.01.01.1003'],
    ['2021/kawasan.csv:16', 'Tanda kutip (") dibuka tetapi tidak ditutup'],
    ['2021/program.csv:3:9', 'nilai "25": Nilai ini lebih besar daripada jumlah peserta (20)'],
    ['2021/program.csv:4:5', 'nilai "2021-02-30": Tanggal ini tidak ada di kalender'],
    ['2021/program.csv:5:5', 'nilai "2020-12-01": Tanggal di luar tahun 2021'],
    ['2021/program.csv:6:6', 'Tanggal selesai lebih awal daripada tanggal mulai (2021-05-01)'],
    ['2021/program.csv:7:1', 'nilai "P-1": ID kegiatan sudah dipakai di baris 2'],
    ['2021/program.csv:8:3', 'nilai "pelatihan": Nilai tidak dikenal'],
    ['2021/program.csv:9:5', 'nilai "15/03/2021": Tanggal ditulis hari/bulan/tahun'],
    ['2021/program.csv:10:11', 'nilai "15.000.000": Pemisah dalam angka ini tidak jelas'],
    ['2023/kawasan.csv:3:1', 'tidak berlaku untuk tahun 2023. Cara memperbaiki: Gunakan kode baru 93.01.01.1002'],
    ['2023/program.csv:1', 'Kolom wajib "jenis" tidak ada'],
    ['2024/kawasan.csv:3', 'Berkas bukan UTF-8'],
    ['2024/program.csv', 'Berkas program.csv tidak ada'],
    ['2025/kawasan.csv', 'pemisah kolom tidak jelas'],
    ['2025/program.csv', 'UTF-16'],
  ])('tests/fixtures/broken/%s: %s', (where, text) => {
    const location = `tests/fixtures/broken/${where}`;
    const line = broken.stdout.split('\n').find((l) => l.startsWith(`${location}  `) && l.includes(text));
    expect(line, `no line "${location}  …${text}…" in:\n${broken.stdout}`).toBeDefined();
  });

  it('gives every message in English too, and English alone with --lang en', () => {
    expect(broken.stdout).toMatch(/\[EN\] line 5, column 2 "kategori", value "bahya": Unknown value\. How to fix: Use one of: bahaya/);
    const english = runScript('validate.ts', ['--lang', 'en', '--max', '3'], fixture('broken'));
    expect(english.stdout).not.toMatch(/baris|Cara memperbaiki/);
    expect(english.stdout).toMatch(/… and 25 more issues not shown \(28 in all/);
    expect(english.stdout).toMatch(/✗ Data NOT valid: 28 errors in 8 files/);
  });

  it('says where the data folder is when it does not exist', () => {
    const run = runScript('validate.ts', [], { DASHBOARD_DATA_DIR: 'tests/fixtures/does-not-exist' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Folder data "tests\/fixtures\/does-not-exist" tidak ditemukan/);
  });

  it('annotates the offending file and line in GitHub Actions', () => {
    const run = runScript('validate.ts', ['--lang', 'id'], { ...fixture('broken'), GITHUB_ACTIONS: 'true' });
    expect(run.stdout).toMatch(/^::error file=tests\/fixtures\/broken\/2021\/kawasan\.csv,line=5,col=2::/m);
  });
});

/** The two lines the validator prints for the issue at `location`: Indonesian, then English. */
function printed(stdout: string, location: string): [string | undefined, string | undefined] {
  const lines = stdout.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${location}  `));
  return [lines[index]?.slice(location.length + 2), lines[index + 1]];
}

const CONTROL = {
  id: 'yang tidak boleh ada dalam data. Cara memperbaiki: Hapus karakter itu: ketik ulang isi sel di Excel (karakter seperti ini biasanya ikut tersalin dari sistem atau berkas lain).',
  en: 'which data may not contain. How to fix: Remove it: retype the cell in Excel (such characters usually come along when copying from another system or file).',
};
const DASH = {
  id: 'Tanda pisah bukan angka. Cara memperbaiki: Kosongkan sel ini bila nilainya tidak dilaporkan; tulis 0 hanya bila jumlahnya memang nol.',
  en: 'A dash is not a number. How to fix: Leave the cell empty when the value was not reported; write 0 only when it really is zero.',
};

describe('npm run validate on what staff export from Excel by mistake', () => {
  const run = runScript('validate.ts', ['--max', '200'], fixture('broken-excel'));
  const k = 'tests/fixtures/broken-excel/2021/kawasan.csv';
  const p = 'tests/fixtures/broken-excel/2021/program.csv';

  it('exits 1, reports every error of both files at once and prints no stack trace', () => {
    expectRefused(run, 10, 2);
  });

  it.each([
    [`${k}:3:4`, 'kolom 4 "kasus_narkoba", nilai "\\u0000"', 'U+0000 (karakter ke-1)', 'column 4 "kasus_narkoba", value "\\u0000"', 'U+0000 (character 1)'],
    [`${k}:4:7`, 'kolom 7 "catatan", nilai "teks\\u007f"', 'U+007F (karakter ke-5)', 'column 7 "catatan", value "teks\\u007f"', 'U+007F (character 5)'],
    [`${k}:5:7`, 'kolom 7 "catatan", nilai "\\u0085akhir"', 'U+0085 (karakter ke-1)', 'column 7 "catatan", value "\\u0085akhir"', 'U+0085 (character 1)'],
    [`${k}:6:7`, 'kolom 7 "catatan", nilai "dua\\u000b↵baris"', 'U+000B (karakter ke-4)', 'column 7 "catatan", value "dua\\u000b↵baris"', 'U+000B (character 4)'],
  ])('%s: a control character, named with the cell it is in', (location, idWhere, idWhat, enWhere, enWhat) => {
    const line = location.split(':')[1];
    expect(printed(run.stdout, location)).toEqual([
      `baris ${line}, ${idWhere}: Sel berisi karakter kendali tak terlihat ${idWhat}, ${CONTROL.id}`,
      `  [EN] line ${line}, ${enWhere}: The cell holds an invisible control character ${enWhat}, ${CONTROL.en}`,
    ]);
  });

  it('reports a header row pasted again once, not once per cell', () => {
    expect(printed(run.stdout, `${k}:8`)).toEqual([
      'baris 8: Baris judul kolom muncul lagi di tengah berkas. Cara memperbaiki: Hapus baris ini; judul kolom hanya ada di baris 1 (saat menempelkan data dari lembar kerja lain, jangan ikut menyalin judulnya).',
      '  [EN] line 8: The header row appears again in the middle of the file. How to fix: Delete this row; column names belong on line 1 only (when pasting from another sheet, leave its header out).',
    ]);
    expect(run.stdout.split('\n').filter((line) => line.startsWith(`${k}:8`))).toHaveLength(1);
  });

  it.each([
    [`${k}:9:4`, 'kolom 4 "kasus_narkoba", nilai "-"', 'column 4 "kasus_narkoba", value "-"'],
    [`${k}:10:5`, 'kolom 5 "tersangka", nilai "–"', 'column 5 "tersangka", value "–"'],
    [`${k}:11:3`, 'kolom 3 "skor", nilai "—"', 'column 3 "skor", value "—"'],
  ])('%s: a dash in a number cell: leave it empty when not reported', (location, idWhere, enWhere) => {
    const line = location.split(':')[1];
    expect(printed(run.stdout, location)).toEqual([`baris ${line}, ${idWhere}: ${DASH.id}`, `  [EN] line ${line}, ${enWhere}: ${DASH.en}`]);
  });

  it("names Excel's cell limit for a longer text", () => {
    const value = '"Catatan fiktif yang ditempel berulang kali. Catatan fiktif y…"';
    expect(printed(run.stdout, `${p}:2:4`)).toEqual([
      `baris 2, kolom 4 "nama", nilai ${value}: Sel berisi 32.768 karakter, lebih dari batas Excel 32.767 karakter per sel. Cara memperbaiki: Persingkat isinya. Bila sel ini menelan baris-baris berikutnya, cari tanda kutip (") yang tidak berpasangan di sel ini.`,
      `  [EN] line 2, column 4 "nama", value ${value}: The cell holds 32,768 characters, more than Excel's limit of 32,767 characters per cell. How to fix: Shorten it. If this cell swallowed the following lines, look for an unpaired quote (") in it.`,
    ]);
  });

  it('refuses an unnamed last column that holds values, naming the first line with one', () => {
    expect(printed(run.stdout, `${p}:1:6`)).toEqual([
      'baris 1, kolom 6 "": Kolom tanpa nama di baris judul, padahal berisi nilai (pertama di baris 3). Cara memperbaiki: Beri nama kolom ini, atau pindahkan isinya ke kolom yang tepat lalu hapus kolom ini di Excel.',
      '  [EN] line 1, column 6 "": A column has no name in the header line, yet it holds values (first on line 3). How to fix: Name this column, or move its values to the right column and delete this one in Excel.',
    ]);
  });

  it('accepts an empty unnamed last column (a ";" at the end of every line) with a warning', () => {
    const trailing = runScript('validate.ts', [], fixture('valid-excel-trailing-column'));
    expect(trailing.status).toBe(0);
    expect(trailing.output).not.toMatch(/\n\s+at /);
    expect(trailing.stdout.trim().split('\n')).toEqual([
      'tests/fixtures/valid-excel-trailing-column/2021/kawasan.csv:1:5  peringatan: baris 1, kolom 5 "": Kolom terakhir tanpa nama dan tanpa isi; kolom ini diabaikan. Cara memperbaiki: Tidak wajib diperbaiki. Agar peringatan ini hilang, hapus kolom kosong di kanan tabel di Excel (Excel menulis pemisah tambahan di akhir setiap baris), lalu simpan lagi.',
      '  [EN] warning: line 1, column 5 "": The last column has no name and holds nothing; it is ignored. How to fix: Nothing must be fixed. To silence this warning, delete the empty columns right of the table in Excel (Excel writes an extra delimiter at the end of every line), then save again.',
      expect.stringMatching(/^✓ Data sah: 1 tahun \(2021–2021\), 2 desa\/kelurahan dinilai, 1 kegiatan program, 4 berkas, 1 peringatan \(/),
    ]);
  });

  it('gives the line and column of a JSON syntax error in dataset.json', () => {
    const json = runScript('validate.ts', [], fixture('broken-json'));
    expectRefused(json, 1, 1);
    expect(printed(json.stdout, 'tests/fixtures/broken-json/dataset.json:4:3')).toEqual([
      'baris 4, kolom 3, nilai "\\"": dataset.json bukan JSON yang sah: di sini seharusnya ada koma (,) atau penutup }. Cara memperbaiki: Periksa koma, tanda kutip dan kurung kurawal di sini. Biasanya koma hilang di akhir baris sebelumnya.',
      '  [EN] line 4, column 3, value "\\"": dataset.json is not valid JSON: a comma (,) or the closing } should come here. How to fix: Check commas, quotes and braces here. Usually a comma is missing at the end of the line before.',
    ]);
  });

  describe('a year folder whose name is not a clean year', () => {
    // Made here, not committed: a folder name ending in a space cannot be checked out on Windows.
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-folders-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(path.join(ROOT, 'tests/fixtures/valid-excel'), dir, { recursive: true });
    mkdirSync(path.join(dir, '2024 '));
    mkdirSync(path.join(dir, '2O25'));
    const folders = runScript('validate.ts', [], { DASHBOARD_DATA_DIR: dir });
    const shown = path.relative(ROOT, dir);

    it('is refused, with the name quoted so that the space shows', () => {
      expectRefused(folders, 2, 2);
      expect(printed(folders.stdout, `${shown}/2024 `)).toEqual([
        'Nama folder "2024 " mirip tahun, tetapi berisi spasi. Cara memperbaiki: Ganti nama folder menjadi "2024" (tepat 4 angka, tanpa spasi).',
        '  [EN] Folder name "2024 " looks like a year but contains spaces. How to fix: Rename the folder to "2024" (exactly 4 digits, no spaces).',
      ]);
      expect(printed(folders.stdout, `${shown}/2O25`)).toEqual([
        'Nama folder "2O25" mirip tahun, tetapi berisi huruf (O, I atau l) di tempat angka. Cara memperbaiki: Ganti nama folder menjadi "2025" (tepat 4 angka, tanpa spasi).',
        '  [EN] Folder name "2O25" looks like a year but has letters (O, I or l) in place of digits. How to fix: Rename the folder to "2025" (exactly 4 digits, no spaces).',
      ]);
    });
  });
});
