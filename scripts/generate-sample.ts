/**
 * Writes the deterministic synthetic sample (dataset.json and <tahun>/kawasan.csv, program.csv).
 *
 *   node scripts/generate-sample.ts [--out DIR] [--years 2019-2025] [--seed N] [--all-desa]
 *
 * Default DIR: $DASHBOARD_DATA_DIR or data/. --all-desa writes the national benchmark set
 * (every desa assessed every year), e.g. --all-desa --years 2016-2025 --out bench-data.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirectory, PROJECT_ROOT } from '../src/pipeline/config.ts';
import { loadRegionReference } from '../src/pipeline/reference/region-reference.ts';
import { parseCrosswalk } from '../src/tools/sample/crosswalk.ts';
import {
  datasetJsonText,
  DEFAULT_FIRST_YEAR,
  DEFAULT_LAST_YEAR,
  DEFAULT_SEED,
  generateYear,
  parseYears,
  yearFiles,
} from '../src/tools/sample/generate.ts';
import { buildPopulation } from '../src/tools/sample/population.ts';

const USAGE = 'pemakaian: node scripts/generate-sample.ts [--out DIR] [--years 2019-2025] [--seed N] [--all-desa]';
/** The committed crosswalk defines which Papua codes the sample writes in their old form. */
const crosswalkFile = path.join(PROJECT_ROOT, 'data', 'wilayah', 'kode-lama.csv');

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

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      years: { type: 'string', default: `${DEFAULT_FIRST_YEAR}-${DEFAULT_LAST_YEAR}` },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'all-desa': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const outDir = values.out === undefined ? dataDirectory() : path.resolve(values.out);
  const years = parseYears(values.years);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed harus bilangan bulat >= 0: ${values.seed}`);
  const allDesa = values['all-desa'];

  const crosswalkText = readFileSync(crosswalkFile, 'utf8');
  const crosswalk = parseCrosswalk(crosswalkText);
  const population = buildPopulation(await loadRegionReference(), seed);

  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  const datasetJson = datasetJsonText();
  writeFileSync(path.join(outDir, 'dataset.json'), datasetJson);
  bytes += Buffer.byteLength(datasetJson);
  // Make another output dir a complete data dir: it needs the crosswalk for the old Papua codes.
  const outCrosswalk = path.join(outDir, 'wilayah', 'kode-lama.csv');
  if (!existsSync(outCrosswalk)) {
    mkdirSync(path.dirname(outCrosswalk), { recursive: true });
    copyFileSync(crosswalkFile, outCrosswalk);
  }

  let kawasanRows = 0;
  let programRows = 0;
  for (const year of years) {
    const sample = generateYear(population, year, { seed, allDesa });
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
  console.log(
    `data contoh sintetis${allDesa ? ' (semua desa)' : ''}: ${span} (${years.length} tahun), ` +
      `${kawasanRows} baris kawasan, ${programRows} baris program, ${megabytes} MB, ${seconds} s -> ${where}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 1;
});
