/**
 * The downloads of the bundled data: every file written and checked (datapackage resources fit
 * their schemas, CSV round-trips, XLSX numbers equal the CSV, checksums), the leak guard passes
 * on the downloads AND on the committed release snapshots, the changelog shows the revisions of
 * 2024 between release 2024.1 and the current data; then the built site: /data/ in place and
 * the pages listing every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLeakReport, leakReportPassed, regionPublicTerms, scanForLeaks, type LeakSecrets } from '../../src/pipeline/leak-guard/leak-guard.ts';
import { loadConfig } from '../../src/config.ts';
import { parseSha256Sums, sha256Hex } from '../../src/pipeline/downloads/checksums.ts';
import { checkDataPackage, parseCsv, sheetBesideCsv, typedRecords, type ResourceDescriptor } from '../support/read-back.ts';
import { ROOT } from '../support/run.ts';
import { readPublicDataset } from '../../src/pipeline/downloads/read-public-data.ts';
import { defaultDateSources, readReleases, resolveRelease, type LoadedRelease, type ReleaseInfo } from '../../src/pipeline/release/release.ts';
import { createDownloads, datasetTables, XLSX_NAME, type CreatedDownloads } from '../../src/pipeline/downloads/write-downloads.ts';
import type { PublicDataset } from '../../src/pipeline/publish/public-dataset.ts';
import { tableFields, type PublicTableName } from '../../src/pipeline/publish/public-schema.ts';
import { rowKey, type Row } from '../../src/pipeline/publish/tables.ts';
import { tableSchema } from '../../src/pipeline/publish/table-schema.ts';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { validateInputs } from '../../src/pipeline/validate/inputs.ts';
import { bundledDatasetMeta, publicDataDir, siteDir } from '../support/site.ts';

const TABLES = ['wilayah', 'kawasan', 'program'] as const;
const RELEASES = path.join(ROOT, 'releases');
const decode = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

let dataset: PublicDataset;
let releases: LoadedRelease[];
let release: ReleaseInfo;
let created: CreatedDownloads;
let out: string;
let secrets: LeakSecrets;

beforeAll(async () => {
  dataset = await readPublicDataset(publicDataDir());
  releases = await readReleases(RELEASES);
  release = resolveRelease(datasetTables(dataset), dataset.schemaVersion, dataset.meta.years, releases, defaultDateSources(loadConfig()));
  created = await createDownloads({ meta: dataset.meta, schemaVersion: dataset.schemaVersion, tables: datasetTables(dataset), release, releases });
  out = await mkdtemp(path.join(tmpdir(), 'unduhan-'));
  for (const [name, bytes] of created.files) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), bytes);
  }
  const reference = await loadRegionReference();
  const validation = await validateInputs(loadConfig().dataDir, reference);
  if (!validation.inputs) throw new Error('the bundled data do not validate');
  secrets = { privateValues: validation.inputs.privateValues, desaCodes: reference.desaCodes, kecamatanCodes: reference.kecamatanCodes, publicTerms: regionPublicTerms(reference) };
}, 300_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('downloads of the bundled data', () => {
  it('writes every format of every table, the workbook, the package, the changelog, the API and checksums', () => {
    const names = [...created.files.keys()];
    for (const table of TABLES) expect(names).toEqual(expect.arrayContaining([`${table}.csv`, `${table}-excel-id.csv`, `${table}.json`]));
    expect(names).toEqual(expect.arrayContaining([XLSX_NAME, 'datapackage.json', 'changelog.json', 'SHA256SUMS', 'v1/index.json', 'v1/nasional/ID.json', 'v1/provinsi/31.json', 'v1/kabkota/31.72.json']));
    expect(names.filter((name) => name.startsWith('v1/kabkota/'))).toHaveLength(dataset.wilayah.filter((row) => row.tingkat === 'kabkota').length);
    expect(names.filter((name) => name.startsWith('v1/provinsi/'))).toHaveLength(38);
  });

  it('every datapackage resource exists and fits its schema (names, order, types, marks)', () => {
    const descriptor = JSON.parse(decode(created.files.get('datapackage.json'))) as { resources: ResourceDescriptor[]; version: string };
    expect(descriptor.version).toBe(release.id);
    expect(checkDataPackage(descriptor, (file) => created.files.get(file))).toEqual([]);
  });

  it('CSV round-trips: papaparse gives back the JSON values, in both dialects', () => {
    for (const table of TABLES) {
      const json = JSON.parse(decode(created.files.get(`${table}.json`)));
      expect(json).toEqual(JSON.parse(JSON.stringify(dataset[table])));
      expect(typedRecords(parseCsv(decode(created.files.get(`${table}.csv`)), ','), tableSchema(table))).toEqual(json);
      const excelSchema = { ...tableSchema(table), fields: tableSchema(table).fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: ',' } : field)) };
      expect(typedRecords(parseCsv(decode(created.files.get(`${table}-excel-id.csv`)), ';'), excelSchema)).toEqual(json);
    }
  });

  it('the XLSX opens and its numbers equal the CSV, cell by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(created.files.get(XLSX_NAME)!) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    for (const table of TABLES) {
      const sheet = workbook.getWorksheet(table)!;
      const csv = parseCsv(decode(created.files.get(`${table}.csv`)), ',');
      const schema = tableSchema(table);
      expect(sheet.rowCount).toBe(csv.rows.length + 1);
      let numbers = 0;
      for (const { row, field, text, value, isNumber } of sheetBesideCsv(sheet, csv, schema)) {
        if (isNumber) {
          numbers++;
          if (value !== Number(text)) expect(value, `${table} row ${row} ${field.name}`).toBe(Number(text));
        } else if (value !== text) expect(value, `${table} row ${row} ${field.name}`).toBe(text);
      }
      expect(numbers).toBeGreaterThanOrEqual(csv.rows.length);
    }
  }, 120_000);

  it('SHA256SUMS matches every file', () => {
    const entries = parseSha256Sums(decode(created.files.get('SHA256SUMS')));
    expect(entries).toHaveLength(created.files.size - 1);
    for (const entry of entries) expect(sha256Hex(created.files.get(entry.path)!), entry.path).toBe(entry.sha256);
  });

  it('the leak guard passes on the downloads', async () => {
    const report = await scanForLeaks(out, secrets);
    expect(report.hits, formatLeakReport(report).join('\n')).toEqual([]);
    expect(leakReportPassed(report)).toBe(true);
  }, 120_000);
});

describe('committed releases', () => {
  it('hold the public tables only, and the leak guard passes on them', async () => {
    expect(releases.length).toBeGreaterThan(0);
    for (const loaded of releases) {
      for (const table of TABLES) {
        const snapshot = JSON.parse(await readFile(path.join(RELEASES, loaded.record.id, `${table}.json`), 'utf8')) as { fields: string[] };
        expect(snapshot.fields).toEqual(tableFields(table).map((field) => field.name));
      }
    }
    const report = await scanForLeaks(RELEASES, secrets);
    expect(report.hits, formatLeakReport(report).join('\n')).toEqual([]);
    expect(leakReportPassed(report)).toBe(true);
  }, 120_000);

  it('the changelog lists the revisions of 2024 since release 2024.1 (old → new)', () => {
    const latest = created.changelog.entries.find((entry) => entry.id === '2025.1')!;
    expect(created.changelog.entries.at(-1)).toMatchObject({ id: '2024.1', previous: null, yearsAdded: [2019, 2020, 2021, 2022, 2023, 2024] });
    expect(latest.yearsAdded).toContain(2025);
    const find = (kode: string, field: string, table = 'kawasan') => latest.changes.find((change) => change.table === table && change.tahun === 2024 && change.kode === kode && change.field === field);
    expect(find('31.72', 'bahaya')).toMatchObject({ old: 4, new: 6, kind: 'revised', nama: 'Kota Administrasi Jakarta Utara' });
    expect(find('31.72', 'kasus_narkoba')).toMatchObject({ old: 63, new: 66, kind: 'revised' });
    expect(find('76.02', 'pengguna')).toMatchObject({ old: 13, new: '[c]', kind: 'suppressed' });
    // Across releases: the revised province total goes too (196 → 187 with Majene's 24 unchanged
    // would give Mamuju = 4); Majene, published in 2024.1 and unchanged, stays published; Sumba
    // Barat, [c] in 2024.1 and revised since, is not handed out with its complement.
    expect(find('76', 'pengguna')).toMatchObject({ old: 196, new: '[c]', kind: 'suppressed' });
    expect(find('76.05', 'pengguna')).toBeUndefined();
    expect(find('53.12', 'pengguna')).toBeUndefined();
    expect(find('53.20', 'pengguna')).toBeUndefined();
    expect(latest.changes.find((change) => change.table === 'program' && change.kode === '61.05' && change.field === 'anggaran')).toMatchObject({ tahun: 2023, kind: 'revised' });
  });
});

describe('the changelog cannot leak', () => {
  it('shows only values that a release published in that very cell (old from the release before, new from its own)', () => {
    const tablesOf = new Map(releases.map((loaded) => [loaded.record.id, loaded.tables]));
    tablesOf.set(release.id, datasetTables(dataset));
    const keyOf = (table: PublicTableName, row: Record<string, unknown>) => rowKey(table, row as Row);
    const indexes = new Map<string, Map<string, Map<string, unknown>>>();
    const cell = (id: string, table: PublicTableName, key: string, field: string) => {
      let index = indexes.get(`${id}/${table}`);
      if (!index) {
        index = new Map(tablesOf.get(id)![table].map((row) => [keyOf(table, row), new Map(Object.entries(row))]));
        indexes.set(`${id}/${table}`, index);
      }
      return index.get(key)?.get(field);
    };
    let checked = 0;
    for (const entry of created.changelog.entries) {
      for (const change of entry.changes) {
        const key = keyOf(change.table, { tahun: change.tahun, kode: change.kode, jenis: change.jenis, program: change.jenis });
        expect(cell(entry.previous!, change.table, key, change.field), `${entry.id} ${key} ${change.field} old`).toBe(change.old);
        expect(cell(entry.id, change.table, key, change.field), `${entry.id} ${key} ${change.field} new`).toBe(change.new);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the built site', () => {
  const site = () => siteDir();
  const page = (route: string) => readFileSync(path.join(site(), route, 'index.html'), 'utf8');

  it('serves /data/ with every file of SHA256SUMS, hashes matching', () => {
    const entries = parseSha256Sums(readFileSync(path.join(site(), 'data', 'SHA256SUMS'), 'utf8'));
    expect(entries.length).toBeGreaterThan(500);
    for (const entry of entries) expect(sha256Hex(readFileSync(path.join(site(), 'data', entry.path))), entry.path).toBe(entry.sha256);
    expect(existsSync(path.join(site(), 'data', 'datapackage.json'))).toBe(true);
  });

  it.each([['unduh'], ['en/downloads']])('the %s page links every file (the map files through their index) and shows its size and SHA-256', (route) => {
    const html = page(route);
    const sums = readFileSync(path.join(site(), 'data', 'SHA256SUMS'), 'utf8');
    // The ~2,500 files of the map views are listed in grafik/index.json (tests/site/map-figures.test.ts), which the page links.
    const figureFile = (name: string) => /^grafik\/[^/]+\//.test(name);
    const listed = [...parseSha256Sums(sums).filter((entry) => !figureFile(entry.path)), { path: 'SHA256SUMS', sha256: sha256Hex(sums) }];
    expect(listed.map((entry) => entry.path)).toEqual(expect.arrayContaining(['grafik/index.json', 'grafik/SHA256SUMS']));
    for (const entry of listed) {
      expect(html, entry.path).toContain(`href="/data/${entry.path}"`);
      expect(html, entry.path).toContain(entry.sha256);
    }
    const links = [...html.matchAll(/href="(\/data\/[^"#]+)"/g)].map((match) => match[1]!);
    for (const link of links) expect(existsSync(path.join(site(), decodeURIComponent(link))), link).toBe(true);
    expect((route === 'unduh' ? /DATA SINTETIS/ : /SYNTHETIC DATA/).test(html), 'the synthetic-data notice follows data/dataset.json').toBe(bundledDatasetMeta().synthetic);
    expect(html).toContain('CC BY 4.0');
    expect(html).toMatch(route === 'unduh' ? /\[Set data\]/ : /\[Data set\]/);
  });

  it.each([['perubahan'], ['en/changelog']])('the %s page shows every changed figure', (route) => {
    const html = page(route);
    const changelog = JSON.parse(readFileSync(path.join(site(), 'data', 'changelog.json'), 'utf8')) as { entries: { id: string; changes: { kode: string; field: string }[] }[] };
    for (const entry of changelog.entries) {
      expect(html).toContain(entry.id);
      const rows = html.split('<tr>').length;
      expect(rows).toBeGreaterThan(entry.changes.length);
      for (const change of entry.changes) expect(html).toContain(`<code>${change.field}</code>`);
    }
  });

  it.each([['kamus-data'], ['en/data-dictionary']])('the %s page lists every field of every table', (route) => {
    const html = page(route);
    for (const table of TABLES) for (const { name } of tableFields(table)) expect(html, name).toContain(`<code>${name}</code>`);
    for (const mark of ['[c]', '[x]', '[z]']) expect(html).toContain(mark);
  });
});
