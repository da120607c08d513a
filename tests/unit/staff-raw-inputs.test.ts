/**
 * The raw-input guard (src/pipeline/leak-guard/raw-inputs.ts): no input file may end up under public/
 * or in the built site, by name, by a kode_desa header, or as a byte-identical copy.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultIsInputFile, guardRawInputs, headerLineHasKodeDesa } from '../../src/pipeline/leak-guard/raw-inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function write(file: string, content: string | Uint8Array): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** A data folder and a public/ and output folder beside it, in a fresh temp dir. */
function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'raw-inputs-'));
  temps.push(root);
  const data = path.join(root, 'data');
  const kawasan = 'kode_desa;kategori;rw\r\n31.72.01.1001;aman;RW 001\r\n';
  write(path.join(data, '2025', 'kawasan.csv'), kawasan);
  write(path.join(data, '2025', 'program.csv'), 'id,kode_desa,jenis\nP-1,31.72.01.1001,kewirausahaan\n');
  write(path.join(data, 'wilayah', 'kode-lama.csv'), 'kode_lama,kode_baru,berlaku_sampai,keterangan\n91.01,93.01,2022-12-31,x\n');
  write(path.join(data, 'dataset.json'), '{"title":"t"}\n');
  write(path.join(data, 'README.md'), '# panduan\n');
  write(path.join(data, 'geo', 'batas.geojson'), '{"type":"FeatureCollection","features":[]}\n');
  write(path.join(data, '2025', 'kosong.csv'), '');
  return { root, data, pub: path.join(root, 'public'), out: path.join(root, 'dist'), kawasan };
}

const show = (root: string) => (absolute: string) => path.relative(root, absolute);

