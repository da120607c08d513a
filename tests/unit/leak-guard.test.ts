import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileLeakMatcher,
  formatLeakReport,
  leakReportPassed,
  prescanForLeaks,
  regionPublicTerms,
  scanForLeaks,
  type LeakReport,
  type LeakSecrets,
} from '../../src/pipeline/leak-guard/leak-guard.ts';
import { classifyCoordinate, classifyText, isCoordinateColumn, planPrivatePatterns } from '../../src/pipeline/leak-guard/leak-patterns.ts';
import { canonicalText, createWordFilter, findCodeTokens, isWordEdge } from '../../src/pipeline/leak-guard/leak-text.ts';
import { loadRegionReference, type RegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { type Figure, figureFiles } from '../../src/pipeline/downloads/figures.ts';

let reference: RegionReference;
const temps: string[] = [];

beforeAll(async () => {
  reference = await loadRegionReference();
});
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function site(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'leak-guard-'));
  temps.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

const secretsOf = (privateValues: Record<string, string[]>, publicTerms?: string[]): LeakSecrets => ({
  privateValues: new Map(Object.entries(privateValues).map(([column, values]) => [column, new Set(values)])),
  desaCodes: reference.desaCodes,
  kecamatanCodes: reference.kecamatanCodes,
  ...(publicTerms ? { publicTerms } : {}),
});

/** The hits without redacted text and counts, for exact comparison. */
const shape = (report: LeakReport) =>
  report.hits.map((hit) => ({ file: hit.file, kind: hit.kind, ...(hit.column ? { column: hit.column } : {}), ...(hit.inName ? { inName: true } : {}) }));

