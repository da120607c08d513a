/**
 * The staff guide (data/README.md) cannot drift from the contract: its column tables list
 * exactly the schema's columns in contract order, its example rows are the ones in
 * src/tools/staff/examples.ts and pass the real validator, every allowed value is named, and
 * the validator message it quotes is what the validator prints today.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERAKSI_SOSIAL, KATEGORI } from '../../src/pipeline/contract/kawasan.ts';
import { JENIS_PROGRAM } from '../../src/pipeline/contract/program.ts';
import { YES_NO } from '../../src/pipeline/contract/cells.ts';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import { EXAMPLE_ROWS, EXAMPLE_YEAR, exampleCsv, type Delimiter } from '../../src/tools/staff/examples.ts';
import { STAFF_TABLES, type StaffTable } from '../../src/tools/staff/columns.ts';
import { MIN_YEAR } from '../../src/tools/staff/new-year.ts';
import { validateInputs } from '../../src/pipeline/validate/inputs.ts';
import { runScript } from '../support/run.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(ROOT, 'data', 'README.md'), 'utf8');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The Markdown between `<!-- name -->` and `<!-- /name -->`. */
function section(name: string): string {
  const start = guide.indexOf(`<!-- ${name} -->`);
  const end = guide.indexOf(`<!-- /${name} -->`);
  expect(start, `marker <!-- ${name} --> in data/README.md`).toBeGreaterThan(-1);
  expect(end, `marker <!-- /${name} --> in data/README.md`).toBeGreaterThan(start);
  return guide.slice(start, end);
}

/** Table rows of a section as cells, keyed by the `column` in the first cell. */
function tableRows(name: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of section(name).split('\n')) {
    const match = /^\| `([a-z_]+)` \|(.*)\|\s*$/.exec(line);
    if (match?.[1] && match[2] !== undefined) rows.set(match[1], match[2].split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

/** The contents of the guide's ```csv code blocks. */
const csvBlocks = [...guide.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('data/README.md (staff guide)', () => {
  it.each(['kawasan', 'program', 'crosswalk'] as const)('documents every %s column of the contract, in contract order, and no other', (table) => {
    const rows = tableRows(`kolom:${table}`);
    expect([...rows.keys()]).toEqual(STAFF_TABLES[table].all);
  });

  it.each(['kawasan', 'program', 'crosswalk'] as const)('marks exactly the required %s columns as wajib', (table) => {
    const rows = tableRows(`kolom:${table}`);
    const wajib = [...rows].filter(([, cells]) => cells[0] === 'wajib').map(([name]) => name);
    expect(wajib).toEqual(STAFF_TABLES[table].required);
    for (const [name, cells] of rows) expect(cells[0], name).toMatch(/^(wajib|–)$/);
  });

  it.each(['kawasan', 'program', 'crosswalk'] as const)("shows the %s example's value of each column in its row", (table) => {
    const example: Record<string, string> = EXAMPLE_ROWS[table];
    for (const [name, cells] of tableRows(`kolom:${table}`)) {
      const shown = cells.at(-1) ?? '';
      const value = example[name] ?? '';
      const abbreviated = shown.match(/^`(.*)…`$/)?.[1];
      if (abbreviated) expect(value.startsWith(abbreviated), `${name}: ${shown}`).toBe(true);
      else expect(shown, name).toContain(`\`${value}\``);
    }
  });

  it('lists every optional never-publish column of kawasan.csv', () => {
    expect([...tableRows('rahasia:kawasan').keys()]).toEqual(STAFF_TABLES.kawasan.extraPrivate);
  });

  it('names every private column in "Yang tidak pernah diterbitkan"', () => {
    const part = guide.slice(guide.indexOf('## Yang tidak pernah diterbitkan'), guide.indexOf('## Memeriksa data'));
    for (const name of [...STAFF_TABLES.kawasan.extraPrivate, ...STAFF_TABLES.program.private]) {
      expect(part, name).toContain(`\`${name}\``);
    }
  });

  it('names every allowed value of every choice column', () => {
    for (const value of [...KATEGORI, ...INTERAKSI_SOSIAL, ...JENIS_PROGRAM, ...YES_NO]) {
      expect(guide, value).toContain(`\`${value}\``);
    }
  });

  it.each([
    ['kawasan', ';'],
    ['kawasan', ','],
    ['program', ';'],
    ['crosswalk', ','],
  ] as const)('shows the %s example row with "%s" exactly as generated from the contract', (table, delimiter) => {
    expect(csvBlocks).toContain(exampleCsv(table, delimiter));
  });

  it.each([';', ','] as const)('has example rows that the validator accepts (delimiter %s)', async (delimiter: Delimiter) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guide-example-'));
    temps.push(dir);
    cpSync(path.join(ROOT, 'data', 'dataset.json'), path.join(dir, 'dataset.json'));
    mkdirSync(path.join(dir, 'wilayah'));
    writeFileSync(path.join(dir, 'wilayah', 'kode-lama.csv'), exampleCsv('crosswalk', delimiter));
    mkdirSync(path.join(dir, String(EXAMPLE_YEAR)));
    for (const table of ['kawasan', 'program'] as const satisfies StaffTable[]) {
      writeFileSync(path.join(dir, String(EXAMPLE_YEAR), `${table}.csv`), exampleCsv(table, delimiter));
    }
    const result = await validateInputs(dir, await loadRegionReference());
    expect(result.issues).toEqual([]);
    expect(result.inputs?.years[0]?.kawasanRows).toBe(1);
    expect(result.inputs?.years[0]?.programRows).toBe(1);
  });

  it("quotes the validator's message for the broken fixture word for word", () => {
    const block = guide.match(/Contoh nyata[^\n]*\n\n```\n([\s\S]*?)```/)?.[1];
    expect(block, 'the "Contoh nyata" code block').toBeDefined();
    const quoted = (block ?? '').trimEnd().split('\n');
    expect(quoted).toHaveLength(2);
    const run = runScript('validate.ts', ['--max', '500'], { DASHBOARD_DATA_DIR: 'tests/fixtures/broken', GITHUB_ACTIONS: '' });
    expect(run.status).toBe(1);
    const printed = run.stdout.split('\n');
    for (const line of quoted) expect(printed, line).toContain(line);
  });

  it("shows the validator's success line in its real form", () => {
    expect(guide).toMatch(/✓ Data sah: \d+ tahun \(\d{4}–\d{4}\), [\d.]+ desa\/kelurahan dinilai, [\d.]+ kegiatan program, \d+ berkas \([\d.]+ s\)/);
  });

  it('explains the commands staff use', () => {
    for (const command of [
      'npm run new-year -- 2026',
      'npm run validate',
      'npm run preview-data',
      'npm run build',
      'npm run preview',
      'git push',
      '--pemisah koma',
    ]) {
      expect(guide, command).toContain(command);
    }
    expect(guide).toContain(`dari ${MIN_YEAR} sampai tahun depan`);
  });

  it('covers Excel export, corrections, the code crosswalk and the boundary folder', () => {
    for (const text of ['CSV UTF-8', 'yyyy-mm-dd', 'Use 1000 Separator', 'wilayah/kode-lama.csv', 'data/geo/', 'nilai lama → nilai baru', 'privat']) {
      expect(guide, text).toContain(text);
    }
  });
});
