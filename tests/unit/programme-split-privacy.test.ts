/**
 * The programme split must not name a desa's category (issue 16). In Kota Jakarta Pusat (31.71)
 * one desa had a programme in 2023; a press release says which. If the transitions with a
 * programme (peralihan, ada_program) and the reach by the desa's category (jangkauan) were
 * published for that kab/kota, anyone could read that desa's IKRN category in 2023 and 2024.
 *
 * The attacker here reads only the published records and knows what a journalist can: every
 * relation the tables state (with + without a programme = all, kab/kota → province → nation,
 * rawan + not rawan = assessed, left + stayed = rawan, activities by group = activities, rawan
 * desa reached ≤ rawan desa and ≤ activities in rawan desa) and, from the press release, that
 * exactly one programme desa of 31.71 was assessed in both years. A linear program over the
 * hidden cells then gives the range of each figure: the desa's category in 2023 (rawan or
 * not) and in 2024 must both stay open. Without the rule every figure is published and the
 * ranges are single values.
 */
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { tallyYear } from '../../src/pipeline/aggregate/aggregate.ts';
import type { KawasanRow } from '../../src/pipeline/contract/kawasan.ts';
import type { ProgramRow } from '../../src/pipeline/contract/program.ts';
import { DISCLOSURE_CONFIG } from '../../src/pipeline/protect/config.ts';
import { buildPublicDataset } from '../../src/pipeline/publish/public-dataset.ts';
import { loadRegionReference } from '../../src/pipeline/reference/region-reference.ts';
import type { ValidatedInputs, YearInputs } from '../../src/pipeline/validate/inputs.ts';

const KABKOTA = ['31.71', '31.72', '31.73', '31.74', '31.75'];
const desa = (kab: string, n: number) => `${kab}.01.${String(1000 + n)}`;
let programId = 0;
const p = (kode_desa: string): ProgramRow => ({ id: `P${++programId}`, kode_desa, jenis: 'pelatihan_keterampilan', peserta: 20, peserta_perempuan: 10 });

/** 15 desa per kab/kota, 6 of them waspada in 2023; in 2024 two of those are aman (in 31.71: the programme desa and one other). */
function kawasan(year: number): KawasanRow[] {
  return KABKOTA.flatMap((kab) =>
    Array.from({ length: 15 }, (_, i) => {
      const n = i + 1;
      const rawan = year === 2023 ? n <= 6 : n >= 3 && n <= 6;
      return { kode_desa: desa(kab, n), kategori: rawan ? 'waspada' : 'aman', pengguna: 30 } as KawasanRow;
    }),
  );
}
// 2023 programmes: ONE desa in 31.71 (desa 1: waspada in 2023, aman in 2024); 12 desa in each other kab/kota.
const programs2023 = [p(desa('31.71', 1)), ...KABKOTA.slice(1).flatMap((kab) => Array.from({ length: 12 }, (_, i) => p(desa(kab, i + 1))))];
const yearInputs = (tahun: number, rows: KawasanRow[], program: ProgramRow[]): YearInputs => ({ ...tallyYear(tahun, rows, program), kawasanRows: rows.length, programRows: program.length });
const inputs: ValidatedInputs = {
  meta: { title: 't', publisher: 'p', license: 'CC-BY-4.0', contact: 'c', synthetic: true },
  crosswalk: [],
  privateValues: new Map(),
  privateColumnsByFile: new Map(),
  years: [yearInputs(2023, kawasan(2023), programs2023), yearInputs(2024, kawasan(2024), [])],
};

type Row = Record<string, unknown>;
interface Constraint {
  terms: [string, number][];
  kind: '=' | '<=';
  rhs: number;
}