function xlsx(sharedStrings: string[]): Uint8Array {
  const strings = sharedStrings.map((text) => `<si><t>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</t></si>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook><sheets><sheet name="Rekap" sheetId="1"/></sheets></workbook>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst count="${sharedStrings.length}">${strings}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8('<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>31.72</v></c></row></sheetData></worksheet>'),
  });
}

// ---------------------------------------------------------------------------------------------
// The fixture site: one leak of each kind in each kind of file, and a clean file of look-alikes.

const PRIVATE = {
  alamat: ['Jalan "Melati" & Co', 'Jl. Fiktif No. 59 (contoh)'],
  nama_kawasan: ['Kampung "Pelangi" Indah', 'FIKTIF-Kawasan-104016', 'Gang Buntu Sejahtera'],
  catatan: ['Rapat di rumah Pak Harjo\nsetiap Kamis malam', 'ya'],
  lintang: ['-6,123456', '-6,2'],
  bujur: ['106,845599'],
  rw: ['RW 1', 'RW 014'],
  id: ['PRG-2024-00001', '12'],
  mitra: ['Dinas Sosial', 'Koperasi Tani Makmur Jaya'],
  telepon: ['081234567890'],
};
const ALL_PRIVATE = Object.values(PRIVATE).flat();

const FIXTURE: Record<string, string | Uint8Array> = {
  'index.html': '<!doctype html><html lang="id"><body><h1>Kota Jakarta Utara (31.72)</h1><p>Lokasi: Jalan &quot;Melati&quot; &amp; Co</p></body></html>',
  'data/ringkasan.json': JSON.stringify({ kabkota: '31.72', catatan: 'Kampung "Pelangi" Indah', tahun: 2024 }),
  'kabupaten/3172/index.html': '<p>Catatan lapangan: setiap Kamis malam ada pertemuan.</p><p>RW 014 bukan rahasia sendiri.</p>',
  'assets/app.js.map': JSON.stringify({ version: 3, sources: ['src/x.ts'], sourcesContent: ["const fokus = '31.72.01.1001';\n"], mappings: 'AAAA,SAAS' }),
  'unduh/rekap.csv': 'kode,nama,nilai\n31.72,Kota Jakarta Utara,12\n31.72.01,Kecamatan bocor,3\n',
  'peta.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle cx="10.5" cy="20.25" data-lat="-6.123456"/></svg>',
  'unduh/data.xlsx': xlsx(['Kota Jakarta Utara', 'FIKTIF-Kawasan-104016', 'Bahaya']),
  'unduh/rekap.csv.gz': gzipSync(Buffer.from('kabkota;nama\n31.72;Gang Buntu Sejahtera\n')),
  'img/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, ...Buffer.from(' desa=11.01.01.2001 '), 0, 0, 0xff]),
  'unduh/bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('bujur;106,845599\n')]),
  'desa/31.72.01.1002/index.html': '<p>Halaman ini tidak boleh ada.</p>',
  'kontak.txt': 'Hubungi 081234567890 (PRG-2024-00001)',
  'bersih.txt': [
    'Kode mirip yang bukan kode: 12.34.56.7890, versi 1.10.12 dan 1.10.12.3, kab/kota 31.72, provinsi 31, tanggal 2024.01.05.',
    'Nilai pendek dan umum: RW 1, ya, 12, RW 014, Dinas Sosial, koperasi.',
    'Mirip tapi lain: Jalan Melati Raya, Kampung Pelangi, FIKTIF-Kawasan-1040160, PRG-2024-000012, 0812345678901.',
    'Angka mirip koordinat: -6.1234567, 6.12345, 106.8455991, -6.2, 131.72.01, 31.72.01.10015.',
  ].join('\n'),
};

/** A report without its timings: what two scans of the same files must agree on. */
const comparable = ({ elapsedMs: _elapsed, patterns: { compileMs: _compile, ...patterns }, ...rest }: LeakReport) => ({ ...rest, patterns });

describe('scanForLeaks on a fixture site', () => {
  let report: LeakReport;
  beforeAll(async () => {
    report = await scanForLeaks(await site(FIXTURE), secretsOf(PRIVATE));
  });

  it('finds exactly the planted leaks, each in its file, with its kind and column', () => {
    expect(shape(report)).toEqual([
      { file: 'assets/app.js.map', kind: 'desa-code' },
      { file: 'data/ringkasan.json', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'desa/31.72.01.1002/index.html', kind: 'desa-code', inName: true },
      { file: 'img/logo.png', kind: 'desa-code' },
      { file: 'index.html', kind: 'private-value', column: 'alamat' },
      { file: 'kabupaten/3172/index.html', kind: 'private-value', column: 'catatan' },
      { file: 'kontak.txt', kind: 'private-value', column: 'id' },
      { file: 'kontak.txt', kind: 'private-value', column: 'telepon' },
      { file: 'peta.svg', kind: 'coordinate', column: 'lintang' },
      { file: 'unduh/bom.csv', kind: 'coordinate', column: 'bujur' },
      { file: 'unduh/data.xlsx!xl/sharedStrings.xml', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'unduh/rekap.csv', kind: 'kecamatan-code' },
      { file: 'unduh/rekap.csv.gz', kind: 'private-value', column: 'nama_kawasan' },
    ]);
  });

  it('reports the same on worker threads (tasks of a few files, put back in file order)', async () => {
    const root = await site({ ...FIXTURE, ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`halaman/${String(i).padStart(3, '0')}.html`, i % 37 === 0 ? '<p>Gang Buntu Sejahtera</p>' : '<p>bersih</p>'])) });
    const inline = await scanForLeaks(root, secretsOf(PRIVATE), { threads: 0 });
    const threaded = await scanForLeaks(root, secretsOf(PRIVATE), { threads: 2 });
      expect(comparable(threaded)).toEqual(comparable(inline));
    expect(inline.hits.filter((hit) => hit.file.startsWith('halaman/')).map((hit) => hit.file)).toEqual(['halaman/000.html', 'halaman/037.html', 'halaman/074.html', 'halaman/111.html']);
    expect(shape(inline).filter((hit) => !hit.file.startsWith('halaman/'))).toEqual(shape(report));
  });

  it('prints codes in full and private values redacted', () => {
    const byFile = (file: string) => report.hits.filter((hit) => hit.file === file).map((hit) => hit.redacted);
    expect(byFile('assets/app.js.map')).toEqual(['31.72.01.1001']);
    expect(byFile('unduh/rekap.csv')).toEqual(['31.72.01']);
    expect(byFile('index.html')).toEqual(['alamat: "Ja…" (19 karakter)']);
    expect(byFile('kabupaten/3172/index.html')).toEqual(['catatan (baris 2/2): "se…" (18 karakter)']);
    expect(byFile('peta.svg')).toEqual(['lintang: "-6…" (9 karakter)']);
    expect(report.hits.every((hit) => hit.occurrences === 1)).toBe(true);
  });

  it('never prints a private value in full, in hits or in the formatted report', () => {
    const printed = [JSON.stringify(report), ...formatLeakReport(report), ...formatLeakReport(report, { lang: 'en' })].join('\n');
    for (const value of ALL_PRIVATE.filter((value) => value.length >= 5)) {
      expect(printed).not.toContain(value);
      for (const line of value.split('\n')) expect(printed).not.toContain(line);
    }
    for (const hit of report.hits) {
      if (hit.kind === 'private-value' || hit.kind === 'coordinate') expect(hit.redacted).toMatch(/^[a-z_]+( \(baris \d+\/\d+\))?: ".{1,2}…" \(\d+ karakter\)$/u);
    }
  });

  it('counts files, archive entries and bytes, and fails the check', () => {
    expect(report.filesScanned).toBe(Object.keys(FIXTURE).length);
    expect(report.entriesScanned).toBe(4 + 1); // 4 XLSX entries, 1 gzip stream
    const bytes = Object.values(FIXTURE).reduce((sum, content) => sum + (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength), 0);
    expect(report.bytesScanned).toBe(bytes);
    expect(report.skipped).toEqual([]);
    expect(leakReportPassed(report)).toBe(false);
  });

  it('tells what was not searched and why', () => {
    // short: RW 1, ya, 12; numeric: none; vocabulary: RW 014, Dinas Sosial; coarse: -6,2
    expect(report.patterns.valuesIgnored).toEqual({ short: 3, numeric: 0, date: 0, vocabulary: 2, 'imprecise-coordinate': 1 });
    expect(report.patterns.valuesSearched).toBe(ALL_PRIVATE.length - 6);
  });

  it('formats a bilingual report naming each file and kind', () => {
    const id = formatLeakReport(report);
    expect(id[0]).toMatch(/^Pemeriksaan kebocoran: GAGAL\. 13 temuan di 12 berkas\. 13 berkas \(0,0 MB, 5 entri arsip\) diperiksa dalam [\d,]+ dtk\.$/);
    expect(id).toContain('  unduh/rekap.csv: kode kecamatan 31.72.01');
    expect(id).toContain('  desa/31.72.01.1002/index.html (di nama berkas): kode desa/kelurahan 31.72.01.1002');
    expect(id).toContain('  peta.svg: koordinat lintang: "-6…" (9 karakter)');
    expect(id.at(-1)).toMatch(/^Dicari: kode kecamatan\/desa dan 11 nilai rahasia \(12 pola\); tidak dicari karena tidak bermakna sendiri: 3 pendek, 2 kosakata umum, 1 koordinat kasar\.$/);
    const en = formatLeakReport(report, { lang: 'en' });
    expect(en[0]).toMatch(/^Leak check: FAILED\. 13 hits in 12 files\. 13 files/);
    expect(en).toContain('  kabupaten/3172/index.html: private value catatan (line 2/2): "se…" (18 characters)');
    expect(en).toContain('  unduh/data.xlsx!xl/sharedStrings.xml: private value nama_kawasan: "FI…" (21 characters)');
  });
});

describe('scanForLeaks verdicts', () => {
  it('passes a clean site (look-alikes, short and common values) and says so', async () => {
    const root = await site({ 'bersih.txt': FIXTURE['bersih.txt']!, 'index.html': '<h1>Kota Jakarta Utara</h1>' });
    const report = await scanForLeaks(root, secretsOf(PRIVATE));
    expect(report.hits).toEqual([]);
    expect(leakReportPassed(report)).toBe(true);
    expect(formatLeakReport(report)[0]).toMatch(/^Pemeriksaan kebocoran: LULUS\. 2 berkas/);
    expect(formatLeakReport(report, { lang: 'en' })[0]).toMatch(/^Leak check: PASSED\. 2 files/);
  });

  it('lists corrupt archives and symbolic links as skipped, which is not a pass', async () => {
    const root = await site({
      'ok.html': '<p>aman</p>',
      'rusak.csv.gz': new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
      'rusak.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]),
    });
    await symlink(path.join(root, 'ok.html'), path.join(root, 'tautan.html'));
    const report = await scanForLeaks(root, secretsOf(PRIVATE));
    expect(report.hits).toEqual([]);
    expect(report.skipped.map(({ file, reason }) => ({ file, reason }))).toEqual([
      { file: 'rusak.csv.gz', reason: 'archive-error' },
      { file: 'rusak.xlsx', reason: 'archive-error' },
      { file: 'tautan.html', reason: 'not-a-file' },
    ]);
    expect(leakReportPassed(report)).toBe(false);
    const lines = formatLeakReport(report);
    expect(lines[0]).toMatch(/^Pemeriksaan kebocoran: GAGAL\. 3 berkas tidak dapat diperiksa \(bukan lulus\)\./);
    expect(lines).toContain('  tautan.html: TIDAK DIPERIKSA, bukan berkas biasa (symbolic link)');
    expect(formatLeakReport(report, { lang: 'en' })).toContain('  tautan.html: NOT CHECKED, not a regular file (symbolic link)');
  });

  it('still scans the raw bytes of an archive it cannot open', async () => {
    const root = await site({ 'rusak.zip': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(' 31.72.01.1001 ')]) });
    const report = await scanForLeaks(root, secretsOf({}));
    expect(shape(report)).toEqual([{ file: 'rusak.zip', kind: 'desa-code' }]);
    expect(report.skipped).toHaveLength(1);
  });

  it('reports a missing folder as skipped, not as a pass', async () => {
    const report = await scanForLeaks(path.join(tmpdir(), 'leak-guard-tidak-ada-xyz'), secretsOf(PRIVATE));
    expect(report.filesScanned).toBe(0);
    expect(report.skipped[0]).toMatchObject({ file: '.', reason: 'unreadable' });
    expect(leakReportPassed(report)).toBe(false);
  });

  it('detects archives by their bytes, not their name, and opens nested ones', async () => {
    const inner = xlsx(['Koperasi Tani Makmur Jaya']);
    const outer = zipSync({ 'laporan/dalam.xlsx': inner, 'baca.txt': strToU8('bersih') });
    const root = await site({ 'unduh/paket.dat': gzipSync(outer) });
    const report = await scanForLeaks(root, secretsOf(PRIVATE));
    expect(shape(report)).toEqual([{ file: 'unduh/paket.dat!laporan/dalam.xlsx!xl/sharedStrings.xml', kind: 'private-value', column: 'mitra' }]);
  });

  it('decodes UTF-16 text and finds ASCII written as UTF-16 inside binary files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('nama;Koperasi Tani Makmur Jaya\r\n', 'utf16le')]);
    const font = Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 0x0c]), Buffer.from('FIKTIF-Kawasan-104016', 'utf16le'), Buffer.from([0, 0])]);
    const root = await site({ 'unduh/excel.txt': utf16, 'font.woff': font });
    const report = await scanForLeaks(root, secretsOf(PRIVATE));
    expect(shape(report)).toEqual([
      { file: 'font.woff', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'unduh/excel.txt', kind: 'private-value', column: 'mitra' },
    ]);
  });

  it('counts occurrences per file', async () => {
    const root = await site({ 'a.csv': '31.72.01.1001\n31.72.01.1001\nJalan "Melati" & Co\n' });
    const report = await scanForLeaks(root, secretsOf(PRIVATE));
    expect(report.hits.map((hit) => [hit.kind, hit.occurrences])).toEqual([
      ['desa-code', 2],
      ['private-value', 1],
    ]);
  });
});

describe('scanForLeaks after prescanForLeaks (a folder searched ahead, as /data/ while Astro renders)', () => {
  /** The fixture's files split: `downloads` as the prescanned folder and `site` with them installed under data/. */
  const DOWNLOADS = Object.fromEntries(Object.entries(FIXTURE).filter(([name]) => name.startsWith('unduh/') || name.startsWith('data/')).map(([name, content]) => [name.replace(/^data\//, ''), content]));
  const installed = (downloads: Record<string, string | Uint8Array>) => ({
    ...Object.fromEntries(Object.entries(FIXTURE).filter(([name]) => !name.startsWith('unduh/') && !name.startsWith('data/'))),
    ...Object.fromEntries(Object.entries(downloads).map(([name, content]) => [`data/${name}`, content])),
  });

  it.each([0, 2])('gives the report of a full scan when the folder is installed unchanged (%i threads)', async (threads) => {
    const secrets = secretsOf(PRIVATE);
    const prescanned = await prescanForLeaks(await site(DOWNLOADS), 'data', secrets, { threads });
    const root = await site(installed(DOWNLOADS));
    const report = await scanForLeaks(root, secrets, { prescanned, threads });
    expect(comparable(report)).toEqual(comparable(await scanForLeaks(root, secrets, { threads })));
    expect(shape(report).filter((hit) => hit.file.startsWith('data/'))).toEqual([
      { file: 'data/ringkasan.json', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'data/unduh/bom.csv', kind: 'coordinate', column: 'bujur' },
      { file: 'data/unduh/data.xlsx!xl/sharedStrings.xml', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'data/unduh/rekap.csv', kind: 'kecamatan-code' },
      { file: 'data/unduh/rekap.csv.gz', kind: 'private-value', column: 'nama_kawasan' },
    ]);
  });

  it('stands for the folder only when every file has the bytes it searched', async () => {
    const secrets = secretsOf(PRIVATE);
    const clean = { 'a.csv': 'kode\n31.72\n', 'b.csv': 'kode\n31.73\n' };
    const prescanned = await prescanForLeaks(await site(clean), 'data', secrets, { threads: 0 });
    // A finding only the prescan has shows whether its parts were used.
    const marked = { ...prescanned, parts: [...prescanned.parts, { hits: [{ file: 'data/a.csv', kind: 'desa-code' as const, redacted: 'x', occurrences: 1 }], filesScanned: 0, entriesScanned: 0, bytesScanned: 0, cached: 0, skipped: [] }] };
    const used = async (files: Record<string, string>) => (await scanForLeaks(await site(installed(files)), secrets, { prescanned: marked, threads: 0 })).hits.some((hit) => hit.redacted === 'x');
    expect(await used(clean)).toBe(true);
    expect(await used({ ...clean, 'b.csv': 'kode\n31.74\n' })).toBe(false);
    expect(await used({ ...clean, 'c.csv': 'kode\n' })).toBe(false);
    expect(await used({ 'a.csv': clean['a.csv'] })).toBe(false);
  });

  it('searches a file changed or added after the prescan as it is now', async () => {
    const secrets = secretsOf(PRIVATE);
    const prescanned = await prescanForLeaks(await site(DOWNLOADS), 'data', secrets, { threads: 0 });
    const now = { ...DOWNLOADS, 'ringkasan.json': '{"kontak":"081234567890"}', 'baru.txt': '31.72.01.1001' };
    const report = await scanForLeaks(await site(installed(now)), secrets, { prescanned, threads: 0 });
    const data = shape(report).filter((hit) => hit.file.startsWith('data/') && !hit.file.startsWith('data/unduh/'));
    expect(data).toEqual([
      { file: 'data/baru.txt', kind: 'desa-code' },
      { file: 'data/ringkasan.json', kind: 'private-value', column: 'telepon' },
    ]);
  });

  it('refuses a prescan made with other secrets', async () => {
    const prescanned = await prescanForLeaks(await site(DOWNLOADS), 'data', secretsOf(PRIVATE), { threads: 0 });
    await expect(scanForLeaks(await site(installed(DOWNLOADS)), secretsOf(PRIVATE), { prescanned })).rejects.toThrow(/other secrets/);
  });
});

describe('files found clean by an earlier scan (leak-cache.ts)', () => {
  /** A site of clean pages with the fixture's leaks, and a cache folder of its own. */
  const withPages = () => ({ ...FIXTURE, ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`halaman/${String(i).padStart(2, '0')}.html`, `<p>bersih ${i}</p>`])) });
  const cacheFolder = async () => site({});

  it.each([0, 2])('replays clean files and searches the rest: the same report, files with hits searched every time (%i threads)', async (threads) => {
    const root = await site(withPages());
    const cacheDir = await cacheFolder();
    const secrets = secretsOf(PRIVATE);
    const uncached = await scanForLeaks(root, secrets, { threads });
    const first = await scanForLeaks(root, secrets, { threads, cacheDir });
    const second = await scanForLeaks(root, secrets, { threads, cacheDir });
    expect(first.cachedFiles).toBe(0);
    // Every file without a hit or a skip is replayed; the 12 files with hits are searched again.
    const withHits = new Set(uncached.hits.map((hit) => hit.file.split('!')[0]));
    expect(withHits.size).toBe(12);
    expect(second.cachedFiles).toBe(uncached.filesScanned - withHits.size);
    const same = (report: LeakReport) => ({ ...comparable(report), cachedFiles: 0 });
    expect(same(first)).toEqual(comparable(uncached));
    expect(same(second)).toEqual(comparable(uncached));
    expect(second.entriesScanned).toBe(uncached.entriesScanned);
    expect(formatLeakReport(second, { lang: 'en' })[0]).toContain(`(${second.cachedFiles} of them identical to files that passed an earlier check, not searched again)`);
  });

  it('searches a recorded file again when its bytes or its name changed, or the secrets did', async () => {
    const cacheDir = await cacheFolder();
    const clean = { 'a.html': '<p>Taman Kenanga Asri</p>', 'b.html': '<p>juga aman</p>' };
    const root = await site(clean);
    expect((await scanForLeaks(root, secretsOf(PRIVATE), { threads: 0, cacheDir })).cachedFiles).toBe(0);
    expect((await scanForLeaks(root, secretsOf(PRIVATE), { threads: 0, cacheDir })).cachedFiles).toBe(2);
    // Changed bytes under a recorded name: searched, and the leak found.
    await writeFile(path.join(root, 'b.html'), '<p>Gang Buntu Sejahtera</p>');
    const changed = await scanForLeaks(root, secretsOf(PRIVATE), { threads: 0, cacheDir });
    expect(changed.cachedFiles).toBe(1);
    expect(shape(changed)).toEqual([{ file: 'b.html', kind: 'private-value', column: 'nama_kawasan' }]);
    // Recorded bytes under another name: the name is searched too, so the file is.
    const renamed = await site({ 'a.html': clean['a.html'], '31.72.01.1001.html': clean['b.html'] });
    const moved = await scanForLeaks(renamed, secretsOf(PRIVATE), { threads: 0, cacheDir });
    expect(shape(moved)).toEqual([{ file: '31.72.01.1001.html', kind: 'desa-code', inName: true }]);
    // Other secrets: another record, nothing replayed; a value that became secret is found.
    const other = await scanForLeaks(root, secretsOf({ ...PRIVATE, nama_kawasan: [...PRIVATE.nama_kawasan, 'Taman Kenanga Asri'] }), { threads: 0, cacheDir });
    expect(other.cachedFiles).toBe(0);
    expect(shape(other).map((hit) => hit.file)).toContain('a.html');
  });

  it('counts a record cut short as empty, and a prescan and the scan after it share one record', async () => {
    const cacheDir = await cacheFolder();
    const secrets = secretsOf(PRIVATE);
    const clean = { 'a.csv': 'kode\n31.72\n', 'b.csv': 'kode\n31.73\n' };
    const prescanned = await prescanForLeaks(await site(clean), 'data', secrets, { threads: 0, cacheDir });
    const root = await site({ 'index.html': '<p>aman</p>', 'data/a.csv': clean['a.csv'], 'data/b.csv': clean['b.csv'] });
    const report = await scanForLeaks(root, secrets, { prescanned, threads: 0, cacheDir });
    expect(report.hits).toEqual([]);
    const again = await prescanForLeaks(await site(clean), 'data', secrets, { threads: 0, cacheDir });
    expect(again.parts.reduce((sum, part) => sum + part.cached, 0)).toBe(2);
    const records = await readdir(path.join(cacheDir, 'leak'));
    expect(records).toHaveLength(1);
    const record = path.join(cacheDir, 'leak', records[0]!);
    const text = await readFile(record, 'utf8');
    await writeFile(record, text.slice(0, text.length - 30));
    expect((await scanForLeaks(root, secrets, { threads: 0, cacheDir })).cachedFiles).toBe(0);
    expect((await scanForLeaks(root, secrets, { threads: 0, cacheDir })).cachedFiles).toBeGreaterThan(2);
  });
});

describe('the figure files of /data/grafik/ (map views: CSV, SVG, PNG)', () => {
  /** A map view's files as the build writes them, with `plant` as a region's name in the CSV and the SVG. */
  async function figureSite(plant: string): Promise<string> {
    const svg = (lang: string) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60"><title>Peta ${lang}</title><text x="4" y="30">${plant.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}: 12,5 %</text></svg>\n`;
    const figure: Figure = {
      id: 'peta-31-2025-rawan-persen',
      kind: 'map',
      folder: 'peta',
      title: { id: 'Peta', en: 'Map' },
      units: { id: 'Rawan (%)', en: 'Vulnerable (%)' },
      source: { id: 'Sumber', en: 'Source' },
      columns: ['kode', 'nama', 'rawan_persen'],
      rows: [{ kode: '31.72', nama: plant, rawan_persen: 12.5 }],
      svg: { id: svg('id'), en: svg('en') },
      png: true,
    };
    const { files } = await figureFiles([figure], { id: '2025.1', date: '2025-02-03', licence: 'CC-BY-4.0', synthetic: true }, { threads: 1 });
    return site(Object.fromEntries([...files].map(([name, bytes]) => [`data/${name}`, bytes])));
  }

  it('finds a never-publish value in a map view’s CSV and both SVGs', async () => {
    const report = await scanForLeaks(await figureSite('Kampung "Pelangi" Indah'), secretsOf(PRIVATE));
    expect(shape(report)).toEqual([
      { file: 'data/grafik/peta/peta-31-2025-rawan-persen.csv', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'data/grafik/peta/peta-31-2025-rawan-persen.en.svg', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'data/grafik/peta/peta-31-2025-rawan-persen.svg', kind: 'private-value', column: 'nama_kawasan' },
    ]);
    expect(leakReportPassed(report)).toBe(false);
  });

  it('passes the same files with a public name, PNGs included (their pixels come only from the scanned SVG)', async () => {
    const report = await scanForLeaks(await figureSite('Kota Jakarta Utara'), secretsOf(PRIVATE));
    expect(report.hits).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(leakReportPassed(report)).toBe(true);
    expect(report.filesScanned).toBe(7);
  });
});

