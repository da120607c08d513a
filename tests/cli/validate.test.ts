import { describe, expect, it } from 'vitest';
import { runScript } from './run.ts';

const fixture = (name: string) => ({ DASHBOARD_DATA_DIR: `tests/fixtures/${name}` });

describe('npm run validate', () => {
  it('accepts data written by Excel (BOM, semicolons, CRLF, decimal comma, quoted line breaks, any column order, retired Papua codes) with a one-line summary', () => {
    const run = runScript('validate.ts', [], fixture('valid-excel'));
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/✓ Data sah: 2 tahun \(2021–2023\), 6 desa\/kelurahan dinilai, 2 kegiatan program/);
  });

  const broken = runScript('validate.ts', ['--max', '200'], fixture('broken'));
  const k = 'tests/fixtures/broken/2021/kawasan.csv';
  const p = 'tests/fixtures/broken/2021/program.csv';

  it('exits 1, reports every error of every file in one run and prints no stack trace', () => {
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/✗ Data TIDAK sah: 28 kesalahan di 8 berkas\. Tidak ada yang ditulis/);
    expect(broken.output).not.toMatch(/\n\s+at /);
  });

  it.each([
    [`${k}:3:1`, 'nilai "31.72.01.9999": Kode desa/kelurahan tidak ada dalam daftar Kemendagri'],
    [`${k}:4:1`, 'nilai "3172011002": Bentuk kode wilayah salah'],
    [`${k}:4:1`, 'maksud Anda 31.72.01.1002?'],
    [`${k}:5:2`, 'nilai "bahya": Nilai tidak dikenal. Cara memperbaiki: Isi dengan salah satu: bahaya, waspada, siaga, aman'],
    [`${k}:6:4`, 'nilai "-2": Angka tidak boleh negatif'],
    [`${k}:7:4`, 'nilai "1.5": Kolom ini harus bilangan bulat'],
    [`${k}:8:4`, 'nilai "1.234": Pemisah dalam angka ini tidak jelas'],
    [`${k}:9:3`, 'nilai "120": Skor harus antara 0 dan 100'],
    [`${k}:10:1`, 'sudah dinilai di baris 2'],
    [`${k}:11`, 'Baris ini berisi 5 sel, padahal ada 10 kolom'],
    [`${k}:12:2`, 'kolom 2 "kategori": Sel wajib diisi tetapi kosong'],
    [`${k}:13:7`, 'nilai "mungkin": Nilai tidak dikenal. Cara memperbaiki: Isi dengan salah satu: ya, tidak'],
    [`${k}:14:3`, 'nilai "45,5": Pemisah dalam angka ini tidak jelas'],
    [`${k}:15:1`, 'belum berlaku untuk tahun 2021. Cara memperbaiki: Untuk tahun 2021 gunakan kode lama 91.01.01.1003'],
    [`${k}:16`, 'Tanda kutip (") dibuka tetapi tidak ditutup'],
    [`${p}:3:9`, 'nilai "25": Nilai ini lebih besar daripada jumlah peserta (20)'],
    [`${p}:4:5`, 'nilai "2021-02-30": Tanggal ini tidak ada di kalender'],
    [`${p}:5:5`, 'nilai "2020-12-01": Tanggal di luar tahun 2021'],
    [`${p}:6:6`, 'Tanggal selesai lebih awal daripada tanggal mulai (2021-05-01)'],
    [`${p}:7:1`, 'nilai "P-1": ID kegiatan sudah dipakai di baris 2'],
    [`${p}:8:3`, 'nilai "pelatihan": Nilai tidak dikenal'],
    [`${p}:9:5`, 'nilai "15/03/2021": Tanggal ditulis hari/bulan/tahun'],
    [`${p}:10:11`, 'nilai "15.000.000": Pemisah dalam angka ini tidak jelas'],
    ['tests/fixtures/broken/2023/kawasan.csv:3:1', 'tidak berlaku untuk tahun 2023. Cara memperbaiki: Gunakan kode baru 93.01.01.1002'],
    ['tests/fixtures/broken/2023/program.csv:1', 'Kolom wajib "jenis" tidak ada'],
    ['tests/fixtures/broken/2024/kawasan.csv:3', 'Berkas bukan UTF-8'],
    ['tests/fixtures/broken/2024/program.csv', 'Berkas program.csv tidak ada'],
    ['tests/fixtures/broken/2025/kawasan.csv', 'pemisah kolom tidak jelas'],
    ['tests/fixtures/broken/2025/program.csv', 'UTF-16'],
  ])('%s: %s', (location, text) => {
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
