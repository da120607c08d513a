import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import type { CrosswalkEntry } from '../../src/tools/sample/crosswalk.ts';
import { codeAsWrittenIn, currentCodeOf, parseCrosswalk } from '../../src/tools/sample/crosswalk.ts';
import { parseYears } from '../../src/tools/sample/generate.ts';
import { apportion } from '../../src/tools/sample/selection.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const committedDir = path.join(repoRoot, 'data');
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const JENIS = ['pelatihan_keterampilan', 'kewirausahaan', 'bimtek_pendamping', 'sosialisasi_p4gn', 'kampung_bersinar'];
const KATEGORI = ['bahaya', 'waspada', 'siaga', 'aman'];
const OPTIONAL_KAWASAN = [
  'skor', 'kasus_narkoba', 'tersangka', 'pengguna', 'tempat_hiburan', 'kos', 'ada_bandar', 'ada_kurir',
  'ada_produksi', 'sarana_publik_kurang', 'bersinar', 'interaksi_sosial',
];
const SENSITIVE = ['rw', 'nama_kawasan', 'alamat', 'lintang', 'bujur', 'catatan'];

let work: string;
let fullDir: string;
let reference: RegionReference;
let crosswalk: CrosswalkEntry[];

function generate(outDir: string, ...args: string[]): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'generate-sample.ts'), '--out', outDir, ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
}

function bytes(...parts: string[]): Buffer {
  return readFileSync(path.join(...parts));
}

/** The delimiter each period's files must use (independent of the generator's own table). */
function delimiterOf(year: number): string {
  return year <= 2021 ? ';' : ',';
}

const parsedCache = new Map<string, Record<string, string>[]>();
function table(year: number, name: 'kawasan' | 'program', dir = fullDir): Record<string, string>[] {
  const file = path.join(dir, String(year), `${name}.csv`);
  const cached = parsedCache.get(file);
  if (cached) return cached;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: delimiterOf(year),
    skipEmptyLines: true,
  });
  expect(parsed.errors, `${file}: ${JSON.stringify(parsed.errors.slice(0, 3))}`).toEqual([]);
  parsedCache.set(file, parsed.data);
  return parsed.data;
}