describe('finding values in their output shapes', () => {
  const value = 'Jalan "Melati" & Co';
  const matcherFor = (values: Record<string, string[]>, publicTerms?: string[]) => compileLeakMatcher(secretsOf(values, publicTerms));

  it.each([
    ['literal', 'x Jalan "Melati" & Co y'],
    ['HTML-escaped', '<p>Jalan &quot;Melati&quot; &amp; Co</p>'],
    ['HTML-escaped, numeric references', 'Jalan &#34;Melati&#x22; &#38; Co'],
    ['double HTML-escaped', 'Jalan &amp;quot;Melati&amp;quot; &amp;amp; Co'],
    ['JSON-escaped', '{"a":"Jalan \\"Melati\\" & Co"}'],
    ['JSON with \\u escapes', '{"a":"Jalan \\u0022Melati\\u0022 \\u0026 Co"}'],
    ['JSON in an HTML attribute', '<astro-island props="{&quot;a&quot;:[0,&quot;Jalan \\&quot;Melati\\&quot; &amp; Co&quot;]}">'],
    ['CSV-quoted', '1,"Jalan ""Melati"" & Co",2'],
    ['XML in XLSX', '<t>Jalan &quot;Melati&quot; &amp; Co</t>'],
    ['URL-encoded', '<a href="/cari?q=Jalan%20%22Melati%22%20%26%20Co">'],
    ['upper-cased', 'JALAN "MELATI" & CO'],
    ['lower-cased', 'jalan "melati" & co'],
    ['as a slug', '/kawasan/jalan-melati-co/'],
    ['split by a soft hyphen and a non-breaking space', 'Jalan\u00a0"Mel\u00adati" & Co'],
  ])('finds a value %s', (_how, text) => {
    const findings = matcherFor({ alamat: [value] }).findInText(text);
    expect(findings.map((finding) => finding.column)).toEqual(['alamat']);
  });

  it.each([
    ['inside a longer word', 'Jalan "Melati" & Company'],
    ['with a word missing', 'Jalan &quot;Melati&quot;'],
    ['with other words between', 'Jalan "Melati" & the Co'],
  ])('does not find a value %s', (_how, text) => {
    expect(matcherFor({ alamat: [value] }).findInText(text)).toEqual([]);
  });

  it('finds each line of a multi-line value on its own', () => {
    const matcher = matcherFor({ catatan: ['Rapat di rumah Pak Harjo\r\nsetiap Kamis malam\nya'] });
    expect(matcher.findInText('"Rapat di rumah Pak Harjo"').map((finding) => finding.redacted)).toEqual(['catatan (baris 1/3): "Ra…" (24 karakter)']);
    expect(matcher.findInText('Rapat di rumah Pak Harjo\\nsetiap Kamis malam').map((finding) => finding.redacted)).toEqual([
      'catatan (baris 1/3): "Ra…" (24 karakter)',
      'catatan (baris 2/3): "se…" (18 karakter)',
    ]);
  });

  it('finds a coordinate whatever its decimal separator, sign and trailing zeros', () => {
    const matcher = matcherFor({ lintang: ['-6,123456', '-7.125370'], bujur: ['106.845599'] });
    const columns = (text: string) => matcher.findInText(text).map((finding) => `${finding.kind}:${finding.column}`);
    expect(columns('[106.845599,-6.123456]')).toEqual(['coordinate:bujur', 'coordinate:lintang']);
    expect(columns('-6,123456')).toEqual(['coordinate:lintang']);
    expect(columns('6.123456 LS')).toEqual(['coordinate:lintang']);
    expect(columns('lat −6.123456')).toEqual(['coordinate:lintang']);
    expect(columns('{"lat":-7.12537}')).toEqual(['coordinate:lintang']);
    expect(columns('-7.125370')).toEqual(['coordinate:lintang']);
    expect(columns('-6.1234567 16.123456 6.123.456 -6.12345 1106.845599')).toEqual([]);
  });

  it('finds a desa/kecamatan code only when it is real and not glued to other digits', () => {
    const matcher = matcherFor({});
    const found = (text: string) => matcher.findInText(text).map((finding) => `${finding.kind}:${finding.redacted}`);
    expect(found('kode 31.72.01.1001')).toEqual(['desa-code:31.72.01.1001']);
    expect(found('"31.72.01"')).toEqual(['kecamatan-code:31.72.01']);
    // desa-shaped, not a real desa, but names a real kecamatan
    expect(found('31.72.01.9999')).toEqual(['kecamatan-code:31.72.01']);
    expect(found('12.34.56.7890 12.34.56 1.10.12 1.10.12.3 31.72 2024.01.05 131.72.01 31.72.01.10015 v1.31.72.01 31.72.01.1001.5')).toEqual([]);
  });
});

