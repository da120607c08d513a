/**
 * `npm run bench`: the pipeline at national scale, side by side with DuckDB.
 *
 * 1. Makes the national 10-year set with the sample generator (every desa of the reference each
 *    year, seeded) in bench-data/ unless it is there.
 * 2. Times whole processes, alternating, over several runs: the project's pipeline (read →
 *    validate → normalise → aggregate → protect → audit → public dataset; no site) and DuckDB
 *    computing the same kab/kota × year × category counts and sums in SQL. Prints medians,
 *    peak memory, the ratio and rows per second.
 * 3. Times `npm run build` (every page, both languages) on 5 and on 10 years; pages per second.
 * 4. Lighthouse (mobile, as in the tests) on the 10-year site: the four scores of each page kind.
 *
 * Options: --runs N (default 3), --skip-site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import { PROJECT_ROOT } from '../src/pipeline/config.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, serveSite } from '../tests/support/static-server.ts';
import { formatScores, measurePage, samplePages } from './bench/lighthouse.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-site': { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs) || 3);
const benchData = path.join(PROJECT_ROOT, 'bench-data');
const node = process.execPath;
const YEARS = { first: 2016, last: 2025 };

interface Measure {
  seconds: number;
  maxRssMb: number;
  output: string;
}

function run(args: string[], env: Record<string, string> = {}): Measure {
  const started = performance.now();
  const result = spawnSync(node, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, BENCH_REPORT_RSS: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${output.slice(-4000)}`);
  const rss = /__maxrss_kb=(\d+)/.exec(output);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, output };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (x: number, digits = 2) => x.toFixed(digits);

if (!existsSync(path.join(benchData, String(YEARS.last), 'kawasan.csv'))) {
  console.log(`Membuat set nasional ${YEARS.first}–${YEARS.last} di bench-data/ … / generating the national set …`);
  run(['scripts/generate-sample.ts', '--all-desa', '--years', `${YEARS.first}-${YEARS.last}`, '--out', benchData]);
}
const years = readdirSync(benchData).filter((name) => /^\d{4}$/.test(name)).sort();
const rowCount = (dir: string) => Number(/rows=(\d+)/.exec(run(['scripts/bench/duckdb-query.ts', dir]).output)?.[1] ?? NaN);
const kawasanRows = rowCount(benchData);

console.log(`\nSet: ${years.length} tahun/years (${years[0]}–${years.at(-1)}), ${kawasanRows.toLocaleString('en')} baris kawasan/rows, ${runs} runs each, alternating\n`);
const pipeline: Measure[] = [];
const duckdb: Measure[] = [];
for (let i = 0; i < runs; i++) {
  pipeline.push(run(['scripts/build-data.ts'], { DASHBOARD_DATA_DIR: benchData, PUBLIC_DATA_DIR: path.join(PROJECT_ROOT, 'build', 'bench-public-data') }));
  duckdb.push(run(['scripts/bench/duckdb-query.ts', benchData]));
  console.log(`  run ${i + 1}: pipeline ${fmt(pipeline.at(-1)!.seconds)} s, DuckDB ${fmt(duckdb.at(-1)!.seconds)} s`);
}
const p = { s: median(pipeline.map((m) => m.seconds)), mb: Math.max(...pipeline.map((m) => m.maxRssMb)) };
const d = { s: median(duckdb.map((m) => m.seconds)), mb: Math.max(...duckdb.map((m) => m.maxRssMb)) };
const audit = /audit: .*?, ([\d.,]+) s/.exec(pipeline.at(-1)!.output)?.[1];
console.log(`
| what (whole process)                         | median s | peak MB | rows/s     |
| -------------------------------------------- | -------- | ------- | ---------- |
| pipeline: read→validate→aggregate→protect→audit | ${fmt(p.s).padStart(8)} | ${fmt(p.mb, 0).padStart(7)} | ${Math.round(kawasanRows / p.s).toLocaleString('en').padStart(10)} |
| DuckDB: same counts and sums in SQL           | ${fmt(d.s).padStart(8)} | ${fmt(d.mb, 0).padStart(7)} | ${Math.round(kawasanRows / d.s).toLocaleString('en').padStart(10)} |

ratio pipeline / DuckDB: ${fmt(p.s / d.s)}× (target ≤ 2.5×), peak memory ${fmt(p.mb, 0)} MB (target ≤ 300 MB)${audit ? `; of the pipeline, the disclosure audit took ${audit} s` : ''}`);

if (!values['skip-site']) {
  console.log('\nSitus penuh / full site build (npm run build):');
  for (const count of [5, 10]) {
    const dir = path.join(PROJECT_ROOT, 'build', `bench-data-${count}y`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Copies, not symlinks: the validator reads year folders as directories, as staff commit them.
    for (const entry of ['dataset.json', 'wilayah', ...years.slice(-count)]) cpSync(path.join(benchData, entry), path.join(dir, entry), { recursive: true });
    const outDir = path.join(PROJECT_ROOT, 'build', `bench-site-${count}y`);
    const measure = run(['scripts/build.ts'], { DASHBOARD_DATA_DIR: dir, DASHBOARD_OUT_DIR: outDir, PUBLIC_DATA_DIR: path.join(PROJECT_ROOT, 'build', `bench-public-${count}y`) });
    const pages = countPages(outDir);
    console.log(`  ${count} tahun/years: ${fmt(measure.seconds, 1)} s, ${pages} halaman/pages, ${fmt(pages / measure.seconds, 1)} pages/s, peak ${fmt(measure.maxRssMb, 0)} MB (target < 60 s)`);
  }

  const site = path.join(PROJECT_ROOT, 'build', 'bench-site-10y');
  console.log('\nLighthouse (mobile, simulated throttling) on the 10-year site:');
  const server = await serveSite(site);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    for (const page of samplePages(site)) {
      const { scores, belowOne } = await measurePage(server.url(page), chrome.port);
      console.log(`  ${page}: ${formatScores(scores)}${belowOne.length ? ` (below 1: ${belowOne.join(', ')})` : ''}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) pages++;
  return pages;
}
