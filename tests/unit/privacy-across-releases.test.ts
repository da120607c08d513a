/**
 * Privacy ACROSS releases, end to end and independent of the build's own disclosure control:
 * no module of src/ is imported. The pipeline is driven only through its command-line entry
 * points, and the published files are read as a journalist would read them.
 *
 * 1. A scratch copy of tests/fixtures/across-releases (2023–2024, eleven kab/kota of Sulawesi
 *    Barat and Gorontalo, real Kemendagri desa codes, no names) is cut as release A
 *    (`scripts/preview.ts --release`, into a scratch RELEASES_DIR).
 * 2. Staff revise the data as they do in practice: a hidden small count changes (suspects in
 *    Kab. Mamuju 4 → 6), a published kab/kota count becomes small (users in Kab. Mamuju 13 → 4,
 *    so B must hide it), a hidden one becomes large (users in Kab. Boalemo 7 → 15), a program
 *    figure becomes small (entrepreneurs in Kab. Pasangkayu 11 → 6), and 2025 is added.
 *    `scripts/build-data.ts` writes the public dataset; `scripts/preview.ts --from … --release`
 *    cuts it as release B.
 * 3. The attacks (tests/support/release-attack.ts), over the union of both snapshots: a linear
 *    program with the journalist's assumption that a figure is unchanged unless the published
 *    numbers prove otherwise; the same with the links a journalist who guesses right would make
 *    (the cells whose true value did not change); and plain differencing. The changelog
 *    (/data/changelog.json, written only by the full site build) lists each revised cell with
 *    its value in A and in B: what the two snapshots hold, so the union covers it (the
 *    bundled-data test checks that on a real changelog).
 *
 * The true values (from the input CSV files) tell small counts from complements: no hidden
 * count whose true value is 1–9 may be narrowed to fewer than 10 whole values that include it
 * (`discloses`). Today's build protects each release on its own, so this test fails.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../support/run.ts';
import {
  attackReleases,
  differencingRecoveries,
  disclosedRanges,
  describeRange,
  discloses,
  kawasanKey,
  programKey,
  readTables,
  releaseModel,
  trueCounts,
  type AttackResult,
  type Release,
  type Tables,
} from '../support/release-attack.ts';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'across-releases');

/** Sets `column` of the row whose first column is `id` (a desa code or an activity id). */
function edit(file: string, id: string, column: string, value: string | number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const at = header.indexOf(column);
  const row = lines.findIndex((line) => line.split(',')[0] === id);
  if (at < 0 || row < 1) throw new Error(`no ${column} for ${id} in ${file}`);
  const cells = lines[row]!.split(',');
  cells[at] = String(value);
  lines[row] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
}

let scratch: string;
let data: string;
let releases: string;
let publicB: string;
let tablesA: Tables;
let tablesB: Tables;
let a: Release;
let b: Release;
let truthA: Map<string, number>;
let truthB: Map<string, number>;
let attack: AttackResult;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'privasi-rilis-'));
  data = path.join(scratch, 'data');
  releases = path.join(scratch, 'releases');
  publicB = path.join(scratch, 'public-data');
  cpSync(FIXTURE, data, { recursive: true });
  const env = { DASHBOARD_DATA_DIR: data, RELEASES_DIR: releases, PUBLIC_DATA_DIR: publicB };

  // Release A: 2023–2024 as first published.
  const cutA = runScript('preview.ts', ['--release', '--date', '2025-06-30'], env);
  if (cutA.status !== 0) throw new Error(`cutting release A failed:\n${cutA.output}`);
  truthA = trueCounts(data, [2023, 2024], readTables(path.join(releases, '2024.1')));

  // Staff revise 2024 and add 2025.
  const kawasan2024 = path.join(data, '2024', 'kawasan.csv');
  edit(kawasan2024, '76.02.01.2014', 'tersangka', 4); // Kab. Mamuju suspects 4 → 6: a hidden small count changes
  edit(kawasan2024, '76.02.01.2014', 'pengguna', 0); // Kab. Mamuju users 13 → 4: published, now small
  edit(kawasan2024, '76.02.02.1001', 'pengguna', 0);
  edit(kawasan2024, '75.02.01.2006', 'pengguna', 11); // Kab. Boalemo users 7 → 15: hidden, now large
  edit(path.join(data, '2024', 'program.csv'), 'PRG-2024-001', 'berwirausaha', 0); // Kab. Pasangkayu entrepreneurs 11 → 6
  cpSync(path.join(data, '2024'), path.join(data, '2025'), { recursive: true });
  const program2025 = path.join(data, '2025', 'program.csv');
  writeFileSync(program2025, readFileSync(program2025, 'utf8').replaceAll('PRG-2024-', 'PRG-2025-'));
  edit(path.join(data, '2025', 'kawasan.csv'), '76.03.01.1002', 'pengguna', 20);

  // Release B: the public dataset (build-data), then cut from it.
  const build = runScript('build-data.ts', [], env);
  if (build.status !== 0) throw new Error(`build-data failed:\n${build.output}`);
  const cutB = runScript('preview.ts', ['--from', publicB, '--release', '--date', '2025-12-31'], env);
  if (cutB.status !== 0) throw new Error(`cutting release B failed:\n${cutB.output}`);

  tablesA = readTables(path.join(releases, '2024.1'));
  tablesB = readTables(path.join(releases, '2025.1'));
  truthB = trueCounts(data, [2023, 2024, 2025], tablesB);
  a = releaseModel('A (2024.1)', tablesA);
  b = releaseModel('B (2025.1)', tablesB);
  attack = await attackReleases(a, b);
}, 300_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const truthOf = (release: string, key: string) => (release === a.label ? truthA : truthB).get(key);

