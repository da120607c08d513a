/**
 * Releases, the changelog and the publish preview: release ids and dates are deterministic,
 * snapshots hold only the public tables and cannot be edited unnoticed, every revised figure of
 * an earlier year appears in the changelog (old → new), newly suppressed and unsuppressed cells
 * included, and "last change" of each download follows the data.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangelog, changelogJson } from '../../src/pipeline/release/changelog.ts';
import { cutRelease } from '../../src/pipeline/release/cut-release.ts';
import { classifyChange, diffIsEmpty, diffTables } from '../../src/pipeline/release/diff.ts';
import { publishPreviewLines } from '../../src/pipeline/release/publish-preview.ts';
import { compareReleaseIds, draftDate, nextReleaseId, readReleases, resolveRelease, type ReleaseRecord } from '../../src/pipeline/release/release.ts';
import { tinyDataset } from '../support/tiny-dataset.ts';
import { createDownloads, datasetTables } from '../../src/pipeline/downloads/write-downloads.ts';
import { tableFields } from '../../src/pipeline/publish/public-schema.ts';

const NAMES = ['Kota Administrasi Jakarta Pusat', 'Kota Administrasi Jakarta Utara'] as const;
/** Release 1: 2023 only. */
const first = () => tinyDataset({ years: [2023], names: NAMES, overrides: { 'kawasan|2023|31.72|pengguna': '[c]', 'kawasan|2023|31.71|tersangka': 15, 'kawasan|2023|31.71|bahaya': 7 } });
/** Release 2: adds 2024 and revises 2023 (a figure, a newly suppressed cell, an unsuppressed cell, a program budget). */
const second = (extra: Record<string, number | string> = {}) =>
  tinyDataset({
    years: [2023, 2024],
    names: NAMES,
    overrides: {
      'kawasan|2023|31.72|pengguna': 42,
      'kawasan|2023|31.71|tersangka': '[c]',
      'kawasan|2023|31.71|bahaya': 9,
      'program|2023|31.72|anggaran|kewirausahaan': 123456789,
      ...extra,
    },
  });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rilis-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('release ids and dates', () => {
  it('numbers releases per newest data year', () => {
    expect(nextReleaseId(2024, [])).toBe('2024.1');
    expect(nextReleaseId(2024, ['2023.1', '2024.1', '2024.2'])).toBe('2024.3');
    expect(nextReleaseId(2025, ['2024.3'])).toBe('2025.1');
    expect(['2024.10', '2025.1', '2024.2'].sort(compareReleaseIds)).toEqual(['2024.2', '2024.10', '2025.1']);
  });

  it('dates a draft from SOURCE_DATE_EPOCH, git, the previous release or the data year — never "now"', () => {
    const previous = { id: '2024.1', date: '2025-06-30' } as ReleaseRecord;
    expect(draftDate(2025, previous, { sourceDateEpoch: '1767225600', gitDate: '2025-09-01' })).toEqual({ date: '2026-01-01', dateSource: 'SOURCE_DATE_EPOCH' });
    expect(draftDate(2025, previous, { gitDate: '2025-09-01' })).toEqual({ date: '2025-09-01', dateSource: 'git' });
    expect(draftDate(2025, previous, {})).toEqual({ date: '2025-06-30', dateSource: 'previous-release' });
    expect(draftDate(2025, undefined, {})).toEqual({ date: '2025-12-31', dateSource: 'data-year' });
    expect(draftDate(2025, previous, { gitDate: '2024-01-01' })).toEqual({ date: '2025-06-30', dateSource: 'previous-release' });
    expect(() => draftDate(2025, previous, { option: '2025-01-01' })).toThrow(/before the previous release/);
  });

  it('gives the same id to the same tables, and a different one to different tables', () => {
    const a = resolveRelease(datasetTables(second()), '1.0.0', [2023, 2024], [], { option: '2025-01-01' });
    const b = resolveRelease(datasetTables(second()), '1.0.0', [2023, 2024], [], { option: '2025-01-01' });
    const c = resolveRelease(datasetTables(second({ 'kawasan|2024|31.72|aman': 1 })), '1.0.0', [2023, 2024], [], { option: '2025-01-01' });
    expect(a.id).toMatch(/^2024\.1-draft\.[0-9a-f]{7}$/);
    expect(b).toEqual(a);
    expect(c.id).not.toBe(a.id);
  });
});

