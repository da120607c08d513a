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
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { findBrowser, launchChrome } from '../tools/browser.ts';
import { formatScores, measurePage, samplePages } from '../tools/bench/lighthouse.ts';
import { fmt, type Measure, median, runMeasured } from '../tools/bench/measure.ts';
import { serveSite } from '../tools/static-server.ts';
import type { Log } from './run-command.ts';

export interface BenchOptions {
  /** Runs of each process timed (the median counts). */
  runs: number;
  /** Only the pipeline against DuckDB: no site builds, no Lighthouse. */
  skipSite: boolean;
}

const YEARS = { first: 2016, last: 2025 };
const benchData = path.join(PROJECT_ROOT, 'bench-data');
const inBuild = (name: string) => path.join(PROJECT_ROOT, 'build', name);

export async function bench(options: BenchOptions, log: Log): Promise<void> {
  if (!existsSync(path.join(benchData, String(YEARS.last), 'kawasan.csv'))) {
    log(`Membuat set nasional ${YEARS.first}–${YEARS.last} di bench-data/ … / generating the national set …`);
    runMeasured(['scripts/generate-sample.ts', '--all-desa', '--years', `${YEARS.first}-${YEARS.last}`, '--out', benchData]);
  }
  const years = readdirSync(benchData).filter((name) => /^\d{4}$/.test(name)).sort();
  benchPipeline(years, options.runs, log);
  if (options.skipSite) return;
  benchSiteBuilds(years, log);
  await benchLighthouse(inBuild('bench-site-10y'), log);
}

/** Step 2: the pipeline and DuckDB, alternating, `runs` times each. */
function benchPipeline(years: string[], runs: number, log: Log): void {
  const kawasanRows = Number(/rows=(\d+)/.exec(runMeasured(['scripts/bench/duckdb-query.ts', benchData]).output)?.[1] ?? NaN);
  log(`\nSet: ${years.length} tahun/years (${years[0]}–${years.at(-1)}), ${kawasanRows.toLocaleString('en')} baris kawasan/rows, ${runs} runs each, alternating\n`);
  const pipeline: Measure[] = [];
  const duckdb: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    pipeline.push(runMeasured(['scripts/build-data.ts'], { DASHBOARD_DATA_DIR: benchData, PUBLIC_DATA_DIR: inBuild('bench-public-data') }));
    duckdb.push(runMeasured(['scripts/bench/duckdb-query.ts', benchData]));
    log(`  run ${i + 1}: pipeline ${fmt(pipeline.at(-1)!.seconds)} s, DuckDB ${fmt(duckdb.at(-1)!.seconds)} s`);
  }
  const p = { s: median(pipeline.map((m) => m.seconds)), mb: Math.max(...pipeline.map((m) => m.maxRssMb)) };
  const d = { s: median(duckdb.map((m) => m.seconds)), mb: Math.max(...duckdb.map((m) => m.maxRssMb)) };
  const audit = /audit: .*?, ([\d.,]+) s/.exec(pipeline.at(-1)!.output)?.[1];
  log(`
| what (whole process)                         | median s | peak MB | rows/s     |
| -------------------------------------------- | -------- | ------- | ---------- |
| pipeline: read→validate→aggregate→protect→audit | ${fmt(p.s).padStart(8)} | ${fmt(p.mb, 0).padStart(7)} | ${Math.round(kawasanRows / p.s).toLocaleString('en').padStart(10)} |
| DuckDB: same counts and sums in SQL           | ${fmt(d.s).padStart(8)} | ${fmt(d.mb, 0).padStart(7)} | ${Math.round(kawasanRows / d.s).toLocaleString('en').padStart(10)} |

ratio pipeline / DuckDB: ${fmt(p.s / d.s)}× (target ≤ 2.5×), peak memory ${fmt(p.mb, 0)} MB (target ≤ 300 MB)${audit ? `; of the pipeline, the disclosure audit took ${audit} s` : ''}`);
}

/** Step 3: `npm run build` on the newest 5 and 10 years. */
function benchSiteBuilds(years: string[], log: Log): void {
  log('\nSitus penuh / full site build (npm run build):');
  for (const count of [5, 10]) {
    const dir = inBuild(`bench-data-${count}y`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Copies, not symlinks: the validator reads year folders as directories, as staff commit them.
    for (const entry of ['dataset.json', 'wilayah', ...years.slice(-count)]) cpSync(path.join(benchData, entry), path.join(dir, entry), { recursive: true });
    const outDir = inBuild(`bench-site-${count}y`);
    const measure = runMeasured(['scripts/build.ts'], { DASHBOARD_DATA_DIR: dir, DASHBOARD_OUT_DIR: outDir, PUBLIC_DATA_DIR: inBuild(`bench-public-${count}y`) });
    const pages = countPages(outDir);
    log(`  ${count} tahun/years: ${fmt(measure.seconds, 1)} s, ${pages} halaman/pages, ${fmt(pages / measure.seconds, 1)} pages/s, peak ${fmt(measure.maxRssMb, 0)} MB (target < 60 s)`);
  }
}

/** Step 4: the four Lighthouse scores of each page kind of `site`. */
async function benchLighthouse(site: string, log: Log): Promise<void> {
  log(`\nLighthouse (mobile, simulated throttling) on the 10-year site, in ${(await findBrowser()).source}:`);
  const server = await serveSite(site);
  const chrome = await launchChrome();
  try {
    for (const page of samplePages(site)) {
      const { scores, belowOne } = await measurePage(server.url(page), chrome.port);
      log(`  ${page}: ${formatScores(scores)}${belowOne.length ? ` (below 1: ${belowOne.join(', ')})` : ''}`);
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