function decimal(text: string, year: number): number {
  return Number(year <= 2021 ? text.replace(',', '.') : text);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sample-generator-'));
  fullDir = path.join(work, 'full');
  generate(fullDir, '--years', '2019-2025');
  reference = await loadRegionReference();
  crosswalk = parseCrosswalk(readFileSync(path.join(committedDir, 'wilayah', 'kode-lama.csv'), 'utf8'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('determinism', () => {
  it('gives byte-identical files for the same seed and arguments, and the same year alone or in a run', () => {
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    const alone = path.join(work, 'alone');
    generate(a, '--years', '2020-2021');
    generate(b, '--years', '2020-2021');
    generate(alone, '--years', '2021');
    for (const year of ['2020', '2021']) {
      for (const file of ['kawasan.csv', 'program.csv']) {
        expect(bytes(a, year, file).equals(bytes(b, year, file)), `${year}/${file}`).toBe(true);
        expect(bytes(a, year, file).equals(bytes(fullDir, year, file)), `${year}/${file} vs 2019-2025`).toBe(true);
      }
    }
    expect(bytes(alone, '2021', 'kawasan.csv').equals(bytes(a, '2021', 'kawasan.csv'))).toBe(true);
    expect(bytes(alone, '2021', 'program.csv').equals(bytes(a, '2021', 'program.csv'))).toBe(true);
  });

  it('changes with the seed', () => {
    const other = path.join(work, 'other-seed');
    generate(other, '--years', '2021', '--seed', '7');
    expect(bytes(other, '2021', 'kawasan.csv').equals(bytes(fullDir, '2021', 'kawasan.csv'))).toBe(false);
  });
});

describe('committed sample', () => {
  it('matches the generator byte for byte (regenerate with `npm run generate-sample`)', () => {
    expect(bytes(committedDir, 'dataset.json').equals(bytes(fullDir, 'dataset.json'))).toBe(true);
    for (const year of YEARS) {
      for (const file of ['kawasan.csv', 'program.csv']) {
        const committed = bytes(committedDir, String(year), file);
        expect(committed.equals(bytes(fullDir, String(year), file)), `data/${year}/${file} drifted`).toBe(true);
      }
    }
  });

  it('has the synthetic dataset.json with exactly the expected keys', () => {
    const text = readFileSync(path.join(committedDir, 'dataset.json'), 'utf8');
    expect(JSON.parse(text)).toStrictEqual({
      title: 'Peta Kawasan Rawan Narkoba — data contoh sintetis',
      publisher: 'Contoh penerbit: Badan Narkotika Nasional (data sintetis, bukan rilis resmi BNN)',
      license: 'CC-BY-4.0',
      contact: 'data@example.go.id',
      synthetic: true,
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "title"');
  });

  it('stays modest in size', () => {
    let total = 0;
    for (const year of YEARS) {
      total += bytes(fullDir, String(year), 'kawasan.csv').length + bytes(fullDir, String(year), 'program.csv').length;
    }
    expect(total).toBeLessThan(15_000_000);
  });
});

describe('calibration', () => {
  it('matches the national Bahaya/Waspada totals published by BNN for 2020 and 2021', () => {
    const published: Record<number, [number, number]> = { 2020: [1884, 6859], 2021: [1852, 6839] };
    for (const [year, [bahaya, waspada]] of Object.entries(published)) {
      const rows = table(Number(year), 'kawasan');
      expect(rows.filter((r) => r['kategori'] === 'bahaya').length, `${year} bahaya`).toBe(bahaya);
      expect(rows.filter((r) => r['kategori'] === 'waspada').length, `${year} waspada`).toBe(waspada);
    }
  });

  it('keeps other years plausible: 12,000-14,000 desa, rawan near the published figures, all four categories', () => {
    for (const year of YEARS) {
      const rows = table(year, 'kawasan');
      expect(rows.length).toBeGreaterThanOrEqual(12_000);
      expect(rows.length).toBeLessThanOrEqual(14_000);
      const count = (k: string) => rows.filter((r) => r['kategori'] === k).length;
      expect(count('bahaya')).toBeGreaterThan(1_700);
      expect(count('bahaya')).toBeLessThan(2_000);
      expect(count('waspada')).toBeGreaterThan(6_500);
      expect(count('waspada')).toBeLessThan(7_100);
      expect(count('siaga')).toBeGreaterThan(1_000);
      expect(count('aman')).toBeGreaterThan(1_000);
    }
  });
});

describe('coverage and codes', () => {
  it('covers all 38 provinces and at least 500 of 514 kab/kota in 2025', () => {
    const rows = table(2025, 'kawasan');
    const provinces = new Set(rows.map((r) => (r['kode_desa'] ?? '').slice(0, 2)));
    const kabkota = new Set(rows.map((r) => (r['kode_desa'] ?? '').slice(0, 5)));
    expect(provinces.size).toBe(38);
    expect(kabkota.size).toBeGreaterThanOrEqual(500);
    expect(reference.kabkota.length).toBe(514);
  });

  it('leaves a handful of kab/kota without assessed desa in some year ("no data")', () => {
    const missing = YEARS.map((year) => 514 - new Set(table(year, 'kawasan').map((r) => (r['kode_desa'] ?? '').slice(0, 5))).size);
    expect(Math.max(...missing)).toBeGreaterThan(0);
    expect(Math.max(...missing)).toBeLessThanOrEqual(10);
  });

  it('uses only reference codes, with old Papua codes up to 2022 and current codes from 2023', () => {
    const newPrefixes = crosswalk.map((e) => `${e.newPrefix}.`);
    const oldPrefixes = crosswalk.map((e) => `${e.oldPrefix}.`);
    for (const year of YEARS) {
      for (const name of ['kawasan', 'program'] as const) {
        const codes = table(year, name).map((r) => r['kode_desa'] ?? '');
        const unknown = codes.filter((code) => !reference.desaCodes.has(currentCodeOf(code, year, crosswalk)));
        expect(unknown, `${year} ${name}`).toEqual([]);
        const usesNew = codes.some((code) => newPrefixes.some((p) => code.startsWith(p)));
        const usesOld = codes.some((code) => oldPrefixes.some((p) => code.startsWith(p)));
        if (year <= 2022) {
          expect(usesNew, `${year} ${name} uses post-2022 codes`).toBe(false);
          if (name === 'kawasan') expect(usesOld, `${year} has no old Papua codes`).toBe(true);
        } else {
          expect(usesOld, `${year} ${name} uses retired codes`).toBe(false);
        }
      }
    }
  });

  it('mostly assesses the same desa again the next year', () => {
    for (let i = 1; i < YEARS.length; i++) {
      const year = YEARS[i] as number;
      const previous = new Set(table(year - 1, 'kawasan').map((r) => currentCodeOf(r['kode_desa'] ?? '', year - 1, crosswalk)));
      const current = table(year, 'kawasan').map((r) => currentCodeOf(r['kode_desa'] ?? '', year, crosswalk));
      const again = current.filter((code) => previous.has(code)).length;
      expect(again / previous.size, String(year)).toBeGreaterThan(0.75);
    }
  });
});

describe('kawasan.csv constraints', () => {
  it('has no desa twice, required cells always filled, valid values, score in the category band', () => {
    const band: Record<string, [number, number]> = { bahaya: [75, 100], waspada: [50, 75], siaga: [25, 50], aman: [0, 25] };
    const skorPattern = (year: number) => (year <= 2021 ? /^\d{1,3},\d$/ : /^\d{1,3}\.\d$/);
    for (const year of YEARS) {
      const rows = table(year, 'kawasan');
      const codes = rows.map((r) => r['kode_desa']);
      expect(new Set(codes).size, `${year} duplicates`).toBe(codes.length);
      const problems: string[] = [];
      rows.forEach((row, i) => {
        const where = `${year} row ${i + 2}`;
        if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(row['kode_desa'] ?? '')) problems.push(`${where}: kode_desa`);
        if (!KATEGORI.includes(row['kategori'] ?? '')) problems.push(`${where}: kategori`);
        const skor = row['skor'] ?? '';
        if (skor !== '') {
          const [min, max] = band[row['kategori'] ?? ''] ?? [0, 0];
          const value = decimal(skor, year);
          if (!skorPattern(year).test(skor) || value < min || value > 100 || (value >= max && max !== 100)) {
            problems.push(`${where}: skor ${skor} for ${row['kategori']}`);
          }
        }
        for (const column of ['kasus_narkoba', 'tersangka', 'pengguna', 'tempat_hiburan', 'kos']) {
          if (!/^(\d+)?$/.test(row[column] ?? '')) problems.push(`${where}: ${column}`);
        }
        for (const column of ['ada_bandar', 'ada_kurir', 'ada_produksi', 'sarana_publik_kurang', 'bersinar']) {
          if (!['ya', 'tidak', ''].includes(row[column] ?? '-')) problems.push(`${where}: ${column}`);
        }
        if (!['rendah', 'sedang', 'tinggi', ''].includes(row['interaksi_sosial'] ?? '-')) problems.push(`${where}: interaksi_sosial`);
      });
      expect(problems.slice(0, 10)).toEqual([]);
    }
  });

  it('leaves about 3-5% of optional cells empty and fills each sensitive column in a good share of rows', () => {
    for (const year of YEARS) {
      const rows = table(year, 'kawasan');
      let empty = 0;
      for (const row of rows) for (const column of OPTIONAL_KAWASAN) if (row[column] === '') empty++;
      const rate = empty / (rows.length * OPTIONAL_KAWASAN.length);
      expect(rate).toBeGreaterThan(0.03);
      expect(rate).toBeLessThan(0.05);
      for (const column of SENSITIVE) {
        const filled = rows.filter((r) => (r[column] ?? '') !== '').length;
        expect(filled / rows.length, `${year} ${column}`).toBeGreaterThan(0.1);
      }
    }
  });

  it('fills sensitive columns with obviously fake values only', () => {
    const rows = table(2022, 'kawasan');
    const problems = rows.flatMap((row, i) => {
      const bad: string[] = [];
      if (row['nama_kawasan'] && !/^FIKTIF-Kawasan-\d{6}$/.test(row['nama_kawasan'])) bad.push('nama_kawasan');
      if (row['rw'] && !/^RW \d{3}$/.test(row['rw'])) bad.push('rw');
      if (row['alamat'] && !/^Jl\. Fiktif No\. \d+ \(contoh\)$/.test(row['alamat'])) bad.push('alamat');
      if (row['catatan'] && !/fiktif/i.test(row['catatan'])) bad.push('catatan');
      if (row['lintang'] && !(Number(row['lintang']) >= -11 && Number(row['lintang']) <= 6)) bad.push('lintang');
      if (row['bujur'] && !(Number(row['bujur']) >= 95 && Number(row['bujur']) <= 141)) bad.push('bujur');
      return bad.map((column) => `row ${i + 2}: ${column}`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    const notes = rows.map((r) => r['catatan'] ?? '');
    expect(notes.some((n) => n.includes('\n'))).toBe(true);
    expect(notes.some((n) => n.includes('"'))).toBe(true);
    expect(notes.some((n) => n.includes(','))).toBe(true);
  });

  it('makes Bahaya desa look worse on the indicators than Aman desa', () => {
    const rows = table(2021, 'kawasan');
    const share = (kategori: string, test: (r: Record<string, string>) => boolean) => {
      const group = rows.filter((r) => r['kategori'] === kategori);
      return group.filter(test).length / group.length;
    };
    expect(share('bahaya', (r) => r['ada_bandar'] === 'ya')).toBeGreaterThan(share('aman', (r) => r['ada_bandar'] === 'ya') + 0.4);
    expect(share('bahaya', (r) => Number(r['kasus_narkoba']) >= 3)).toBeGreaterThan(share('waspada', (r) => Number(r['kasus_narkoba']) >= 3));
    // Person counts are mostly small, so that suppression matters downstream.
    const small = rows.filter((r) => r['pengguna'] !== '' && Number(r['pengguna']) < 10).length / rows.length;
    expect(small).toBeGreaterThan(0.6);
    expect(rows.some((r) => Number(r['tersangka']) >= 20)).toBe(true);
  });
});

describe('program.csv constraints', () => {
  it('has unique ids, consistent counts, dates in the year, every jenis, desa assessed that year', () => {
    for (const year of YEARS) {
      const rows = table(year, 'program');
      const assessed = new Set(table(year, 'kawasan').map((r) => r['kode_desa']));
      expect(rows.length).toBeGreaterThanOrEqual(1_500);
      expect(rows.length).toBeLessThanOrEqual(2_500);
      expect(new Set(rows.map((r) => r['id'])).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r['jenis']))).toEqual(new Set(JENIS));
      const problems: string[] = [];
      rows.forEach((row, i) => {
        const where = `${year} row ${i + 2}`;
        const problem = (text: string) => problems.push(`${where}: ${text}`);
        if (!new RegExp(`^PRG-${year}-\\d{5}$`).test(row['id'] ?? '')) problem('id');
        if (!assessed.has(row['kode_desa'])) problem(`kode_desa ${row['kode_desa']} not assessed`);
        for (const column of ['peserta', 'lulus', 'berwirausaha']) if (!/^\d+$/.test(row[column] ?? '')) problem(column);
        for (const column of ['peserta_perempuan', 'pendapatan_sebelum', 'pendapatan_sesudah', 'anggaran']) {
          if (!/^(\d+)?$/.test(row[column] ?? '')) problem(column);
        }
        const peserta = Number(row['peserta']);
        const lulus = Number(row['lulus']);
        const berwirausaha = Number(row['berwirausaha']);
        if (lulus > peserta) problem('lulus > peserta');
        if (berwirausaha > lulus || berwirausaha > peserta) problem('berwirausaha > lulus');
        if (row['peserta_perempuan'] !== '' && Number(row['peserta_perempuan']) > peserta) problem('perempuan > peserta');
        const mulai = row['mulai'] ?? '';
        const selesai = row['selesai'] ?? '';
        const datePattern = new RegExp(`^${year}-\\d{2}-\\d{2}$`);
        const real = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
        if (!datePattern.test(mulai) || !datePattern.test(selesai) || !real(mulai) || !real(selesai)) problem('dates');
        if (selesai < mulai) problem('selesai < mulai');
        const withIncome = row['jenis'] === 'pelatihan_keterampilan' || row['jenis'] === 'kewirausahaan';
        if (!withIncome && (row['pendapatan_sebelum'] !== '' || row['pendapatan_sesudah'] !== '')) problem('pendapatan');
        if (!['APBN', 'APBD', 'CSR', 'Hibah', ''].includes(row['sumber_dana'] ?? '-')) problem('sumber_dana');
      });
      expect(problems.slice(0, 10)).toEqual([]);
      const rawan = new Set(
        table(year, 'kawasan')
          .filter((r) => r['kategori'] === 'bahaya' || r['kategori'] === 'waspada')
          .map((r) => r['kode_desa']),
      );
      expect(rows.filter((r) => rawan.has(r['kode_desa'])).length / rows.length).toBeGreaterThan(0.7);
      expect(rows.some((r) => Number(r['peserta']) < 10)).toBe(true);
      expect(rows.some((r) => Number(r['peserta']) >= 200)).toBe(true);
    }
  });
});

describe('what follows a programme (synthetic)', () => {
  it('lets rawan desa with an activity the year before leave the rawan classes more often than those without', () => {
    const rawan = (kategori: string | undefined) => kategori === 'bahaya' || kategori === 'waspada';
    for (const year of YEARS.slice(1)) {
      const before = new Map(table(year - 1, 'kawasan').map((r) => [currentCodeOf(r['kode_desa'] ?? '', year - 1, crosswalk), r['kategori']]));
      const hosted = new Set(table(year - 1, 'program').map((r) => currentCodeOf(r['kode_desa'] ?? '', year - 1, crosswalk)));
      const left = { with: [0, 0], without: [0, 0] };
      for (const row of table(year, 'kawasan')) {
        const code = currentCodeOf(row['kode_desa'] ?? '', year, crosswalk);
        if (!rawan(before.get(code))) continue;
        const group = hosted.has(code) ? left.with : left.without;
        group[0]! += rawan(row['kategori']) ? 0 : 1;
        group[1]! += 1;
      }
      const share = ([out, all]: number[]) => out! / all!;
      expect(share(left.with), String(year)).toBeGreaterThan(share(left.without) + 0.1);
    }
  });
});

describe('file dialects', () => {
  /** Text with quoted fields removed, to look at record separators only. */
  const unquoted = (text: string) => text.replace(/"(?:[^"]|"")*"/g, '""');

  it('writes 2019 as Indonesian Excel: BOM, semicolons, CRLF, decimal comma', () => {
    for (const file of ['kawasan.csv', 'program.csv']) {
      const text = readFileSync(path.join(fullDir, '2019', file), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n')[0]).toContain(';');
      expect(text.split('\r\n')[0]).not.toContain(',');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(unquoted(text)).not.toMatch(/[^\r]\n/);
    }
    const rows = table(2019, 'kawasan');
    expect(rows.some((r) => /^\d+,\d$/.test(r['skor'] ?? ''))).toBe(true);
    expect(rows.filter((r) => r['lintang']).every((r) => /^-?\d+,\d{6}$/.test(r['lintang'] ?? ''))).toBe(true);
    expect(rows.filter((r) => r['bujur']).every((r) => /^\d+,\d{6}$/.test(r['bujur'] ?? ''))).toBe(true);
  });

  it('writes 2022 with commas and CRLF, 2024 with commas and LF, no BOM, decimal point', () => {
    for (const [year, crlf] of [
      [2022, true],
      [2024, false],
    ] as const) {
      const text = readFileSync(path.join(fullDir, String(year), 'kawasan.csv'), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(false);
      const header = text.slice(0, text.indexOf('\n'));
      expect(header).toContain(',');
      expect(header).not.toContain(';');
      expect(text.endsWith(crlf ? '\r\n' : '\n')).toBe(true);
      if (crlf) expect(unquoted(text)).not.toMatch(/[^\r]\n/);
      else expect(unquoted(text)).not.toContain('\r');
      const rows = table(year, 'kawasan');
      expect(rows.some((r) => /^\d+\.\d$/.test(r['skor'] ?? ''))).toBe(true);
      expect(rows.filter((r) => r['lintang']).every((r) => /^-?\d+\.\d{6}$/.test(r['lintang'] ?? ''))).toBe(true);
    }
  });

  it('quotes fields with delimiters, quotes and line breaks (RFC 4180)', () => {
    const text = readFileSync(path.join(fullDir, '2019', 'kawasan.csv'), 'utf8');
    expect(text).toMatch(/"[^"\r\n]*\n[^"]*"/);
    expect(text).toContain('""titik kumpul""');
    expect(readFileSync(path.join(fullDir, '2024', 'kawasan.csv'), 'utf8')).toContain('"Catatan contoh fiktif, bukan data nyata"');
  });

  it('varies the column order between years, with the same columns', () => {
    const headerOf = (year: number) => Object.keys(table(year, 'kawasan')[0] ?? {});
    const orders = new Set(YEARS.map((year) => headerOf(year).join('|')));
    expect(orders.size).toBeGreaterThanOrEqual(3);
    const sets = new Set(YEARS.map((year) => [...headerOf(year)].sort().join('|')));
    expect(sets.size).toBe(1);
  });
});

describe('library pieces', () => {
  it('apportions exactly, within caps', () => {
    const result = apportion(10, [1, 1, 1, 0], [2, 10, 10, 5]);
    expect(result.reduce((a, b) => a + b, 0)).toBe(10);
    expect(result[0]).toBe(2);
    expect(result[3]).toBe(0);
    expect(() => apportion(30, [1, 1], [10, 10])).toThrow();
  });

  it('maps Papua codes to their old form up to 2022 and back', () => {
    expect(codeAsWrittenIn('93.01.01.2001', 2022, crosswalk)).toBe('91.01.01.2001');
    expect(codeAsWrittenIn('93.01.01.2001', 2023, crosswalk)).toBe('93.01.01.2001');
    expect(codeAsWrittenIn('91.03.01.2001', 2020, crosswalk)).toBe('91.03.01.2001');
    expect(currentCodeOf('91.01.01.2001', 2021, crosswalk)).toBe('93.01.01.2001');
    expect(currentCodeOf('96.71.01.1001', 2024, crosswalk)).toBe('96.71.01.1001');
  });

  it('parses year ranges', () => {
    expect(parseYears('2019-2021')).toEqual([2019, 2020, 2021]);
    expect(parseYears('2021,2019')).toEqual([2019, 2021]);
    expect(() => parseYears('2021-2019')).toThrow();
    expect(() => parseYears('abc')).toThrow();
  });
});
