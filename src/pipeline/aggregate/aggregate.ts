import { JENIS_PROGRAM } from '../contract/program.ts';
import { kabkotaCodeOf } from '../reference/region-codes.ts';
import type { KawasanRow } from '../contract/kawasan.ts';
import type { ProgramRow } from '../contract/program.ts';
import { emptyKawasanTally, KAWASAN_TALLY_KEYS, tallyKawasanRow, type KawasanTally } from './kawasan-tally.ts';
import { emptyProgramTally, PROGRAM_TALLY_KEYS, tallyProgramRow, type ProgramTally } from './program-tally.ts';
import type { Region } from './regions.ts';
import { addInto } from './tally.ts';
import type { JenisWithTotal } from '../publish/public-schema.ts';

export type ProgramTallies = Record<JenisWithTotal, ProgramTally>;

/** Tallies of one year for every publication unit (keyed by region code). */
export interface YearTallies {
  year: number;
  kawasan: Map<string, KawasanTally>;
  program: Map<string, ProgramTallies>;
}

/** Tallies per kab/kota code (today's codes), as a year file adds up. */
export type KabkotaKawasanTallies = Map<string, KawasanTally>;
export type KabkotaProgramTallies = Map<string, ProgramTallies>;

const emptyProgramTallies = (): ProgramTallies =>
  Object.fromEntries(['semua', ...JENIS_PROGRAM].map((jenis) => [jenis, emptyProgramTally()])) as ProgramTallies;

/** Tallies per kab/kota of rows handed in one at a time (desa codes already today's). */
export interface KabkotaTallier<Row, T> {
  add(row: Row): void;
  tallies: Map<string, T>;
}

function kabkotaTallier<Row extends { kode_desa: string }, T>(empty: () => T, add: (tally: T, row: Row) => void): KabkotaTallier<Row, T> {
  const tallies = new Map<string, T>();
  // Rows come mostly sorted by code: the kab/kota of the row before is looked up again only when it changes.
  let lastCode = '';
  let lastTally: T | undefined;
  return {
    tallies,
    add(row) {
      if (lastTally === undefined || !row.kode_desa.startsWith(lastCode)) {
        lastCode = kabkotaCodeOf(row.kode_desa);
        lastTally = tallies.get(lastCode);
        if (lastTally === undefined) tallies.set(lastCode, (lastTally = empty()));
      }
      add(lastTally, row);
    },
  };
}

export const kawasanTallier = (): KabkotaTallier<KawasanRow, KawasanTally> => kabkotaTallier(emptyKawasanTally, tallyKawasanRow);

/** Program rows count per kind and in total (`semua`). */
export const programTallier = (): KabkotaTallier<ProgramRow, ProgramTallies> =>
  kabkotaTallier(emptyProgramTallies, (byJenis, row) => {
    tallyProgramRow(byJenis[row.jenis], row);
    tallyProgramRow(byJenis.semua, row);
  });

/** Adds up validated kawasan rows per kab/kota. */
export function tallyKawasanRows(rows: Iterable<KawasanRow>): KabkotaKawasanTallies {
  const tallier = kawasanTallier();
  for (const row of rows) tallier.add(row);
  return tallier.tallies;
}

/** Adds up validated program rows per kab/kota, per kind and in total. */
export function tallyProgramRows(rows: Iterable<ProgramRow>): KabkotaProgramTallies {
  const tallier = programTallier();
  for (const row of rows) tallier.add(row);
  return tallier.tallies;
}

/** One year of input, added up per kab/kota (see validate/file.ts). */
export interface KabkotaYear {
  year: number;
  kawasan: KabkotaKawasanTallies;
  program: KabkotaProgramTallies;
}

/**
 * Adds the kab/kota tallies of every year up to province and nation. Every region gets a
 * tally, also those without any row.
 */
export function aggregateYears(years: readonly KabkotaYear[], regions: readonly Region[]): YearTallies[] {
  return years.map(({ year, kawasan, program }) => {
    const kawasanTallies = new Map(regions.map((region) => [region.code, emptyKawasanTally()]));
    const programTallies = new Map(regions.map((region) => [region.code, emptyProgramTallies()]));
    for (const [code, tally] of kawasan) {
      const into = kawasanTallies.get(code);
      if (into) addInto(into, tally, KAWASAN_TALLY_KEYS);
    }
    for (const [code, byJenis] of program) {
      const into = programTallies.get(code);
      if (!into) continue;
      for (const jenis of Object.keys(into) as JenisWithTotal[]) addInto(into[jenis], byJenis[jenis], PROGRAM_TALLY_KEYS);
    }
    rollUp(regions, (child, parent) => {
      addInto(kawasanTallies.get(parent)!, kawasanTallies.get(child)!, KAWASAN_TALLY_KEYS);
      const from = programTallies.get(child)!;
      const into = programTallies.get(parent)!;
      for (const jenis of Object.keys(into) as JenisWithTotal[]) addInto(into[jenis], from[jenis], PROGRAM_TALLY_KEYS);
    });
    return { year, kawasan: kawasanTallies, program: programTallies };
  });
}

/** Calls `add(child, parent)` for kab/kota into provinces first, then provinces into the nation. */
function rollUp(regions: readonly Region[], add: (child: string, parent: string) => void): void {
  for (const level of ['kabkota', 'provinsi'] as const) {
    for (const region of regions) if (region.level === level) add(region.code, region.parentCode);
  }
}
