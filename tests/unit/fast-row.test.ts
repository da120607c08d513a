import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fastKindOf } from '../../src/pipeline/contract/cells.ts';
import { kawasanRowSchema } from '../../src/pipeline/contract/kawasan.ts';
import { programRowProblems, programRowSchema } from '../../src/pipeline/contract/program.ts';
import { compileFastRow } from '../../src/pipeline/validate/fast-row.ts';

/** Cell texts a spreadsheet may hold: valid forms, unusual valid forms and invalid ones. */
const POOL = [
  undefined, '0', '7', '12', '100', '101', '012', '12,0', '12.0', '1.234', '1,5', '45,5', '45.5', '45.500', '-2', '99,99', '100,0', '1e3',
  'bahaya', 'Bahaya', 'WASPADA', 'siaga', 'aman', 'bahya', 'ya', 'YA', 'tidak', 'Tidak', 'mungkin', 'rendah', 'Sedang', 'tinggi',
  'pelatihan_keterampilan', 'kewirausahaan', 'sosialisasi_p4gn', 'kampung_bersinar', 'bimtek_pendamping', 'pelatihan',
  '31.72.01.1001', '3172011001', '31.72.01.100', '31.72.01.10011', '31-72-01-1001', '3a.72.01.1001', '31.72.01.100a',
  '1.', '12,', ',5', '.5', '1000', '00012', '0100', '0012,5', '1,2,3', '1.2.3', '\u0661\u0662', '12a', '999999999999999', '9999999999999999', '2021-03-01', '2021-02-30', '2020-12-31', '2021-12-31', '15/03/2021', 'P-1', 'APBN', '',
];

/** Mostly-valid texts per cell kind, so that whole rows are often valid. */
const LIKELY: Record<string, (string | undefined)[]> = {
  'whole-number': ['0', '3', '12', '250', undefined],
  score: ['12', '81,5', '45.5', '100', undefined],
  'yes-no': ['ya', 'tidak', 'Ya', undefined],
  'desa-code': ['31.72.01.1001'],
  'date-in-year': ['2021-03-01', '2021-12-31', undefined],
  text: ['P-1', 'APBN', undefined],
};

function fuzz(schema: z.ZodObject, rowProblems: ((row: Record<string, unknown>) => unknown[]) | undefined, seed: number, rows: number) {
  const header = Object.keys(schema.shape);
  const fast = compileFastRow(schema.shape as Record<string, z.ZodType>, rowProblems, header);
  expect(fast).toBeDefined();
  const random = randomLcg(seed);
  const likely = Object.fromEntries(
    Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, cell]) => {
      const kind = fastKindOf(cell)!.kind;
      return [name, kind.kind === 'choice' ? [...kind.values] : (LIKELY[kind.kind] ?? [])];
    }),
  );
  const pickFrom = (list: readonly (string | undefined)[]) => list[Math.floor(random() * list.length)];
  const cellFor = (name: string) => (random() < 0.9 ? pickFrom(likely[name]!) : pickFrom(POOL));
  let accepted = 0;
  let zodOnly = 0;
  for (let i = 0; i < rows; i++) {
    const input: Record<string, string | undefined> = {};
    for (const name of Object.keys(schema.shape)) {
      const value = cellFor(name);
      input[name] = value === '' ? undefined : value;
    }
    const quick = fast!.fromCells(header.map((name) => input[name] ?? ''));
    const full = schema.safeParse(input);
    if (quick) {
      accepted++;
      expect(full.success, JSON.stringify(input)).toBe(true);
      expect(quick).toEqual(full.data);
    } else if (full.success) {
      zodOnly++;
    }
  }
  return { accepted, zodOnly };
}

describe('the fast path compiled from the row schemas', () => {
  it('never accepts a kawasan row zod refuses, and agrees where it accepts (both dialects)', () => {
    for (const decimalSeparator of [',', '.'] as const) {
      const schema = kawasanRowSchema({ decimalSeparator, year: 2021 });
      // Bias towards valid rows: fix the two required columns.
      const result = fuzz(schema as unknown as z.ZodObject, undefined, 7, 20_000);
      expect(result.accepted).toBeGreaterThan(2_000);
      expect(result.zodOnly).toBeGreaterThan(0);
    }
  });
  it('never accepts a program row zod refuses (cross-cell checks included)', () => {
    const schema = programRowSchema({ decimalSeparator: ',', year: 2021 });
    const result = fuzz(schema as unknown as z.ZodObject, programRowProblems as (row: Record<string, unknown>) => unknown[], 11, 20_000);
    expect(result.accepted).toBeGreaterThan(2_000);
  });
  it('accepts the common valid rows, so zod only runs for the unusual ones', () => {
    const schema = kawasanRowSchema({ decimalSeparator: ',', year: 2021 });
    // A file with only some of the columns, in an order of its own.
    const header = ['pengguna', 'kategori', 'kode_desa', 'ada_bandar', 'skor', 'interaksi_sosial'];
    const fast = compileFastRow(schema.shape as Record<string, z.ZodType>, undefined, header)!;
    const row = { kode_desa: '31.72.01.1001', kategori: 'Bahaya', skor: '81,5', pengguna: '9', ada_bandar: 'ya', interaksi_sosial: 'rendah' };
    const cells = (values: Record<string, string>) => header.map((name) => values[name] ?? '');
    expect(fast.fromCells(cells(row))).toEqual(schema.parse(row));
    expect(fast.fromCells(cells({ ...row, pengguna: '12,0' }))).toBeUndefined();
    expect(schema.parse({ ...row, pengguna: '12,0' }).pengguna).toBe(12);
  });
});