describe('text normalisation', () => {
  it('folds escapes, case, accents and punctuation into one form', () => {
    expect(canonicalText('Jalan &quot;Melati&quot; &amp; Co')).toBe('jalan melati co');
    expect(canonicalText('JALAN\\tMELATI\\u0026CO')).toBe('jalan melati co');
    expect(canonicalText('Caf\u00e9 Ma\u0301ma Mel\u00adati &eacute;')).toBe('cafe mama melati e');
    expect(canonicalText('-6,123456; 1.234.567; a.b')).toBe('6.123456 1.234.567 a b');
    expect(canonicalText('中文')).toBe('_4e2d__6587_');
  });

  it('drops words no pattern uses, leaving a barrier, so whole-word matches stay exactly the same', () => {
    const filter = createWordFilter(['jalan melati co', '6.123456', 'gang _4e2d_']);
    expect(filter('di jalan melati co ada 6.123456 dan gang _4e2d_ x')).toBe('jalan melati co | 6.123456 | gang _4e2d_ |');
    expect(filter('jalan the melati co')).toBe('jalan | melati co');
    expect(filter('')).toBe('');

    // Against a naive search (every pattern, every position, whole words) on random word soup.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vocabulary = ['kari', 'rimu', 'tomu', 'zelqua', 'lu5', '12', '1.5678', 'rimuka'];
    const soup = (words: number) => Array.from({ length: words }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const patterns = [...new Set(Array.from({ length: 60 }, () => soup(1 + Math.floor(next() * 3))))].filter((pattern) => {
      const plan = classifyText(pattern);
      return 'patterns' in plan && plan.patterns.length === 1 && plan.patterns[0] === pattern;
    });
    expect(patterns.length).toBeGreaterThan(30);
    const matcher = compileLeakMatcher({
      privateValues: new Map(patterns.map((pattern, index) => [`kolom${index}`, new Set([pattern])])),
      desaCodes: new Set(),
      kecamatanCodes: new Set(),
    });
    let matches = 0;
    for (let round = 0; round < 200; round++) {
      const text = soup(40);
      const naive = patterns
        .map((pattern, index) => ({ pattern, column: `kolom${index}` }))
        .filter(({ pattern }) => {
          for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) if (isWordEdge(text, at, at + pattern.length)) return true;
          return false;
        })
        .map(({ column }) => column)
        .sort();
      const found = [...new Set(matcher.findInText(text).map((finding) => finding.column ?? ''))].sort();
      expect(found).toEqual(naive);
      matches += naive.length;
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('finds code tokens with digit boundaries', () => {
    expect(findCodeTokens('a31.72.01.1001b (31.72.01) 1.31.72.01 31.72.01.1').map((token) => token.code)).toEqual(['31.72.01.1001', '31.72.01']);
  });
});

describe('which values are searched', () => {
  it.each([
    ['RW 1', 'short'],
    ['ya', 'short'],
    ['12', 'short'],
    ['  -  ', 'short'],
    ['1234567', 'numeric'],
    ['1.234.567', 'numeric'],
    ['2024-001', 'numeric'],
    ['2024-01-05', 'date'],
    ['05/01/2024 10:30', 'date'],
    ['RW 014', 'vocabulary'],
    ['RT 03/RW 05', 'vocabulary'],
    ['Blok A No. 7', 'vocabulary'],
    ['tidak ada', 'vocabulary'],
    ['Dinas Sosial', 'vocabulary'],
    ['Karang Taruna', 'vocabulary'],
    ['BAHAYA', 'vocabulary'],
  ])('does not search %j (%s)', (value, reason) => {
    expect(classifyText(value)).toEqual({ ignored: reason });
  });

  it.each([
    ['Gang Buntu', ['gang buntu']],
    ['Karang Taruna Melati', ['karang taruna melati']],
    ['12345678', ['12345678']],
    ['0812-3456-7890', ['0812 3456 7890', '081234567890']],
    ['-6,123456', ['6.123456']],
    ['PRG-2024-00001', ['prg 2024 00001']],
    ['Dusun Ngablak', ['dusun ngablak']],
  ])('searches %j as %j', (value, patterns) => {
    expect(classifyText(value)).toEqual({ patterns });
  });

  it('treats province and kab/kota names as public when given', () => {
    const terms = new Set(regionPublicTerms(reference));
    expect(classifyText('Kota Jakarta Utara', terms)).toEqual({ ignored: 'vocabulary' });
    expect(classifyText('JAKARTA UTARA', terms)).toEqual({ ignored: 'vocabulary' });
    expect(classifyText('Kab. Aceh Selatan', terms)).toEqual({ ignored: 'vocabulary' });
    expect(classifyText('Provinsi Aceh', terms)).toEqual({ ignored: 'vocabulary' });
    expect(classifyText('Aceh Selatan Barat Daya', terms)).toEqual({ patterns: ['aceh selatan barat daya'] });
    expect(classifyText('Kota Jakarta Utara')).toEqual({ patterns: ['kota jakarta utara'] });
  });

  it('searches coordinates with at least 4 decimals, and degrees-minutes-seconds', () => {
    expect(classifyCoordinate('-6,1234')).toEqual({ patterns: ['6.1234'] });
    expect(classifyCoordinate('-6,123')).toEqual({ ignored: 'imprecise-coordinate' });
    expect(classifyCoordinate('-6.2, 106.8')).toEqual({ ignored: 'imprecise-coordinate' });
    expect(classifyCoordinate('-6.123456, 106.845599')).toEqual({ patterns: ['6.123456', '106.845599'] });
    expect(classifyCoordinate('6°7\'24"S')).toEqual({ patterns: ['6 7 24 s'] });
    expect(isCoordinateColumn('lintang')).toBe(true);
    expect(isCoordinateColumn('gps_lat')).toBe(true);
    expect(isCoordinateColumn('pelatihan')).toBe(false);
  });

  it('keeps no private value in the plan, only redacted forms', () => {
    const plan = planPrivatePatterns(new Map([['nama_kawasan', new Set(['FIKTIF-Kawasan-104016', 'RW 1'])]]));
    expect(plan.owners).toEqual([{ column: 'nama_kawasan', kind: 'private-value', redacted: 'nama_kawasan: "FI…" (21 karakter)' }]);
    expect(plan.valuesSearched).toBe(1);
    expect(plan.ignored.short).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('scale', () => {
  /** mulberry32: deterministic. */
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('searches 100,000 private values through a 20 MB file plus 1,100 pages', async () => {
    const next = random(2024);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const syllables = ['ka', 'ri', 'mu', 'to', 'zel', 'qua', 'vin', 'dro', 'pex', 'lu', 'gor', 'sa', 'nym', 'bek'];
    const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
    const columns = ['nama_kawasan', 'alamat', 'catatan', 'nama', 'mitra'];
    const values: Record<string, string[]> = Object.fromEntries(columns.map((column) => [column, []]));
    values.lintang = [];
    for (let index = 0; index < 100_000; index++) {
      if (index % 10 === 0) values.lintang!.push(`-${Math.floor(next() * 10)},${String(Math.floor(next() * 1e6)).padStart(6, '0')}`);
      else values[pick(columns)]!.push(`${word()} ${word()} ${Math.floor(next() * 1000)}`.replace(/^./, (c) => c.toUpperCase()));
    }
    const planted = { alamat: values.alamat![123]!, catatan: values.catatan![4567]!, lintang: values.lintang![999]! };

    // 20 MB of ordinary public text: words the values do not use, numbers, kab/kota codes, dates.
    const words = ['Kabupaten', 'Kota', 'rawan', 'bahaya', 'waspada', 'siaga', 'aman', 'desa', 'jumlah', 'tahun', 'program', 'peserta', 'data'];
    const rows: string[] = [];
    let size = 0;
    while (size < 20_000_000) {
      const row = `<tr><td>${pick(words)} ${pick(words)}</td><td>${Math.floor(next() * 100)}.${Math.floor(next() * 100)}</td><td>31.${String(Math.floor(next() * 99)).padStart(2, '0')}</td><td>2024-01-05</td></tr>\n`;
      rows.push(row);
      size += row.length;
    }
    const middle = Math.floor(rows.length / 2);
    rows[middle] = `<p>${planted.alamat.replaceAll('&', '&amp;')}</p>\n`;
    rows[rows.length - 1] = `<p>${planted.catatan.toUpperCase()} 32.73.01.1001</p>\n`;
    const pages: Record<string, string> = { 'besar.html': rows.join('') };
    for (let page = 0; page < 1_100; page++) {
      pages[`kabupaten/${page}/index.html`] = `<html><body><h1>Kota ${page}</h1>${rows.slice(page * 40, page * 40 + 40).join('')}</body></html>`;
    }
    pages['peta.svg'] = `<svg><path d="M0 0"/><circle data-lat="${planted.lintang.replace(',', '.')}"/></svg>`;
    const root = await site(pages);

    const report = await scanForLeaks(root, secretsOf(values));
    console.log(
      `leak guard scale: ${report.patterns.valuesSearched} values, ${report.patterns.patternCount} patterns compiled in ${report.patterns.compileMs.toFixed(0)} ms; ` +
        `${report.filesScanned} files, ${(report.bytesScanned / 1e6).toFixed(1)} MB scanned in ${report.elapsedMs.toFixed(0)} ms total`,
    );
    const distinct = Object.values(values).reduce((sum, list) => sum + new Set(list).size, 0);
    expect(distinct).toBeGreaterThan(99_900);
    expect(report.patterns.valuesSearched).toBe(distinct);
    expect(report.filesScanned).toBe(1_102);
    expect(report.bytesScanned).toBeGreaterThan(20_000_000);
    expect(shape(report)).toEqual([
      { file: 'besar.html', kind: 'desa-code' },
      { file: 'besar.html', kind: 'private-value', column: 'alamat' },
      { file: 'besar.html', kind: 'private-value', column: 'catatan' },
      { file: 'peta.svg', kind: 'coordinate', column: 'lintang' },
    ]);
  }, 120_000);
});

describe('other file kinds', () => {
  it('opens brotli, zstd, PDF Flate streams and Windows-1252 text', async () => {
    const { brotliCompressSync, deflateSync, zstdCompressSync } = await import('node:zlib');
    const stream = deflateSync(Buffer.from('BT /F1 12 Tf (Gang Buntu Sejahtera) Tj ET'));
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.4\n1 0 obj\n<</Filter/FlateDecode/Length ${stream.length}>>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    const root = await site({
      'index.html.br': brotliCompressSync(Buffer.from('<p>Koperasi Tani Makmur Jaya</p>')),
      'data.json.zst': zstdCompressSync(Buffer.from('{"x":"31.72.01.1001"}')),
      'laporan.pdf': pdf,
      'excel-lama.csv': Buffer.from('nama;Caf\xe9 Melati Indah\r\n', 'latin1'),
      'bukan-brotli.br': Buffer.from('teks biasa'),
    });
    const report = await scanForLeaks(root, secretsOf({ ...PRIVATE, nama_kawasan: ['Café Melati Indah', 'Gang Buntu Sejahtera'] }));
    expect(shape(report)).toEqual([
      { file: 'data.json.zst', kind: 'desa-code' },
      { file: 'excel-lama.csv', kind: 'private-value', column: 'nama_kawasan' },
      { file: 'index.html.br', kind: 'private-value', column: 'mitra' },
      { file: 'laporan.pdf', kind: 'private-value', column: 'nama_kawasan' },
    ]);
    expect(report.skipped.map(({ file, reason }) => `${file}:${reason}`)).toEqual(['bukan-brotli.br:archive-error']);
  });
});
