import { JENIS_PROGRAM } from '../contract/program.ts';
import { kabkotaCodeOf } from '../reference/region-codes.ts';
import type { KawasanRow } from '../contract/kawasan.ts';
import type { ProgramRow } from '../contract/program.ts';
import { emptyKawasanTally, KAWASAN_TALLY_KEYS, tallyKawasanRow, type KawasanTally } from './kawasan-tally.ts';
import { emptyProgramTally, PROGRAM_TALLY_KEYS, tallyProgramRow, type ProgramTally } from './program-tally.ts';
import type { Region } from './regions.ts';
import { addInto } from './tally.ts';
import { PROGRAM_SPLITS, type JenisWithTotal, type ProgramSplit } from '../publish/public-schema.ts';
import { DesaStatuses, desaStatusOf, isRawan } from './desa-status.ts';
import { DesaIndex } from '../reference/desa-index.ts';
import { ACTIVITY_TALLY_KEYS, addDesaActivity, emptyReachTally, type DesaPrograms, type ReachTally } from './reach-tally.ts';
import { emptyTransitionTally, tallyTransition, TRANSITION_TALLY_KEYS, type TransitionTally } from './transition-tally.ts';

export type ProgramTallies = Record<JenisWithTotal, ProgramTally>;
export type ReachTallies = Record<JenisWithTotal, ReachTally>;
export type TransitionTallies = Record<ProgramSplit, TransitionTally>;

/** Tallies of one year for every publication unit (keyed by region code). */
export interface YearTallies {
  year: number;
  kawasan: Map<string, KawasanTally>;
  program: Map<string, ProgramTallies>;
  /** Where the activities went (desa assessed rawan that year, not rawan, not assessed). */
  reach: Map<string, ReachTallies>;
  /** Desa assessed this year and the year before, by how their category moved; absent when the year before has no data. */
  transitions?: Map<string, TransitionTallies>;
}

/** Tallies per kab/kota code (today's codes), as a year file adds up. */
export type KabkotaKawasanTallies = Map<string, KawasanTally>;
export type KabkotaProgramTallies = Map<string, ProgramTallies>;

const byJenis = <T>(empty: () => T) => Object.fromEntries(['semua', ...JENIS_PROGRAM].map((jenis) => [jenis, empty()])) as Record<JenisWithTotal, T>;
const emptyProgramTallies = (): ProgramTallies => byJenis(emptyProgramTally);
const emptyReachTallies = (): ReachTallies => byJenis(emptyReachTally);
const emptyTransitionTallies = (): TransitionTallies =>
  Object.fromEntries(PROGRAM_SPLITS.map((split) => [split, emptyTransitionTally()])) as TransitionTallies;

/**
 * Tallies per kab/kota of rows handed in one at a time (desa codes already today's), each with
 * its desa's position in the reference (`DesaIndex`).
 */
export interface KabkotaTallier<Row, T> {
  add(row: Row, position: number): void;
  tallies: Map<string, T>;
}

function kabkotaTallier<Row extends { kode_desa: string }, T>(empty: () => T, add: (tally: T, row: Row, position: number) => void): KabkotaTallier<Row, T> {
  const tallies = new Map<string, T>();
  // Rows come mostly sorted by code: the kab/kota of the row before is looked up again only when it changes.
  let lastCode = '';
  let lastTally: T | undefined;
  return {
    tallies,
    add(row, position) {
      if (lastTally === undefined || !row.kode_desa.startsWith(lastCode)) {
        lastCode = kabkotaCodeOf(row.kode_desa);
        lastTally = tallies.get(lastCode);
        if (lastTally === undefined) tallies.set(lastCode, (lastTally = empty()));
      }
      add(lastTally, row, position);
    },
  };
}

/** Kawasan rows add up per kab/kota; each desa's category and Bersinar answer are kept for reach and transitions. */
export const kawasanTallier = (desaIndex: DesaIndex): KabkotaTallier<KawasanRow, KawasanTally> & { statuses: DesaStatuses } => {
  const statuses = new DesaStatuses(desaIndex);
  const tallier = kabkotaTallier<KawasanRow, KawasanTally>(emptyKawasanTally, (tally, row, position) => {
    tallyKawasanRow(tally, row);
    statuses.setAt(position, desaStatusOf(row));
  });
  return { ...tallier, add: tallier.add, statuses };
};

/** Program rows count per kind and in total (`semua`); each desa's activities are kept for reach and transitions. */
export const programTallier = (): KabkotaTallier<ProgramRow, ProgramTallies> & { programs: DesaPrograms } => {
  const programs: DesaPrograms = new Map();
  const tallier = kabkotaTallier<ProgramRow, ProgramTallies>(emptyProgramTallies, (byJenis, row) => {
    tallyProgramRow(byJenis[row.jenis], row);
    tallyProgramRow(byJenis.semua, row);
    addDesaActivity(programs, row);
  });
  return { ...tallier, add: tallier.add, programs };
};

/**
 * Adds up one year of validated rows per kab/kota, as the validator does file by file (the desa
 * index defaults to the rows' own codes).
 */
