import { JENIS_PROGRAM } from '../contract/program.ts';
import { kabkotaCodeOf } from '../reference/region-codes.ts';
import type { ValidatedInputs } from '../validate/inputs.ts';
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

const emptyProgramTallies = (): ProgramTallies =>
  Object.fromEntries(['semua', ...JENIS_PROGRAM].map((jenis) => [jenis, emptyProgramTally()])) as ProgramTallies;

/**
 * Adds up the validated rows of every year to kab/kota (by today's codes), then to province
 * and nation. Every region gets a tally, also those without any row.
 */
export function aggregateYears(inputs: ValidatedInputs, regions: readonly Region[]): YearTallies[] {
  return inputs.years.map(({ year, kawasan, program }) => {
    const kawasanTallies = new Map(regions.map((region) => [region.code, emptyKawasanTally()]));
    const programTallies = new Map(regions.map((region) => [region.code, emptyProgramTallies()]));
    for (const { row } of kawasan) {
      const tally = kawasanTallies.get(kabkotaCodeOf(row.kode_desa));
      if (tally) tallyKawasanRow(tally, row);
    }
    for (const { row } of program) {
      const tallies = programTallies.get(kabkotaCodeOf(row.kode_desa));
      if (!tallies) continue;
      tallyProgramRow(tallies[row.jenis], row);
      tallyProgramRow(tallies.semua, row);
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