/** The range of `target` over the published figures and the relations (hidden cells are the variables, ≥ 0). */
async function range(records: Map<string, unknown>, relations: { cells: [string, number][]; kind: '=' | '<=' }[], target: [string, number][]): Promise<[number, number]> {
  const highs = await highsLoader();
  const variables = new Map<string, string>();
  const constraints: Constraint[] = [];
  for (const { cells, kind } of relations) {
    let constant = 0;
    const terms: [string, number][] = [];
    for (const [cell, coefficient] of cells) {
      const value = records.get(cell);
      if (typeof value === 'number') constant += coefficient * value;
      else if (value === '[c]') terms.push([variables.get(cell) ?? variables.set(cell, `x${variables.size}`).get(cell)!, coefficient]);
      else if (value === undefined) throw new Error(`${cell}: not in the tables`);
      // [x] (nothing assessed) and [z] count nothing.
    }
    if (terms.length > 0) constraints.push({ terms, kind, rhs: -constant });
  }
  const solve = (sense: 'Minimize' | 'Maximize') => {
    const objective = target.map(([cell, c]) => {
      const value = records.get(cell);
      return typeof value === 'number' ? `${c >= 0 ? '+' : '-'} ${Math.abs(c * value)} one` : `${c >= 0 ? '+' : '-'} ${Math.abs(c)} ${variables.get(cell)!}`;
    });
    const lines = [sense, ` obj: ${objective.join(' ')}`, 'Subject To', ' fix: one = 1'];
    constraints.forEach((row, i) => lines.push(` r${i}: ${row.terms.map(([v, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`).join(' ')} ${row.kind} ${row.rhs}`));
    lines.push('Bounds', ...[...variables.values()].map((v) => ` ${v} >= 0`), 'End');
    const result = highs.solve(lines.join('\n'), { output_flag: false });
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
    return result.ObjectiveValue;
  };
  return [solve('Minimize'), solve('Maximize')];
}

describe('the programme split of a kab/kota with one programme desa', async () => {
  const reference = await loadRegionReference();
  const { dataset, disclosure } = await buildPublicDataset(inputs, reference, DISCLOSURE_CONFIG);
  const children = new Map<string, string[]>();
  for (const region of dataset.wilayah) if (region.kode_induk) children.set(region.kode_induk, [...(children.get(region.kode_induk) ?? []), region.kode]);
  const codes = dataset.wilayah.map((region) => region.kode);
  // Every published figure by name: `peralihan|2024|31.71|ada_program|rawan_awal`, `jangkauan|2023|31.71|kegiatan_rawan`, `program|2023|31.71|kegiatan`.
  const records = new Map<string, unknown>();
  const put = (prefix: string, rows: readonly Row[]) => {
    for (const row of rows) for (const [field, value] of Object.entries(row)) records.set(`${prefix}|${row.tahun}|${row.kode}|${prefix === 'peralihan' ? `${row.program}|` : ''}${field}`, value);
  };
  put('peralihan', dataset.peralihan.filter((r) => r.tahun === 2024));
  put('jangkauan', dataset.jangkauan.filter((r) => r.tahun === 2023 && r.jenis === 'semua'));
  put('program', dataset.program.filter((r) => r.tahun === 2023 && r.jenis === 'semua'));
  const moved = (code: string, split: string, field: string) => `peralihan|2024|${code}|${split}|${field}`;
  const reach = (code: string, field: string) => `jangkauan|2023|${code}|${field}`;

  const relations: { cells: [string, number][]; kind: '=' | '<=' }[] = [];
  const sum = (total: string, parts: string[]) => relations.push({ cells: [[total, -1], ...parts.map((part): [string, number] => [part, 1])], kind: '=' });
  const TRANSITION = ['dinilai_dua_tahun', 'rawan_awal', 'rawan_keluar', 'rawan_tetap', 'tidak_rawan_awal', 'tidak_rawan_masuk', 'tidak_rawan_tetap', 'kategori_membaik', 'kategori_tetap', 'kategori_memburuk', 'bersinar_baru'];
  const SPLITS = ['semua', 'ada_program', 'tanpa_program'];
  for (const code of codes) {
    for (const field of TRANSITION) sum(moved(code, 'semua', field), [moved(code, 'ada_program', field), moved(code, 'tanpa_program', field)]);
    for (const split of SPLITS) {
      const c = (field: string) => moved(code, split, field);
      sum(c('dinilai_dua_tahun'), [c('rawan_awal'), c('tidak_rawan_awal')]);
      sum(c('rawan_awal'), [c('rawan_keluar'), c('rawan_tetap')]);
      sum(c('tidak_rawan_awal'), [c('tidak_rawan_masuk'), c('tidak_rawan_tetap')]);
      sum(c('dinilai_dua_tahun'), [c('kategori_membaik'), c('kategori_tetap'), c('kategori_memburuk')]);
    }
    sum(`program|2023|${code}|kegiatan`, ['rawan', 'tidak_rawan', 'tidak_dinilai'].map((group) => reach(code, `kegiatan_${group}`)));
    relations.push({ cells: [[reach(code, 'desa_rawan_terjangkau'), 1], [reach(code, 'desa_rawan'), -1]], kind: '<=' });
    relations.push({ cells: [[reach(code, 'desa_rawan_terjangkau'), 1], [reach(code, 'kegiatan_rawan'), -1]], kind: '<=' });
  }
  for (const [parent, kids] of children) {
    for (const split of SPLITS) for (const field of TRANSITION) sum(moved(parent, split, field), kids.map((kid) => moved(kid, split, field)));
    for (const field of ['desa_rawan_terjangkau', 'kegiatan_rawan', 'kegiatan_tidak_rawan', 'kegiatan_tidak_dinilai']) sum(reach(parent, field), kids.map((kid) => reach(kid, field)));
  }
  // The press release: exactly one desa of 31.71 had a programme in 2023 (and it was assessed in both years).
  records.set('known|one', 1);
  sum('known|one', [moved('31.71', 'ada_program', 'dinilai_dua_tahun')]);
  relations.push({ cells: [[reach('31.71', 'desa_rawan_terjangkau'), 1], ['known|one', -1]], kind: '<=' });

  it('builds with its own audit passing', () => {
    expect(disclosure.failures).toEqual([]);
    // The split of 31.71 is hidden; kab/kota whose programme groups are large and not needed as complements stay published.
    const split = (code: string) => dataset.peralihan.find((r) => r.tahun === 2024 && r.kode === code && r.program === 'ada_program')!;
    expect(split('31.71').dinilai_dua_tahun).toBe('[c]');
    expect(KABKOTA.filter((code) => typeof split(code).dinilai_dua_tahun === 'number').length).toBeGreaterThan(0);
  });

  it('its category in 2023 stays open: rawan or not', async () => {
    expect(await range(records, relations, [[moved('31.71', 'ada_program', 'rawan_awal'), 1]])).toEqual([0, 1]);
    const [lowest, highest] = await range(records, relations, [[reach('31.71', 'kegiatan_rawan'), 1]]);
    expect(lowest).toBe(0);
    expect(highest).toBeGreaterThanOrEqual(1);
    expect(await range(records, relations, [[reach('31.71', 'desa_rawan_terjangkau'), 1]])).toEqual([0, 1]);
  });

  it('its category in 2024 stays open: rawan or not, and whether it left the rawan classes', async () => {
    expect(await range(records, relations, [[moved('31.71', 'ada_program', 'rawan_tetap'), 1], [moved('31.71', 'ada_program', 'tidak_rawan_masuk'), 1]])).toEqual([0, 1]);
    expect(await range(records, relations, [[moved('31.71', 'ada_program', 'rawan_keluar'), 1]])).toEqual([0, 1]);
    expect(await range(records, relations, [[moved('31.71', 'ada_program', 'kategori_membaik'), 1]])).toEqual([0, 1]);
  });
});
