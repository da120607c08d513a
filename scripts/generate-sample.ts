/**
 * Writes the deterministic synthetic sample (src/commands/generate-sample.ts).
 *
 *   node scripts/generate-sample.ts [--out DIR] [--years 2019-2025] [--seed N] [--all-desa]
 *
 * Default DIR: $DASHBOARD_DATA_DIR or data/. --all-desa writes the national benchmark set
 * (every desa assessed every year), e.g. --all-desa --years 2016-2025 --out bench-data.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { generateSample, SAMPLE_USAGE } = await import('../src/commands/generate-sample.ts');
const { loadConfig } = await import('../src/config.ts');
const { DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR, DEFAULT_SEED, parseYears } = await import('../src/tools/sample/generate.ts');

try {
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
  const outDir = values.out === undefined ? loadConfig().dataDir : path.resolve(values.out);
  const years = parseYears(values.years);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed harus bilangan bulat >= 0: ${values.seed}`);
  await generateSample({ outDir, years, seed, allDesa: values['all-desa'] }, console.log);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(SAMPLE_USAGE);
  process.exitCode = 1;
}