describe('cutting releases and the changelog', () => {
  it('cuts release 2023.1 from the public tables only', async () => {
    const result = await cutRelease(first(), { releasesDir: dir, dateSources: { option: '2024-06-30' }, note: { id: 'Rilis pertama.', en: 'First release.' } });
    expect(result.status).toBe('cut');
    const record = JSON.parse(await readFile(path.join(dir, '2023.1', 'release.json'), 'utf8')) as ReleaseRecord;
    expect(record).toMatchObject({ id: '2023.1', date: '2024-06-30', schemaVersion: '1.0.0', years: [2023], previous: null, note: { en: 'First release.' } });
    for (const table of ['wilayah', 'kawasan', 'program'] as const) {
      const snapshot = JSON.parse(await readFile(path.join(dir, '2023.1', `${table}.json`), 'utf8')) as { fields: string[] };
      expect(snapshot.fields).toEqual(tableFields(table).map((field) => field.name));
    }
    expect(await readFile(path.join(dir, '2023.1', 'kawasan.json'), 'utf8')).toMatch(/^\{"table":"kawasan",.*"rows":\[\n\[2023,"nasional","ID"/);
  });

  it('a build with new data is a draft of the next release; its changelog shows EVERY revised figure, old → new', async () => {
    const releases = await readReleases(dir);
    const dataset = second();
    const tables = datasetTables(dataset);
    const info = resolveRelease(tables, dataset.schemaVersion, dataset.meta.years, releases, { gitDate: '2025-07-01' });
    expect(info).toMatchObject({ draft: true, date: '2025-07-01', dateSource: 'git' });
    expect(info.id).toMatch(/^2024\.1-draft\.[0-9a-f]{7}$/);
    const changelog = buildChangelog(releases, { info, tables });
    expect(changelog.entries.map((entry) => entry.id)).toEqual([info.id, '2023.1']);
    const [latest, initial] = changelog.entries;
    expect(initial).toMatchObject({ previous: null, yearsAdded: [2023], changes: [] });
    expect(latest).toMatchObject({ draft: true, previous: '2023.1', yearsAdded: [2024], yearsRemoved: [] });
    expect(latest!.changes).toEqual(
      expect.arrayContaining([
        { table: 'kawasan', tahun: 2023, tingkat: 'kabkota', kode: '31.71', nama: NAMES[0], jenis: null, field: 'bahaya', old: 7, new: 9, kind: 'revised' },
        { table: 'kawasan', tahun: 2023, tingkat: 'kabkota', kode: '31.71', nama: NAMES[0], jenis: null, field: 'tersangka', old: 15, new: '[c]', kind: 'suppressed' },
        { table: 'kawasan', tahun: 2023, tingkat: 'kabkota', kode: '31.72', nama: NAMES[1], jenis: null, field: 'pengguna', old: '[c]', new: 42, kind: 'unsuppressed' },
        expect.objectContaining({ table: 'program', tahun: 2023, kode: '31.72', jenis: 'kewirausahaan', field: 'anggaran', new: 123456789, kind: 'revised' }),
      ]),
    );
    expect(latest!.changes).toHaveLength(4);
    expect(latest!.counts).toMatchObject({ revised: 2, suppressed: 1, unsuppressed: 1 });
    const json = JSON.parse(changelogJson(changelog));
    expect(json).toEqual(JSON.parse(JSON.stringify(changelog)));
  });

  it('the publish preview tells staff what will change, in Indonesian and English', async () => {
    const releases = await readReleases(dir);
    const dataset = second();
    const info = resolveRelease(datasetTables(dataset), dataset.schemaVersion, dataset.meta.years, releases, { gitDate: '2025-07-01' });
    const diff = diffTables(releases.at(-1)!.tables, datasetTables(dataset));
    const id = publishPreviewLines({ release: info, previous: releases.at(-1)!.record, diff }).join('\n');
    expect(id).toContain('Dibandingkan dengan rilis terakhir: 2023.1 (2024-06-30)');
    expect(id).toContain('Tahun baru: 2024');
    expect(id).toContain('Angka tahun yang sudah terbit berubah: 4 sel (direvisi 2, baru disamarkan [c] 1, dibuka kembali 1)');
    expect(id).toContain(`31.71 ${NAMES[0]}: 2 sel`);
    expect(id).toContain(`kawasan 2023 · 31.71 ${NAMES[0]} · bahaya (Bahaya): 7 → 9 (+2; +28,6%)`);
    expect(id).toContain(`kawasan 2023 · 31.71 ${NAMES[0]} · tersangka (Tersangka): 15 → [c]`);
    expect(id).toContain(`kawasan 2023 · 31.72 ${NAMES[1]} · pengguna (Penyalah guna): [c] → 42`);
    expect(id).toContain('node scripts/preview.ts --release');
    const en = publishPreviewLines({ release: info, previous: releases.at(-1)!.record, diff }, { lang: 'en' }).join('\n');
    expect(en).toContain('Years added: 2024');
    expect(en).toContain('Cells newly suppressed [c] (1):');
    expect(en).toContain('Cells shown again (1):');
  });

  it('cutting makes the build that release, with the same date, and nothing else changes', async () => {
    const result = await cutRelease(second(), { releasesDir: dir, dateSources: { gitDate: '2025-07-01' } });
    expect(result).toMatchObject({ status: 'cut', record: { id: '2024.1', date: '2025-07-01', previous: '2023.1', summary: { yearsAdded: [2024], changedCells: 4, suppressed: 1, unsuppressed: 1 } } });
    const releases = await readReleases(dir);
    const info = resolveRelease(datasetTables(second()), '1.0.0', [2023, 2024], releases, { gitDate: '2030-01-01' });
    expect(info).toMatchObject({ id: '2024.1', date: '2025-07-01', draft: false, dateSource: 'release.json' });
    const changelog = buildChangelog(releases, { info, tables: datasetTables(second()) });
    expect(changelog.entries.map((entry) => [entry.id, entry.draft, entry.changes.length])).toEqual([
      ['2024.1', false, 4],
      ['2023.1', false, 0],
    ]);
    expect(await cutRelease(second(), { releasesDir: dir, dateSources: {} })).toMatchObject({ status: 'unchanged', record: { id: '2024.1' } });
  });

  it('a later revision of the same years is the next number', async () => {
    const releases = await readReleases(dir);
    const info = resolveRelease(datasetTables(second({ 'kawasan|2024|31.72|aman': 3 })), '1.0.0', [2023, 2024], releases, {});
    expect(info.id).toMatch(/^2024\.2-draft\./);
    expect(info.date).toBe('2025-07-01');
  });

  it('"last change" of each download follows its data through the releases', async () => {
    const releases = await readReleases(dir);
    const dataset = second();
    const info = resolveRelease(datasetTables(dataset), '1.0.0', dataset.meta.years, releases, {});
    const { manifest } = await createDownloads({ meta: dataset.meta, schemaVersion: '1.0.0', tables: datasetTables(dataset), release: info, releases });
    const changed = (file: string) => manifest.files.find((entry) => entry.path === `/data/${file}`)?.lastChanged.id;
    expect(changed('wilayah.csv')).toBe('2023.1');
    expect(changed('wilayah-excel-id.csv')).toBe('2023.1');
    expect(changed('v1/index.json')).toBe('2023.1');
    expect(changed('kawasan.csv')).toBe('2024.1');
    expect(changed('v1/kabkota/31.72.json')).toBe('2024.1');
    expect(changed('datapackage.json')).toBe('2024.1');
    expect(manifest.previous).toEqual({ id: '2023.1', date: '2024-06-30' });
  });

  it('refuses a snapshot edited by hand', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'rilis-ubah-'));
    try {
      await cutRelease(first(), { releasesDir: copy, dateSources: { option: '2024-06-30' } });
      const file = path.join(copy, '2023.1', 'kawasan.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace('[2023,"nasional","ID","Indonesia","",', '[2023,"nasional","ID","Indonesia!","",'));
      await expect(readReleases(copy)).rejects.toThrow(/does not match the hash/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('diff', () => {
  it('classifies every kind of change', () => {
    expect(classifyChange(1, 2)).toBe('revised');
    expect(classifyChange(1, '[c]')).toBe('suppressed');
    expect(classifyChange('[x]', '[c]')).toBe('suppressed');
    expect(classifyChange('[c]', 3)).toBe('unsuppressed');
    expect(classifyChange('[c]', '[z]')).toBe('unsuppressed');
    expect(classifyChange('[x]', 3)).toBe('reported');
    expect(classifyChange(3, '[x]')).toBe('withdrawn');
    expect(classifyChange('[x]', '[z]')).toBe('remarked');
    expect(classifyChange('Kab. A', 'Kabupaten A')).toBe('text');
    expect(classifyChange(3, 3)).toBeUndefined();
  });

  it('finds nothing between equal tables and only added years for a new year', () => {
    expect(diffIsEmpty(diffTables(datasetTables(second()), datasetTables(second())))).toBe(true);
    const diff = diffTables(datasetTables(tinyDataset({ years: [2023] })), datasetTables(tinyDataset({ years: [2023, 2024] })));
    expect(diff).toMatchObject({ yearsAdded: [2024], changes: [], rowsAdded: [], rowsRemoved: [] });
  });
});
