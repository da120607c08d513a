/**
 * The download writer on a tiny dataset whose region names and notes are spreadsheet formula
 * payloads: every format, formula safety, CSV and XLSX read back, datapackage.json, checksums,
 * the static API, the figure files (/data/grafik/) and determinism.
 */
import { TABLE_NAMES } from '../../src/pipeline/publish/tables.ts';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSha256Sums, sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import { csvField, CSV_EXCEL_ID, CSV_STANDARD, plainNumber } from '../../src/pipeline/downloads/csv.ts';
import { isInertText, needsNeutralising, neutraliseText, restoreText } from '../../src/pipeline/downloads/formula-safety.ts';
import { checkDataPackage, parseCsv, sheetBesideCsv, typedRecords, type ResourceDescriptor } from '../support/read-back.ts';
import { resolveRelease, type ReleaseInfo } from '../../src/pipeline/release/release.ts';
import { FORMULA_PAYLOADS, tinyDataset } from '../support/tiny-dataset.ts';
import { createDownloads, datasetTables, workbookInput, XLSX_NAME, type CreatedDownloads } from '../../src/pipeline/downloads/write-downloads.ts';
import { type Figure, figureFiles, type FigureIndex } from '../../src/pipeline/downloads/figures.ts';
import { PNG_SCALE } from '../../src/pipeline/downloads/png.ts';
import { DICTIONARY_SHEET, README_SHEET, workbookOnWorker } from '../../src/pipeline/downloads/xlsx.ts';
import { workbookCache } from '../../src/pipeline/downloads/xlsx-cache.ts';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dosDateTime, zipBytes } from '../../src/pipeline/downloads/zip.ts';
import type { PublicDataset } from '../../src/pipeline/publish/public-dataset.ts';
import { tableFields } from '../../src/pipeline/publish/public-schema.ts';
import { tableSchema } from '../../src/pipeline/publish/table-schema.ts';

const TABLES = ['wilayah', 'kawasan', 'program'] as const;
const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

let dataset: PublicDataset;
let release: ReleaseInfo;
let created: CreatedDownloads;

async function create(ds: PublicDataset, info: ReleaseInfo, workbook?: Promise<Uint8Array>) {
  return createDownloads({ meta: ds.meta, schemaVersion: ds.schemaVersion, tables: datasetTables(ds), release: info, releases: [], siteUrl: 'https://contoh.example.go.id/', ...(workbook ? { workbook } : {}) });
}

beforeAll(async () => {
  dataset = tinyDataset();
  release = resolveRelease(datasetTables(dataset), dataset.schemaVersion, dataset.meta.years, [], { option: '2025-02-03' });
  created = await create(dataset, release);
});