export function tallyYear(year: number, kawasanRows: readonly KawasanRow[], programRows: Iterable<ProgramRow>, desaIndex = new DesaIndex(kawasanRows.map((row) => row.kode_desa))): KabkotaYear {
  const kawasan = kawasanTallier(desaIndex);
  for (const row of kawasanRows) {
    const position = desaIndex.indexOf(row.kode_desa);
    if (position === -1) throw new Error(`tallyYear: ${row.kode_desa} is not in the desa index`);
    kawasan.add(row, position);
  }
  const program = programTallier();
  for (const row of programRows) program.add(row, desaIndex.indexOf(row.kode_desa));
  return { year, kawasan: kawasan.tallies, program: program.tallies, desa: { statuses: kawasan.statuses, programs: program.programs } };
}

/** One year of input, added up per kab/kota (see validate/file.ts), with what the reach and transitions need per desa. */
export interface KabkotaYear {
  year: number;
  kawasan: KabkotaKawasanTallies;
  program: KabkotaProgramTallies;
  /** PRIVATE desa-level status and activities: only tallies of them leave the pipeline. */
  desa: { statuses: DesaStatuses; programs: DesaPrograms };
}

/**
 * Adds the kab/kota tallies of every year up to province and nation. Every region gets a
 * tally, also those without any row. Reach and transitions are tallied from the desa-level
 * statuses and activities first, per kab/kota, then added up the same way.
 */
export function aggregateYears(years: readonly KabkotaYear[], regions: readonly Region[]): YearTallies[] {
  const byYear = new Map(years.map((year) => [year.year, year]));
  return years.map(({ year, kawasan, program, desa }) => {
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
    const reach = reachTallies(desa, regions);
    const previous = byYear.get(year - 1);
    const transitions = previous ? transitionTallies(previous.desa, desa.statuses, regions) : undefined;
    rollUp(regions, (child, parent) => {
      addInto(kawasanTallies.get(parent)!, kawasanTallies.get(child)!, KAWASAN_TALLY_KEYS);
      const from = programTallies.get(child)!;
      const into = programTallies.get(parent)!;
      for (const jenis of Object.keys(into) as JenisWithTotal[]) addInto(into[jenis], from[jenis], PROGRAM_TALLY_KEYS);
      addReach(reach.get(parent)!, reach.get(child)!);
      if (transitions) for (const split of PROGRAM_SPLITS) addInto(transitions.get(parent)![split], transitions.get(child)![split], TRANSITION_TALLY_KEYS);
    });
    return { year, kawasan: kawasanTallies, program: programTallies, reach, ...(transitions ? { transitions } : {}) };
  });
}

/** Each desa's activities of the year into its kab/kota, by whether the desa was assessed rawan, not rawan, or not assessed that year. */
function reachTallies(desa: KabkotaYear['desa'], regions: readonly Region[]): Map<string, ReachTallies> {
  const tallies = new Map(regions.map((region) => [region.code, emptyReachTallies()]));
  for (const [code, activities] of desa.programs) {
    const into = tallies.get(kabkotaCodeOf(code));
    if (!into) continue;
    const status = desa.statuses.get(code);
    const group = status === undefined ? 'tidak_dinilai' : isRawan(status) ? 'rawan' : 'tidak_rawan';
    for (const [jenis, activity] of Object.entries(activities) as [JenisWithTotal, NonNullable<(typeof activities)['semua']>][]) {
      addInto(into[jenis][group], activity, ACTIVITY_TALLY_KEYS);
      if (group === 'rawan' && activity.kegiatan > 0) into[jenis].desaRawanTerjangkau += 1;
      if (activity.kegiatan > 0) into[jenis].desaProgram += 1;
    }
  }
  return tallies;
}

function addReach(into: ReachTallies, from: ReachTallies): void {
  for (const jenis of Object.keys(into) as JenisWithTotal[]) {
    for (const group of ['rawan', 'tidak_rawan', 'tidak_dinilai'] as const) addInto(into[jenis][group], from[jenis][group], ACTIVITY_TALLY_KEYS);
    into[jenis].desaRawanTerjangkau += from[jenis].desaRawanTerjangkau;
    into[jenis].desaProgram += from[jenis].desaProgram;
  }
}

/** Desa assessed in both years into their kab/kota, split by whether they had an activity in the first year. */
function transitionTallies(before: KabkotaYear['desa'], after: DesaStatuses, regions: readonly Region[]): Map<string, TransitionTallies> {
  const tallies = new Map(regions.map((region) => [region.code, emptyTransitionTallies()]));
  // Every year indexes the reference's desa alike: a desa's earlier status is then at its position, found without its code.
  const { index } = after;
  const earlierAt = before.statuses.index === index ? (position: number) => before.statuses.statusAt(position) : (position: number) => before.statuses.get(index.codeAt(position));
  for (let position = 0; position < index.size; position++) {
    const status = after.statusAt(position);
    const earlier = status === undefined ? undefined : earlierAt(position);
    if (status === undefined || earlier === undefined) continue;
    const code = index.codeAt(position);
    const into = tallies.get(kabkotaCodeOf(code));
    if (!into) continue;
    tallyTransition(into.semua, earlier, status);
    tallyTransition(into[before.programs.has(code) ? 'ada_program' : 'tanpa_program'], earlier, status);
  }
  return tallies;
}

/** Calls `add(child, parent)` for kab/kota into provinces first, then provinces into the nation. */
function rollUp(regions: readonly Region[], add: (child: string, parent: string) => void): void {
  for (const level of ['kabkota', 'provinsi'] as const) {
    for (const region of regions) if (region.level === level) add(region.code, region.parentCode);
  }
}
