import type { CrosswalkEntry } from './crosswalk.ts';
import type { KawasanRecord } from './kawasan.ts';
import { generateKawasan, KATEGORI } from './kawasan.ts';
import type { YearPlan } from './plan.ts';
import { yearPlan } from './plan.ts';
import type { Population } from './population.ts';
import type { ProgramRecord } from './program.ts';
import { generatePrograms } from './program.ts';
import { streamFor } from './random.ts';
import { selectAssessed } from './selection.ts';
import { improveAfterPrograms } from './improve.ts';
import { kawasanCsv, programCsv } from './tables.ts';

/** Seed of the committed sample (26 June: International Day Against Drug Abuse). */
export const DEFAULT_SEED = 20_190_626;
export const DEFAULT_FIRST_YEAR = 2019;
export const DEFAULT_LAST_YEAR = 2025;

/** `dataset.json` of the synthetic sample. */
export const SAMPLE_DATASET = {
  title: 'Peta Kawasan Rawan Narkoba — data contoh sintetis',
  publisher: 'Contoh penerbit: Badan Narkotika Nasional (data sintetis, bukan rilis resmi BNN)',
  license: 'CC-BY-4.0',
  contact: 'data@example.go.id',
  synthetic: true,
} as const;

export function datasetJsonText(): string {
  return `${JSON.stringify(SAMPLE_DATASET, null, 2)}\n`;
}

export interface SampleOptions {
  seed: number;
  /** National benchmark set: every desa of the reference assessed every year. */
  allDesa: boolean;
}

export interface SampleYear {
  plan: YearPlan;
  kawasan: KawasanRecord[];
  programs: ProgramRecord[];
  skippedKabkota: readonly string[];
}

/**
 * One year of the synthetic sample. Each year draws from its own streams (seed mixed with the
 * year and a purpose), so a year is the same whether generated alone or with others. Some rawan
 * desa that hosted an activity the year before improve (`improve.ts`): that needs the year
 * before's activities, which are generated the same way (`previousPrograms` when the caller
 * already has them; they do not depend on the year before that).
 */
export function generateYear(population: Population, year: number, options: SampleOptions, previousPrograms?: readonly ProgramRecord[]): SampleYear {
  const base = baseYear(population, year, options);
  const before = previousPrograms ?? baseYear(population, year - 1, options).programs;
  const mode = options.allDesa ? 'semua-desa' : 'sampel';
  const kawasan = improveAfterPrograms(population, base.kawasan, before, streamFor(options.seed, mode, year, 'membaik'));
  return { ...base, kawasan };
}

/** A year as drawn, before any desa improves: selection, categories, rows, activities. */
function baseYear(population: Population, year: number, options: SampleOptions): SampleYear {
  const plan = yearPlan(year, { allDesa: options.allDesa, desaTotal: population.desaCodes.length });
  const mode = options.allDesa ? 'semua-desa' : 'sampel';
  const selection = selectAssessed(population, plan, streamFor(options.seed, mode, year, 'pilih-desa'));
  const kawasan = generateKawasan(
    population,
    plan,
    selection.desa,
    streamFor(options.seed, mode, year, 'kategori'),
    streamFor(options.seed, mode, year, 'kawasan'),
  );
  const programs = generatePrograms(year, plan.programs, kawasan, streamFor(options.seed, mode, year, 'program'));
  return { plan, kawasan, programs, skippedKabkota: selection.skippedKabkota };
}

export interface SampleFiles {
  kawasan: Iterable<string>;
  program: Iterable<string>;
}

/** The two CSV files of a year, as chunks of text. */
export function yearFiles(sample: SampleYear, crosswalk: readonly CrosswalkEntry[]): SampleFiles {
  return {
    kawasan: kawasanCsv(sample.kawasan, sample.plan.year, crosswalk),
    program: programCsv(sample.programs, sample.plan.year, crosswalk),
  };
}

export function categoryCounts(records: readonly KawasanRecord[]): Record<(typeof KATEGORI)[number], number> {
  const counts = { bahaya: 0, waspada: 0, siaga: 0, aman: 0 };
  for (const record of records) counts[record.kategori]++;
  return counts;
}

/** Parses `2019-2025`, `2021` or `2019,2021,2023` into ascending distinct years. */
export function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(part);
    if (!match) throw new Error(`tahun tidak dikenali: "${part}" (contoh: 2019-2025)`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) throw new Error(`rentang tahun terbalik: "${part}"`);
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
