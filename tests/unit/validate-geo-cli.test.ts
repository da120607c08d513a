/**
 * `npm run validate` checks the optional official boundary file (`data/geo/`) with the other
 * inputs: a bad file is refused there, with the usual file / what / how-to-fix message in both
 * languages, before any build (the site never reads `data/geo/` itself).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { ROOT, runScript } from '../support/run.ts';

const FIXTURE = 'tests/fixtures/broken-geo';
const FILE = `${FIXTURE}/geo/batas.geojson`;

/** The Indonesian line of the issue printed for `location` that holds `text`, and the English line after it. */
function printed(stdout: string, location: string, text: string): [string, string] | undefined {
  const lines = stdout.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${location}  `) && line.includes(text));
  return index < 0 ? undefined : [lines[index]!, lines[index + 1] ?? ''];
}

describe('npm run validate on a broken data/geo/ boundary file', () => {
  const run = runScript('validate.ts', [], { DASHBOARD_DATA_DIR: FIXTURE });

  it('exits 1 with every problem of the file at once and no stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ Data TIDAK sah: 5 kesalahan di 1 berkas. Tidak ada yang ditulis atau diterbitkan.');
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['1 fitur bukan Polygon atau MultiPolygon: fitur ke-6 (32.01: Point). Cara memperbaiki:', '[EN] Features that are not a Polygon or MultiPolygon (1): feature 6 (32.01: Point). How to fix:'],
    ['1 fitur tanpa kode kab/kota yang terbaca: fitur ke-4. Cara memperbaiki: Isi kode Kemendagri setiap fitur di properti kode_kabkota / kode_kab / kode / kdpkab / kode_kab_kota', '[EN] Features without a readable kab/kota code (1): feature 4.'],
    ['1 kode kab/kota tidak dikenal: 99.99. Cara memperbaiki:', '[EN] Unknown kab/kota codes (1): 99.99. How to fix:'],
    ['511 kab/kota tidak punya batas di berkas ini: 11.01 ', 'and 486 more. How to fix: The file must hold the boundaries of all 514 kab/kota'],
    ['5 titik di luar Indonesia (bujur 90–145, lintang −15–10). Cara memperbaiki: Simpan koordinat sebagai bujur/lintang WGS84', '[EN] Points outside Indonesia (longitude 90–145, latitude −15–10): 5. How to fix:'],
  ])('%s', (id, en) => {
    const lines = printed(run.stdout, FILE, id);
    expect(lines, `no line "${FILE}  …${id}…" in:\n${run.stdout}`).toBeDefined();
    expect(lines![1]).toContain(en);
  });

  it('accepts a retired kab/kota code that wilayah/kode-lama.csv maps (9101 → 93.01)', () => {
    expect(run.stdout).not.toMatch(/tidak dikenal: .*91\.01/);
    expect(printed(run.stdout, FILE, 'tidak punya batas')![0]).not.toContain('93.01 ');
  });
});

describe('npm run validate on other data/geo/ folders', () => {
  let dir: string;
  /** A copy of the broken-geo fixture whose geo/ folder holds `files` instead. */
  const dataWith = (name: string, files: Record<string, string>): string => {
    const data = path.join(dir, name);
    cpSync(path.join(ROOT, FIXTURE), data, { recursive: true });
    rmSync(path.join(data, 'geo'), { recursive: true });
    mkdirSync(path.join(data, 'geo'));
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(data, 'geo', file), text);
    return data;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'validate-geo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('points at the line and column where the JSON breaks', () => {
    const data = dataWith('json', { 'batas.geojson': '{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature" }\n  }\n' });
    const run = runScript('validate.ts', [], { DASHBOARD_DATA_DIR: data });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/geo\/batas\.geojson:5:3 {2}baris 5, kolom 3, nilai "}": Berkas batas wilayah bukan JSON yang sah: di sini seharusnya ada koma \(,\) atau penutup \]\./);
    expect(run.stdout).toMatch(/\[EN\] line 5, column 3, value "}": The boundary file is not valid JSON/);
  });

  it('refuses two boundary files', () => {
    const collection = JSON.stringify({ type: 'FeatureCollection', features: [] });
    const run = runScript('validate.ts', ['--lang', 'en'], { DASHBOARD_DATA_DIR: dataWith('two', { 'a.geojson': collection, 'b.topojson': collection }) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/geo {2}There is more than one boundary file in the geo\/ folder \(a\.geojson, b\.topojson\)\. How to fix: Keep one boundary file only/);
  });

  it('accepts a complete official file (every kab/kota, retired codes through the crosswalk) and counts it as read', async () => {
    const { kabkota } = await loadRegionReference();
    const features = kabkota.map((k, i) => {
      const [x, y] = [95 + (i % 50) * 0.5, -10 + Math.floor(i / 50) * 0.5];
      const code = k.code === '93.01' ? '9101' : k.code.replace('.', '');
      return { type: 'Feature', properties: { kode_kabkota: code }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.4, y], [x + 0.4, y + 0.4], [x, y + 0.4], [x, y]]] } };
    });
    const run = runScript('validate.ts', [], { DASHBOARD_DATA_DIR: dataWith('complete', { 'batas.geojson': JSON.stringify({ type: 'FeatureCollection', features }) }) });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/✓ Data sah: 1 tahun \(2021–2021\), 1 desa\/kelurahan dinilai, 0 kegiatan program, 5 berkas/);
  });
});
