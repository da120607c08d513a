/**
 * `npm run new-year -- <tahun>`: scaffolds a year folder with header-only CSV files in contract
 * order, which the validator accepts; never overwrites; rejects bad arguments with a message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAFF_TABLES } from '../../src/tools/staff/columns.ts';
import {
  headerOnlyCsv,
  MIN_YEAR,
  parseDelimiter,
  parseYearArgument,
  yearNotes,
  yearTemplates,
} from '../../src/tools/staff/new-year.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DASHBOARD_DATA_DIR: dataDir, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = readFileSync(full).toString('base64');
  }
  return files;
}

const currentYear = new Date().getFullYear();
// Next year is always allowed and never part of the bundled sample.
const YEAR = currentYear + 1;

describe('parseYearArgument', () => {
  it.each([[String(currentYear)], [String(currentYear + 1)], [String(MIN_YEAR)], [` ${currentYear} `]])('accepts %j', (arg) => {
    expect(parseYearArgument([arg], currentYear)).toEqual({ ok: true, year: Number(arg.trim()) });
  });

  it.each([
    [[], 'Tahun belum diberikan', 'No year given'],
    [['26'], 'bukan tahun', 'is not a year'],
    [['20266'], 'bukan tahun', 'is not a year'],
    [['dua ribu'], 'bukan tahun', 'is not a year'],
    [['2026.0'], 'bukan tahun', 'is not a year'],
    [['-2026'], 'bukan tahun', 'is not a year'],
    [[String(MIN_YEAR - 1)], 'di luar rentang', 'outside the sensible range'],
    [[String(currentYear + 2)], 'di luar rentang', 'outside the sensible range'],
    [['2025', '2026'], 'satu tahun saja', 'one year only'],
  ])('rejects %j in both languages', (args, id, en) => {
    const result = parseYearArgument(args, currentYear);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.id).toContain(id);
    expect(result.problem.en).toContain(en);
  });
});

describe('templates', () => {
  it('hold the contract columns in schema order, as Excel writes "CSV UTF-8" (BOM, CRLF)', () => {
    const templates = yearTemplates(';');
    expect(templates.map((t) => t.name)).toEqual(['kawasan.csv', 'program.csv']);
    expect(templates[0]?.columns).toEqual(STAFF_TABLES.kawasan.all);
    expect(templates[1]?.columns).toEqual(STAFF_TABLES.program.all);
    expect(templates[0]?.content).toBe(`\uFEFF${STAFF_TABLES.kawasan.all.join(';')}\r\n`);
    expect(headerOnlyCsv(['a', 'b'], ',')).toBe('\uFEFFa,b\r\n');
  });

  it('start with the required columns and include every column of the schema', () => {
    for (const table of ['kawasan', 'program'] as const) {
      const { all, required } = STAFF_TABLES[table];
      expect(all.slice(0, required.length)).toEqual(required);
      expect(all.length).toBeGreaterThan(required.length);
    }
  });

  it('reads the delimiter option in Indonesian and English', () => {
    expect(parseDelimiter(undefined)).toBe(';');
    expect(parseDelimiter('titik-koma')).toBe(';');
    expect(parseDelimiter('semicolon')).toBe(';');
    expect(parseDelimiter('koma')).toBe(',');
    expect(parseDelimiter('Comma')).toBe(',');
    expect(parseDelimiter('tab')).toBeUndefined();
  });

  it('notes a year that looks like a typo', () => {
    expect(yearNotes(2026, [2024, 2025])).toEqual([]);
    expect(yearNotes(2019, [])).toEqual([]);
    expect(yearNotes(2016, [2019, 2025])[0]?.id).toContain('lebih awal daripada tahun terbaru (2025)');
    expect(yearNotes(2027, [2019, 2025])[0]?.en).toContain('2026 does not exist yet');
  });
});

describe('npm run new-year (scripts/new-year.ts)', () => {
  const dataDir = path.join(tempDir('new-year-'), 'data');
  cpSync(path.join(ROOT, 'data'), dataDir, { recursive: true });
  const yearDir = path.join(dataDir, String(YEAR));
  const first = run('new-year.ts', [String(YEAR)], dataDir);

  it('makes <data>/<year>/ under DASHBOARD_DATA_DIR with two header-only files and prints the next steps', () => {
    expect(first.status, first.output).toBe(0);
    expect(readdirSync(yearDir).sort()).toEqual(['kawasan.csv', 'program.csv']);
    for (const table of ['kawasan', 'program'] as const) {
      const text = readFileSync(path.join(yearDir, `${table}.csv`), 'utf8');
      expect(text).toBe(`\uFEFF${STAFF_TABLES[table].all.join(';')}\r\n`);
    }
    expect(first.stdout).toMatch(new RegExp(`✓ Folder tahun ${YEAR} dibuat: .+/${YEAR}/ / year folder ${YEAR} created: .+/${YEAR}/`));
    expect(first.stdout).toContain('npm run validate');
    expect(first.stdout).toContain('npm run preview-data');
    expect(first.stdout).toContain('data/README.md');
    expect(first.stdout).toContain('git push');
    expect(first.stdout).toContain('[EN]');
  });

  it('leaves the data folder valid: the validator accepts the new, still empty year and says it is not published yet', () => {
    const validation = run('validate.ts', [], dataDir);
    expect(validation.status, validation.output).toBe(0);
    expect(validation.stdout).toContain(`Tahun ${YEAR} belum berisi satu baris data pun; tahun ini tidak diterbitkan.`);
    expect(validation.stdout).toMatch(/✓ Data sah: .*1 peringatan/);
  });

  it('refuses to overwrite an existing year folder (exit 1, nothing changed)', () => {
    writeFileSync(path.join(yearDir, 'kawasan.csv'), 'kode_desa,kategori\r\n31.72.01.1001,aman\r\n');
    const before = snapshot(dataDir);
    const again = run('new-year.ts', [String(YEAR)], dataDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('sudah ada; tidak ada yang ditimpa');
    expect(again.stderr).toContain('[EN]');
    expect(again.stderr).toContain('already exists; nothing was overwritten');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses an existing but empty year folder, and writes nothing into it', () => {
    const dir = tempDir('new-year-empty-');
    mkdirSync(path.join(dir, String(currentYear)));
    const result = run('new-year.ts', [String(currentYear)], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sudah ada');
    expect(readdirSync(path.join(dir, String(currentYear)))).toEqual([]);
  });

  it('refuses when the data folder does not exist, and creates nothing', () => {
    const parent = tempDir('new-year-missing-');
    const missing = path.join(parent, 'tidak-ada');
    const result = run('new-year.ts', [String(currentYear)], missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tidak ditemukan');
    expect(result.stderr).toContain('DASHBOARD_DATA_DIR');
    expect(readdirSync(parent)).toEqual([]);
  });

  it.each([
    [[], 'Tahun belum diberikan'],
    [['26'], 'bukan tahun'],
    [['abcd'], 'bukan tahun'],
    [['1999'], 'di luar rentang'],
    [[String(currentYear + 5)], 'di luar rentang'],
    [['2025', '2026'], 'satu tahun saja'],
    [['--tahun', '2026'], 'Pilihan tidak dikenal'],
    [[String(currentYear), '--pemisah', 'tab'], 'Pemisah "tab" tidak dikenal'],
  ])('rejects %j with exit 1, a message in both languages and no file written', (args, message) => {
    const dir = tempDir('new-year-args-');
    const result = run('new-year.ts', args, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('[EN]');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes comma-delimited files with --pemisah koma', () => {
    const dir = tempDir('new-year-comma-');
    const result = run('new-year.ts', [String(currentYear), '--pemisah', 'koma'], dir);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(path.join(dir, String(currentYear), 'program.csv'), 'utf8')).toBe(
      `\uFEFF${STAFF_TABLES.program.all.join(',')}\r\n`,
    );
  });

  it('explains itself with --help (exit 0, writes nothing)', () => {
    const dir = tempDir('new-year-help-');
    const result = run('new-year.ts', ['--help'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run new-year -- TAHUN');
    expect(readdirSync(dir)).toEqual([]);
  });
});