describe('formula safety', () => {
  it.each(FORMULA_PAYLOADS)('neutralises %j and can restore it exactly', (payload) => {
    const safe = neutraliseText(payload);
    expect(needsNeutralising(payload)).toBe(true);
    expect(safe.startsWith("'")).toBe(true);
    expect(isInertText(safe)).toBe(true);
    expect(restoreText(safe)).toBe(payload);
  });

  it('leaves ordinary text, codes and marks alone', () => {
    for (const value of ['Kota Administrasi Jakarta Utara', '31.72', '[c]', '[x]', '[z]', '', 'a=b', 'Rp 1.000', '2+2']) {
      expect(neutraliseText(value)).toBe(value);
    }
  });

  it('writes numbers as numbers: negative numbers are not neutralised', () => {
    expect(csvField(-3, CSV_STANDARD)).toBe('-3');
    expect(csvField(-2.5, CSV_STANDARD)).toBe('-2.5');
    expect(csvField(-2.5, CSV_EXCEL_ID)).toBe('-2,5');
    expect(csvField('-3', CSV_STANDARD)).toBe("'-3");
    expect(plainNumber(83040048000)).toBe('83040048000');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-0)).toBe('0');
  });

  it('no text cell of any CSV can start a formula, in both dialects', () => {
    let checked = 0;
    for (const table of TABLES) {
      const textColumns = tableSchema(table).fields.flatMap((field, index) => (field.type === 'string' ? [index] : []));
      for (const name of [`${table}.csv`, `${table}-excel-id.csv`]) {
        const parsed = parseCsv(text(created.files.get(name)), name.endsWith('-excel-id.csv') ? ';' : ',');
        for (const cell of parsed.header) expect(isInertText(cell)).toBe(true);
        for (const cells of parsed.rows) {
          for (const index of textColumns) {
            checked++;
            expect(isInertText(cells[index]!), `${name}: ${JSON.stringify(cells[index])}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('no text cell of the XLSX can start a formula, and the XLSX has no formula at all', async () => {
    const parts = unzipSync(created.files.get(XLSX_NAME)!);
    for (const [name, bytes] of Object.entries(parts)) expect(text(bytes), name).not.toMatch(/<f[ >]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created.files.get(XLSX_NAME)!) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    let texts = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') {
            texts++;
            expect(isInertText(cell.value), `${sheet.name}!${cell.address}: ${JSON.stringify(cell.value)}`).toBe(true);
          }
        }),
      ),
    );
    expect(texts).toBeGreaterThan(100);
  });

  it('JSON keeps the exact text (JSON is not opened as formulas)', () => {
    const records = JSON.parse(text(created.files.get('wilayah.json'))) as { nama: string; catatan_en: string }[];
    expect(records.map((record) => record.nama)).toContain(FORMULA_PAYLOADS[0]);
    expect(records.map((record) => record.catatan_en)).toContain('\r=1+1');
  });
});

describe('CSV', () => {
  it('is UTF-8 with BOM, CRLF line ends, a header of field names', () => {
    for (const table of TABLES) {
      const csv = text(created.files.get(`${table}.csv`));
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(tableFields(table).map((field) => field.name).join(','));
      const excel = text(created.files.get(`${table}-excel-id.csv`));
      expect(excel.slice(1, excel.indexOf('\r\n'))).toBe(tableFields(table).map((field) => field.name).join(';'));
    }
  });

  it('round-trips: papaparse + the Table Schema give back the JSON values, in both dialects', () => {
    for (const table of TABLES) {
      const json = JSON.parse(text(created.files.get(`${table}.json`)));
      expect(typedRecords(parseCsv(text(created.files.get(`${table}.csv`)), ','), tableSchema(table))).toEqual(json);
      const excelSchema = { ...tableSchema(table), fields: tableSchema(table).fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: ',' } : field)) };
      expect(typedRecords(parseCsv(text(created.files.get(`${table}-excel-id.csv`)), ';'), excelSchema)).toEqual(json);
      expect(json).toEqual(JSON.parse(JSON.stringify(dataset[table])));
    }
  });

  it('keeps negative numbers and decimals as numbers, marks as marks', () => {
    const rows = parseCsv(text(created.files.get('kawasan-excel-id.csv')), ';');
    const column = rows.header.indexOf('rawan_persen_perubahan');
    expect(rows.rows.map((cells) => cells[column])).toContain('-2,5');
    const program = parseCsv(text(created.files.get('program.csv')), ',');
    const income = program.header.indexOf('perubahan_pendapatan_rata');
    expect(program.rows.map((cells) => cells[income])).toContain('-125000');
    expect(text(created.files.get('program.csv'))).toContain('[c]');
  });
});

describe('XLSX', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created.files.get(XLSX_NAME)!) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  });

  it('opens, with README first, one sheet per table, then the dictionary', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([README_SHEET, ...TABLE_NAMES, DICTIONARY_SHEET]);
    const readme = workbook.getWorksheet(README_SHEET)!;
    const cells = readme.getSheetValues().flat().filter((value) => typeof value === 'string') as string[];
    const all = cells.join('\n');
    for (const expected of ['Data uji kecil', release.id, '2025-02-03', 'https://creativecommons.org/licenses/by/4.0/', '[c]', '[x]', '[z]', 'DATA SINTETIS', 'https://contoh.example.go.id/data/', 'idn-area-data']) {
      expect(all).toContain(expected);
    }
  });

  it('has typed cells: numbers equal the CSV, marks and names are text, header frozen', () => {
    for (const table of TABLES) {
      const sheet = workbook.getWorksheet(table)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const csv = parseCsv(text(created.files.get(`${table}.csv`)), ',');
      const schema = tableSchema(table);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(csv.header);
      for (const { field, text, value, isNumber } of sheetBesideCsv(sheet, csv, schema)) {
        if (isNumber) {
          expect(typeof value, `${table} ${field.name}`).toBe('number');
          expect(value).toBe(Number(text));
        } else {
          // XML (and so XLSX) stores a carriage return in text as a line feed.
          expect(value, `${table} ${field.name}`).toBe(text.replaceAll('\r\n', '\n').replaceAll('\r', '\n'));
        }
      }
      for (let column = 1; column <= schema.fields.length; column++) {
        const width = sheet.getColumn(column).width ?? 0;
        expect(width).toBeGreaterThanOrEqual(8);
        expect(width).toBeLessThanOrEqual(60);
      }
    }
  });

  it('is dated at the release date and has no "now" in it', () => {
    expect(workbook.created.toISOString()).toBe('2025-02-03T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2025-02-03T00:00:00.000Z');
    const { date, time } = dosDateTime('2025-02-03');
    const bytes = Buffer.from(created.files.get(XLSX_NAME)!);
    for (let offset = bytes.indexOf('PK\x03\x04'); offset >= 0; offset = bytes.indexOf('PK\x03\x04', offset + 4)) {
      expect([bytes.readUInt16LE(offset + 10), bytes.readUInt16LE(offset + 12)]).toEqual([time, date]);
    }
  });
});

describe('datapackage.json', () => {
  it('describes every table file and the XLSX, with sizes, hashes and schemas that fit', () => {
    const descriptor = JSON.parse(text(created.files.get('datapackage.json'))) as { resources: ResourceDescriptor[]; [key: string]: unknown };
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [...TABLE_NAMES.flatMap((table) => [`${table}.csv`, `${table}-excel-id.csv`, `${table}.json`]), XLSX_NAME, 'grafik/index.json'].sort(),
    );
    expect(checkDataPackage(descriptor, (file) => created.files.get(file))).toEqual([]);
    expect(descriptor).toMatchObject({
      profile: 'data-package',
      name: 'peta-kawasan-rawan-narkoba',
      version: release.id,
      created: '2025-02-03T00:00:00Z',
      homepage: 'https://contoh.example.go.id/',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      'x-synthetic': true,
    });
    expect((descriptor.sources as unknown[]).length).toBe(2);
    const kawasan = descriptor.resources.find((resource) => resource.name === 'kawasan')!;
    expect(kawasan).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { delimiter: ',' } });
    expect(kawasan.schema!.missingValues).toEqual(['[c]', '[x]', '[z]']);
    const field = kawasan.schema!.fields.find((entry) => entry.name === 'pengguna')!;
    expect(field).toMatchObject({ type: 'integer', 'x-unit': 'orang', title: 'Penyalah guna', 'x-title-en': 'Drug users' });
    const excel = descriptor.resources.find((resource) => resource.name === 'kawasan-excel-id')!;
    expect(excel.dialect).toMatchObject({ delimiter: ';' });
    expect(excel.schema!.fields.find((entry) => entry.name === 'rawan_persen')).toMatchObject({ type: 'number', decimalChar: ',' });
  });

  it('catches a resource that does not fit its schema', () => {
    const descriptor = JSON.parse(text(created.files.get('datapackage.json'))) as { resources: ResourceDescriptor[] };
    const broken = new Map(created.files);
    const csv = text(broken.get('wilayah.csv')).replace('\r\nnasional,ID,Indonesia,', '\r\nnasional,ID,=1+1,');
    expect(csv).toContain('=1+1');
    broken.set('wilayah.csv', new TextEncoder().encode(csv));
    const problems = checkDataPackage(descriptor, (file) => broken.get(file));
    expect(problems.some((problem) => problem.includes('SHA-256'))).toBe(true);
    expect(problems.some((problem) => problem.includes('could run as a formula'))).toBe(true);
  });
});

describe('checksums and manifest', () => {
  it('SHA256SUMS lists every other file with its hash, in sha256sum format', () => {
    const sums = text(created.files.get('SHA256SUMS'));
    expect(sums).toMatch(/^[0-9a-f]{64} {2}\S+\n/);
    const entries = parseSha256Sums(sums);
    expect(entries.map((entry) => entry.path).sort()).toEqual([...created.files.keys()].filter((name) => name !== 'SHA256SUMS').sort());
    for (const entry of entries) expect(sha256Hex(created.files.get(entry.path)!)).toBe(entry.sha256);
  });

  it('the manifest lists every file with size, hash, format and last change', () => {
    expect(created.manifest.files.map((entry) => entry.path).sort()).toEqual([...created.files.keys()].map((name) => `/data/${name}`).sort());
    for (const entry of created.manifest.files) {
      const bytes = created.files.get(entry.path.slice('/data/'.length))!;
      expect(entry.bytes).toBe(bytes.byteLength);
      expect(entry.sha256).toBe(sha256Hex(bytes));
      expect(entry.lastChanged).toEqual({ id: release.id, date: '2025-02-03' });
    }
    expect(created.manifest.citation.apa.id).toBe(`Penerbit Uji. (2025). Data uji kecil (Versi ${release.id}) [Set data]. https://contoh.example.go.id/data/`);
    expect(created.manifest.citation.plain.en).toContain(`release ${release.id} (3 February 2025), licence CC-BY-4.0`);
  });
});

describe('static API', () => {
  it('has one file per unit at a stable path with all its years, and an index', () => {
    const unit = JSON.parse(text(created.files.get('v1/kabkota/31.72.json'))) as { wilayah: { kode: string }; kawasan: { tahun: number; kode: string }[]; program: { kode: string }[] };
    expect(unit.wilayah.kode).toBe('31.72');
    expect(unit.kawasan.map((row) => row.tahun)).toEqual([2023, 2024]);
    expect(unit.program).toHaveLength(2 * 6);
    expect([...unit.kawasan, ...unit.program].every((row) => row.kode === '31.72')).toBe(true);
    expect(created.files.has('v1/provinsi/31.json')).toBe(true);
    expect(created.files.has('v1/nasional/ID.json')).toBe(true);
    const index = JSON.parse(text(created.files.get('v1/index.json'))) as { units: { kode: string; path: string }[] };
    expect(index.units.map((entry) => entry.path)).toEqual(['nasional/ID.json', 'provinsi/31.json', 'kabkota/31.71.json', 'kabkota/31.72.json']);
    // Relative to the index, so a site under a sub-path resolves them too.
    expect(new URL(index.units[3]!.path, 'https://example.go.id/dashboard/data/v1/index.json').pathname).toBe('/dashboard/data/v1/kabkota/31.72.json');
  });

  it('never offers map geometry', () => {
    expect([...created.files.keys()].filter((name) => /geo|topo|peta\.json|\.svg$/i.test(name))).toEqual([]);
  });
});

describe('determinism', () => {
  it('writing the downloads twice gives identical bytes, XLSX included', async () => {
    const again = await create(tinyDataset(), release);
    expect([...again.files.keys()]).toEqual([...created.files.keys()]);
    for (const [name, bytes] of created.files) expect(sha256Hex(again.files.get(name)!), name).toBe(sha256Hex(bytes));
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(created.manifest));
  });

  it('the workbook written on a worker thread (as the build does) is the same bytes', async () => {
    const input = { meta: dataset.meta, release, tables: datasetTables(dataset), siteUrl: 'https://contoh.example.go.id/' };
    const onWorker = await create(dataset, release, workbookOnWorker(workbookInput(input)));
    expect(sha256Hex(onWorker.files.get(XLSX_NAME)!)).toBe(sha256Hex(created.files.get(XLSX_NAME)!));
  });

  it('a workbook kept between builds (xlsx-cache.ts) is read instead of written: the same bytes, per input; a cut file is written again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'xlsx-cache-'));
    try {
      const input = workbookInput({ meta: dataset.meta, release, tables: datasetTables(dataset), siteUrl: 'https://contoh.example.go.id/' });
      const expected = sha256Hex(created.files.get(XLSX_NAME)!);
      const cache = workbookCache(dir, input);
      expect(cache.read()).toBeUndefined();
      expect(sha256Hex(await workbookOnWorker(input, dir))).toBe(expected);
      const [file] = await readdir(dir);
      expect(sha256Hex(cache.read()!)).toBe(expected);
      // What the cache holds is handed out without writing: another whole zip put there comes back.
      const other = zipBytes([{ name: 'x.txt', data: new TextEncoder().encode('x') }], '2025-02-03');
      await writeFile(path.join(dir, file!), other);
      expect(sha256Hex(await workbookOnWorker(input, dir))).toBe(sha256Hex(other));
      // A file cut short is no workbook: written again.
      await writeFile(path.join(dir, file!), (await readFile(path.join(dir, file!))).subarray(0, 20));
      expect(cache.read()).toBeUndefined();
      expect(sha256Hex(await workbookOnWorker(input, dir))).toBe(expected);
      expect(sha256Hex(cache.read()!)).toBe(expected);
      // Another input (another release date) is another entry.
      const later = workbookInput({ meta: dataset.meta, release: { ...release, date: '2025-03-04' }, tables: datasetTables(dataset), siteUrl: 'https://contoh.example.go.id/' });
      expect(workbookCache(dir, later).read()).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('another release date changes only the files that name the release', async () => {
    const later = await create(dataset, { ...release, date: '2025-03-04' });
    const changed = [...created.files.keys()].filter((name) => sha256Hex(later.files.get(name)!) !== sha256Hex(created.files.get(name)!));
    // The list of figure files names its release (and so its checksum file changes too).
    expect(changed.sort()).toEqual(['SHA256SUMS', 'changelog.json', 'datapackage.json', XLSX_NAME, 'grafik/index.json', 'grafik/SHA256SUMS'].sort());
  });
});

describe('figure files (/data/grafik/)', () => {
  const svg = (lang: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect width="200" height="100" fill="#fff"/><rect x="10" y="10" width="80" height="40" fill="#bd0026"/><text x="10" y="80" font-size="14">${lang}</text></svg>\n`;
  const figure = (id: string, png: boolean): Figure => ({
    id,
    kind: 'map',
    folder: 'peta',
    title: { id: `Judul ${id}`, en: `Title ${id}` },
    units: { id: 'Rawan (%)', en: 'Vulnerable (%)' },
    source: { id: 'Sumber: uji, rilis 2025.1', en: 'Source: test, release 2025.1' },
    year: 2025,
    measure: 'rawan_persen',
    region: { kode: '31', nama: 'DKI Jakarta', tingkat: 'provinsi' },
    columns: ['kode', 'nama', 'rawan_persen'],
    rows: [
      { kode: '31.71', nama: '=Kota "A"', rawan_persen: 12.5 },
      { kode: '31.72', nama: 'Kota B', rawan_persen: '[c]' },
      { kode: '31.73', nama: 'Kota C', rawan_persen: null },
    ],
    svg: { id: svg('id'), en: svg('en') },
    png,
  });
  const info = { id: '2025.1', date: '2025-02-03', licence: 'CC-BY-4.0', synthetic: true };

  it('writes the CSV (marks, formula-safe), SVG per language and a valid PNG of the set scale; the index lists every file with its hash', async () => {
    const { files, index } = await figureFiles([figure('peta-31-2025-rawan-persen', true), figure('peta-32-2025-rawan-persen', false)], info, { threads: 1 });
    expect([...files.keys()].sort()).toEqual(
      [
        'grafik/SHA256SUMS',
        'grafik/index.json',
        ...['peta-31-2025-rawan-persen.csv', 'peta-31-2025-rawan-persen.svg', 'peta-31-2025-rawan-persen.en.svg', 'peta-31-2025-rawan-persen.png', 'peta-31-2025-rawan-persen.en.png'],
        ...['peta-32-2025-rawan-persen.csv', 'peta-32-2025-rawan-persen.svg', 'peta-32-2025-rawan-persen.en.svg'],
      ]
        .map((name) => (name.startsWith('grafik/') ? name : `grafik/peta/${name}`))
        .sort(),
    );
    expect(text(files.get('grafik/peta/peta-31-2025-rawan-persen.csv'))).toBe('\uFEFFkode,nama,rawan_persen\r\n31.71,"\'=Kota ""A""",12.5\r\n31.72,Kota B,[c]\r\n31.73,Kota C,[x]\r\n');
    expect(text(files.get('grafik/peta/peta-31-2025-rawan-persen.en.svg'))).toBe(svg('en'));
    const png = files.get('grafik/peta/peta-31-2025-rawan-persen.png')!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const header = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([Math.round(200 * PNG_SCALE), Math.round(100 * PNG_SCALE)]);
    expect(files.get('grafik/peta/peta-31-2025-rawan-persen.en.png')).not.toEqual(png);

    const listed = JSON.parse(text(files.get('grafik/index.json'))) as FigureIndex;
    expect(listed).toEqual(index);
    expect(listed.release).toEqual(info);
    expect(listed.figures.map((entry) => entry.id)).toEqual(['peta-31-2025-rawan-persen', 'peta-32-2025-rawan-persen']);
    expect(listed.figures[0]).toMatchObject({ title: { id: 'Judul peta-31-2025-rawan-persen', en: 'Title peta-31-2025-rawan-persen' }, year: 2025, measure: 'rawan_persen', region: { kode: '31' } });
    const all = listed.figures.flatMap((entry) => entry.files);
    expect(all.map((file) => file.path.slice('/data/'.length)).sort()).toEqual([...files.keys()].filter((name) => !/(index\.json|SHA256SUMS)$/.test(name)).sort());
    for (const file of all) {
      const bytes = files.get(file.path.slice('/data/'.length))!;
      expect([file.bytes, file.sha256]).toEqual([bytes.byteLength, sha256Hex(bytes)]);
    }
    const sums = parseSha256Sums(text(files.get('grafik/SHA256SUMS')));
    expect(sums.map((entry) => entry.path).sort()).toEqual([...files.keys()].filter((name) => name !== 'grafik/SHA256SUMS').map((name) => name.slice('grafik/'.length)).sort());
    for (const entry of sums) expect(sha256Hex(files.get(`grafik/${entry.path}`)!)).toBe(entry.sha256);
  });

  it('gives the same bytes twice (PNG included), on one thread or two', async () => {
    const one = await figureFiles([figure('peta-31-2025-rawan-persen', true)], info, { threads: 1 });
    const two = await figureFiles([figure('peta-31-2025-rawan-persen', true)], info, { threads: 2 });
    expect(two.files).toEqual(one.files);
  });

  it('refuses an id used twice, a bad id and a column in no row', async () => {
    await expect(figureFiles([figure('peta-a', false), figure('peta-a', false)], info)).rejects.toThrow(/used twice/);
    await expect(figureFiles([figure('Peta A', false)], info)).rejects.toThrow(/bad id/);
    await expect(figureFiles([{ ...figure('peta-b', false), columns: ['kode', 'skor_rata'] }], info)).rejects.toThrow(/"skor_rata" is in no row/);
  });

  it('join the downloads: every file in SHA256SUMS, their index a data-package resource, only the index and sums in the manifest', async () => {
    const figures = await figureFiles([figure('peta-31-2025-rawan-persen', false)], info, { threads: 1 });
    const withFigures = await createDownloads({ meta: dataset.meta, schemaVersion: dataset.schemaVersion, tables: datasetTables(dataset), release, releases: [], figures });
    const sums = parseSha256Sums(text(withFigures.files.get('SHA256SUMS'))).map((entry) => entry.path);
    expect(sums).toEqual(expect.arrayContaining(['grafik/peta/peta-31-2025-rawan-persen.csv', 'grafik/peta/peta-31-2025-rawan-persen.en.svg', 'grafik/index.json', 'grafik/SHA256SUMS']));
    expect(sums.length).toBe(withFigures.files.size - 1);
    const descriptor = JSON.parse(text(withFigures.files.get('datapackage.json'))) as { resources: ResourceDescriptor[] };
    expect(descriptor.resources.find((resource) => resource.path === 'grafik/index.json')).toMatchObject({ name: 'grafik-index', format: 'json', title: expect.stringContaining('peta') });
    expect(checkDataPackage(descriptor, (file) => withFigures.files.get(file))).toEqual([]);
    const listed = withFigures.manifest.files.map((entry) => entry.path).filter((name) => name.startsWith('/data/grafik/'));
    expect(listed.sort()).toEqual(['/data/grafik/SHA256SUMS', '/data/grafik/index.json']);
  });
});
