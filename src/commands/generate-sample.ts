/**
 * `npm run generate-sample`: writes the deterministic synthetic sample (dataset.json,
 * wilayah/kode-lama.csv when missing, and <tahun>/kawasan.csv, program.csv) into `outDir`.
 * `allDesa` writes the national benchmark set (every desa assessed every year).
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { loadRegionReference } from '../pipeline/reference/region-reference.ts';
import { parseCrosswalk } from '../tools/sample/crosswalk.ts';
import { datasetJsonText, generateYear, yearFiles } from '../tools/sample/generate.ts';
import { buildPopulation } from '../tools/sample/population.ts';
import type { ProgramRecord } from '../tools/sample/program.ts';
import type { Log } from './run-command.ts';

export const SAMPLE_USAGE = 'pemakaian: node scripts/generate-sample.ts [--out DIR] [--years 2019-2025] [--seed N] [--all-desa]';
/** The committed crosswalk defines which Papua codes the sample writes in their old form. */
const crosswalkFile = path.join(PROJECT_ROOT, 'data', 'wilayah', 'kode-lama.csv');

export interface SampleOptions {
  outDir: string;
  years: number[];
  seed: number;
  allDesa: boolean;
}

export async function generateSample(options: SampleOptions, log: Log): Promise<void> {
  const started = performance.now();
  const { outDir, years, seed, allDesa } = options;
  const crosswalk = parseCrosswalk(readFileSync(crosswalkFile, 'utf8'));
  const population = buildPopulation(await loadRegionReference(), seed);

  mkdirSync(outDir, { recursive: true });
  const datasetJson = datasetJsonText();
  writeFileSync(path.join(outDir, 'dataset.json'), datasetJson);
  let bytes = Buffer.byteLength(datasetJson);
  // Make another output dir a complete data dir: it needs the crosswalk for the old Papua codes.
  const outCrosswalk = path.join(outDir, 'wilayah', 'kode-lama.csv');
  if (!existsSync(outCrosswalk)) {
    mkdirSync(path.dirname(outCrosswalk), { recursive: true });
    copyFileSync(crosswalkFile, outCrosswalk);
  }

  let kawasanRows = 0;
  let programRows = 0;
  let previous: { year: number; programs: ProgramRecord[] } | undefined;
  for (const year of years) {
    const sample = generateYear(population, year, { seed, allDesa }, previous?.year === year - 1 ? previous.programs : undefined);
    previous = { year, programs: sample.programs };
    const files = yearFiles(sample, crosswalk);
    const yearDir = path.join(outDir, String(year));
    mkdirSync(yearDir, { recursive: true });
    bytes += writeChunks(path.join(yearDir, 'kawasan.csv'), files.kawasan);
    bytes += writeChunks(path.join(yearDir, 'program.csv'), files.program);
    kawasanRows += sample.kawasan.length;
    programRows += sample.programs.length;
  }

  const span = years.length === 1 ? `${years[0]}` : `${years[0]}-${years[years.length - 1]}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (bytes / 1_000_000).toFixed(1);
  const where = path.relative(process.cwd(), outDir) || '.';
  log(
    `data contoh sintetis${allDesa ? ' (semua desa)' : ''}: ${span} (${years.length} tahun), ` +
      `${kawasanRows} baris kawasan, ${programRows} baris program, ${megabytes} MB, ${seconds} s -> ${where}`,
  );
}

function writeChunks(file: string, chunks: Iterable<string>): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      const buffer = Buffer.from(chunk, 'utf8');
      writeSync(fd, buffer);
      bytes += buffer.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