describe('guardRawInputs', () => {
  it('passes clean folders (and skips folders that do not exist)', async () => {
    const w = workspace();
    write(path.join(w.out, 'index.html'), '<p>ok</p>');
    write(path.join(w.out, 'unduh', 'kabkota.csv'), 'kode_kabkota;tahun;rawan\n31.72;2025;3\n');
    const result = await guardRawInputs({ roots: [w.pub, w.out], dataDir: w.data, show: show(w.root) });
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.messages).toEqual(['✓ Tidak ada berkas masukan mentah di public/, dist/ / no raw input files in public/, dist/']);
  });

  it('refuses input file names in any letter case, anywhere under the roots', async () => {
    const w = workspace();
    write(path.join(w.pub, 'unduh', 'kawasan.csv'), 'kategori\naman\n');
    write(path.join(w.out, 'Program.CSV'), 'jenis\n');
    write(path.join(w.out, 'a', 'b', 'kode-lama.csv'), 'x\n');
    const result = await guardRawInputs({ roots: [w.pub, w.out], dataDir: w.data, show: show(w.root) });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.file, f.reasons])).toEqual([
      [path.join('dist', 'a', 'b', 'kode-lama.csv'), ['input-name']],
      [path.join('dist', 'Program.CSV'), ['input-name']],
      [path.join('public', 'unduh', 'kawasan.csv'), ['input-name']],
    ]);
  });

  it('refuses a CSV whose header has kode_desa, however Excel wrote it', async () => {
    const w = workspace();
    write(path.join(w.out, 'a.csv'), '\uFEFF"Kode Desa";kategori\r\n');
    write(path.join(w.out, 'b.tsv'), 'kategori\tkode_desa\n');
    write(path.join(w.out, 'c.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KODE-DESA,x\r\n', 'utf16le')]));
    write(path.join(w.out, 'd.csv'), 'kode_kabkota,kode_desa_jumlah\n');
    write(path.join(w.out, 'e.json'), '{"kode_desa":"31.72.01.1001"}');
    const result = await guardRawInputs({ roots: [w.out], dataDir: w.data, show: show(w.root) });
    expect(result.findings.map((f) => [path.basename(f.file), f.reasons])).toEqual([
      ['a.csv', ['kode-desa-header']],
      ['b.tsv', ['kode-desa-header']],
      ['c.txt', ['kode-desa-header']],
    ]);
  });

  it('refuses a byte-identical copy of an input file under any name, also through a symlink', async () => {
    const w = workspace();
    write(path.join(w.out, 'unduh', 'data-2025.bin'), w.kawasan);
    symlinkSync(path.join(w.data, 'wilayah', 'kode-lama.csv'), path.join(w.out, 'crosswalk.dat'));
    const result = await guardRawInputs({ roots: [w.out], dataDir: w.data, show: show(w.root) });
    expect(result.findings).toEqual([
      { file: path.join('dist', 'crosswalk.dat'), reasons: ['identical-to-input'], sameAs: path.join('data', 'wilayah', 'kode-lama.csv') },
      { file: path.join('dist', 'unduh', 'data-2025.bin'), reasons: ['identical-to-input'], sameAs: path.join('data', '2025', 'kawasan.csv') },
    ]);
  });

  it('gives every reason that applies to one file', async () => {
    const w = workspace();
    write(path.join(w.pub, 'kawasan.csv'), w.kawasan);
    const result = await guardRawInputs({ roots: [w.pub], dataDir: w.data, show: show(w.root) });
    expect(result.findings).toEqual([
      { file: path.join('public', 'kawasan.csv'), reasons: ['input-name', 'kode-desa-header', 'identical-to-input'], sameAs: path.join('data', '2025', 'kawasan.csv') },
    ]);
  });

  it('lets public metadata and empty files through: dataset.json, geo/, the guide, empty files', async () => {
    const w = workspace();
    write(path.join(w.out, 'dataset.json'), readFileSync(path.join(w.data, 'dataset.json')));
    write(path.join(w.out, 'peta', 'batas.geojson'), readFileSync(path.join(w.data, 'geo', 'batas.geojson')));
    write(path.join(w.out, 'README.md'), readFileSync(path.join(w.data, 'README.md')));
    write(path.join(w.out, '.nojekyll'), '');
    const result = await guardRawInputs({ roots: [w.out], dataDir: w.data, show: show(w.root) });
    expect(result.findings).toEqual([]);
    expect(defaultIsInputFile('2025/kawasan.csv')).toBe(true);
    expect(defaultIsInputFile('wilayah/kode-lama.csv')).toBe(true);
    expect(defaultIsInputFile('dataset.json')).toBe(false);
    expect(defaultIsInputFile('geo/batas.geojson')).toBe(false);
    expect(defaultIsInputFile('README.md')).toBe(false);
  });

  it('never reports the data folder itself, even when it lies under a root', async () => {
    const w = workspace();
    const result = await guardRawInputs({ roots: [w.root], dataDir: w.data, show: show(w.root) });
    expect(result.findings).toEqual([]);
  });

  it('names each file in Bahasa Indonesia and English and says how to fix it', async () => {
    const w = workspace();
    write(path.join(w.pub, 'kawasan.csv'), w.kawasan);
    write(path.join(w.out, 'x.csv'), 'kode_desa\n');
    const { messages } = await guardRawInputs({ roots: [w.pub, w.out], dataDir: w.data, show: show(w.root) });
    expect(messages[0]).toBe('✗ 2 berkas masukan mentah akan ikut terbit; tidak ada yang diterbitkan. / 2 raw input file(s) would be published; nothing was published.');
    expect(messages[1]).toContain(`${path.join('dist', 'x.csv')}  Berkas data mentah (berisi kolom kode_desa). Hapus berkas ini`);
    expect(messages[1]).toContain('[EN] Raw data file (has a kode_desa column). Remove this file');
    expect(messages[2]).toContain(
      `${path.join('public', 'kawasan.csv')}  Berkas data mentah (bernama seperti berkas masukan; berisi kolom kode_desa; sama persis dengan ${path.join('data', '2025', 'kawasan.csv')})`,
    );
    expect(messages[2]).toContain(`named like an input file; has a kode_desa column; byte-identical to ${path.join('data', '2025', 'kawasan.csv')}`);
  });
});

describe('headerLineHasKodeDesa', () => {
  it.each([
    ['kode_desa,kategori', true],
    ['"kode_desa";"kategori"\r\nx', true],
    [' Kode Desa ;x', true],
    ['kategori\nkode_desa', false],
    ['kode_desa_lama,x', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(headerLineHasKodeDesa(line)).toBe(expected);
  });
});

describe('this repository', () => {
  it('has no raw input file in public/ (the built site: tests/site/raw-inputs.test.ts)', async () => {
    const source = await guardRawInputs({ roots: [path.join(ROOT, 'public')], dataDir: path.join(ROOT, 'data') });
    expect(source.findings, source.messages.join('\n')).toEqual([]);
  });
});