describe('two releases of revised data', () => {
  it('cut A and B, and B is exactly the public dataset build-data wrote', () => {
    expect(tablesA.kawasan.length).toBeGreaterThan(0);
    expect(a.years).toEqual([2023, 2024]);
    expect(b.years).toEqual([2023, 2024, 2025]);
    const published = readTables(publicB);
    for (const table of ['wilayah', 'kawasan', 'program'] as const) expect(tablesB[table]).toEqual(published[table]);
  });

  it('really revised the data, and both releases hide counts: the scenario happened', () => {
    const hidden = (release: Release) => [...release.cells].filter(([key, value]) => value === 'hidden' && !key.endsWith('laki_laki')).length;
    expect(hidden(a)).toBeGreaterThan(0);
    expect(hidden(b)).toBeGreaterThan(0);
    // The staff revisions, in the true values (old → new).
    const revised = (key: string) => [truthA.get(key), truthB.get(key)];
    expect(revised(kawasanKey(2024, '76.02', 'tersangka'))).toEqual([4, 6]);
    expect(revised(kawasanKey(2024, '76.02', 'pengguna'))).toEqual([13, 4]);
    expect(revised(kawasanKey(2024, '75.02', 'pengguna'))).toEqual([7, 15]);
    expect(revised(programKey(2024, '76.01', 'semua', 'berwirausaha'))).toEqual([11, 6]);
    // As published: small counts hidden in A, and a count published in A that B must hide.
    expect([a.cells.get(kawasanKey(2024, '76.02', 'tersangka')), a.cells.get(kawasanKey(2024, '75.02', 'pengguna'))]).toEqual(['hidden', 'hidden']);
    expect([a.cells.get(kawasanKey(2024, '76.02', 'pengguna')), b.cells.get(kawasanKey(2024, '76.02', 'pengguna'))]).toEqual([13, 'hidden']);
    expect([a.cells.get(programKey(2024, '76.01', 'semua', 'berwirausaha')), b.cells.get(programKey(2024, '76.01', 'semua', 'berwirausaha'))]).toEqual([11, 'hidden']);
    // The attack looked at every hidden cell of both releases.
    expect(new Set(attack.ranges.map((range) => `${range.release} ${range.key}`)).size).toBe([...a.cells.values(), ...b.cells.values()].filter((value) => value === 'hidden').length);
  });

  it('the attack model holds: true values fit it, and each release alone protects its small counts', async () => {
    // Every published count equals the sum of the input rows (so the true values below are right).
    for (const [release, truth] of [[a, truthA], [b, truthB]] as const) {
      const wrong = [...release.cells].filter(([key, value]) => typeof value === 'number' && (truth.get(key) ?? 0) !== value);
      expect(wrong).toEqual([]);
    }
    // One release at a time, this attack finds what the build's own audit guarantees.
    const empty: Release = { label: 'none', years: [], cells: new Map(), relations: [] };
    for (const [release, truth] of [[a, truthA], [b, truthB]] as const) {
      const { ranges } = await attackReleases(release, empty);
      expect(ranges.filter((range) => discloses(range, truth.get(range.key))).map((range) => describeRange(range, truth.get(range.key)))).toEqual([]);
    }
  });

  it('no hidden small count can be narrowed below 10 possible values by combining A and B', () => {
    const disclosed = disclosedRanges(attack.ranges, truthOf);
    expect(disclosed).toEqual([]);
  });

  it('nor by a journalist who guesses right which figures did not change', async () => {
    // The narrowest ranges right guesses give: link exactly the cells whose true value is the same in A and B.
    const unchanged = (key: string) => (truthA.get(key) ?? 0) === (truthB.get(key) ?? 0);
    const { ranges } = await attackReleases(a, b, { linked: unchanged });
    const disclosed = disclosedRanges(ranges, truthOf);
    expect(disclosed).toEqual([]);
  });

  it('no hidden small count is recovered by plain differencing (old vs new totals, other kab/kota assumed unchanged)', () => {
    const recovered = differencingRecoveries(a, b, truthOf);
    expect(recovered).toEqual([]);
  });
});
