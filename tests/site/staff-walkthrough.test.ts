/**
 * A new staff member's first yearly update, end to end, with the npm commands the staff guide
 * (data/README.md) gives, on a scratch copy of a data folder with its committed release:
 * `npm run new-year -- 2025` scaffolds the year, rows pasted from a spreadsheet with one broken
 * row are refused with file, line and column, the fix lets `npm run validate` and
 * `npm run build` pass, and `npm run preview-data` (and the build log) list what the public will
 * see change: the new year and the kab/kota whose figures moved.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NEW_YEAR = 2025;
let scratch: string;
let dataDir: string;

/** `npm run <script>` from the repository, pointed at the scratch data folder. */
function npmRun(script: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      DASHBOARD_DATA_DIR: dataDir,
      DASHBOARD_OUT_DIR: path.join(scratch, 'dist'),
      PUBLIC_DATA_DIR: path.join(scratch, 'public-data'),
      ASTRO_TELEMETRY_DISABLED: '1',
      GITHUB_ACTIONS: '',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The rows staff would paste: the bundled sample's 2024 assessments of two Jakarta kab/kota,
 * laid out in the template's columns (semicolon, decimal comma, as Excel-ID saves them).
 */
function pastedRows(header: string[]): string[] {
  const source = Papa.parse<Record<string, string>>(readFileSync(path.join(ROOT, 'data', '2024', 'kawasan.csv'), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const picked = source.filter((row) => /^31\.7[12]\./.test(row.kode_desa ?? '')).slice(0, 40);
  return picked.map((row) => header.map((column) => (column === 'skor' ? (row[column] ?? '').replace('.', ',') : (row[column] ?? ''))).join(';'));
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'staf-'));
  dataDir = path.join(scratch, 'data');
  cpSync(path.join(ROOT, 'tests', 'fixtures', 'canary'), dataDir, { recursive: true });
  // The last release the public saw: cut from the data as they were before this update.
  const cut = npmRun('preview-data', '--release', '--date', '2025-01-15');
  if (cut.status !== 0) throw new Error(cut.output);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a yearly update, as a new staff member does it', () => {
  let kawasanFile: string;
  let lines: string[];
  let brokenLine: number;

  it('new-year scaffolds the year with header-only files', () => {
    const run = npmRun('new-year', String(NEW_YEAR));
    expect(run.status, run.output).toBe(0);
    kawasanFile = path.join(dataDir, String(NEW_YEAR), 'kawasan.csv');
    expect(existsSync(kawasanFile)).toBe(true);
    expect(readFileSync(kawasanFile, 'utf8').trim().split('\n')).toHaveLength(1);
    const again = npmRun('new-year', String(NEW_YEAR));
    expect(again.status).toBe(1);
  });

  it('a pasted row with a typo is reported with file, line and column, and nothing is built', () => {
    const text = readFileSync(kawasanFile, 'utf8');
    const header = text.replace(/^\uFEFF/, '').trim().split(';');
    const rows = pastedRows(header);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const kategori = header.indexOf('kategori');
    const broken = rows[12]!.split(';');
    broken[kategori] = 'bahya';
    rows[12] = broken.join(';');
    brokenLine = 2 + 12;
    lines = [text.trimEnd(), ...rows];
    writeFileSync(kawasanFile, `${lines.join('\r\n')}\r\n`);

    const run = npmRun('validate');
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${NEW_YEAR}/kawasan.csv:${brokenLine}:${kategori + 1}  baris ${brokenLine}, kolom ${kategori + 1} "kategori", nilai "bahya": Nilai tidak dikenal.`);
    expect(run.output).toContain('Cara memperbaiki: Isi dengan salah satu: bahaya, waspada, siaga, aman.');
    expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace

    const build = npmRun('build');
    expect(build.status).toBe(1);
    expect(build.output).toContain(`${NEW_YEAR}/kawasan.csv:${brokenLine}:`);
    expect(existsSync(path.join(scratch, 'dist'))).toBe(false);
  });

  it('fixing the row lets validate and build pass, and the build log previews the change', () => {
    writeFileSync(kawasanFile, `${lines.join('\r\n').replace(';bahya;', ';bahaya;')}\r\n`);
    const validate = npmRun('validate');
    expect(validate.status, validate.output).toBe(0);

    const build = npmRun('build');
    expect(build.status, build.output).toBe(0);
    expect(existsSync(path.join(scratch, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(scratch, 'dist', 'kabkota', '31-71-kota-administrasi-jakarta-pusat', 'index.html'))).toBe(true);
    expect(build.output).toMatch(new RegExp(`Tahun baru[^\\n]*${NEW_YEAR}`));
    expect(build.output).toMatch(/31\.7[12] Kota Administrasi Jakarta (Pusat|Utara): \d+ → \d+/);
    // A validate and a whole site build: ~50 s on an idle 2-core machine (npm run bench), more under load.
  }, 240_000);

  it('the publish preview lists the new year and the kab/kota whose figures changed', () => {
    const preview = npmRun('preview-data');
    expect(preview.status, preview.output).toBe(0);
    expect(preview.output).toContain('2025.1');
    expect(preview.output).toMatch(new RegExp(`Tahun baru[^\\n]*${NEW_YEAR}`));
    expect(preview.output).toMatch(new RegExp(`${NEW_YEAR}: nasional 40 desa/kelurahan dinilai`));
    expect(preview.output).toMatch(/Kab\/kota dengan perubahan desa rawan terbesar sejak 2024:\n\s+31\.7[12] Kota Administrasi Jakarta (Pusat|Utara): \d+ → \d+ \(\+\d+\)/);
    const check = npmRun('preview-data', '--check');
    expect(check.status, 'the data now differ from the last release').toBe(1);
  }, 240_000); // a build: validation, the audit across releases (LPs), the site
});
