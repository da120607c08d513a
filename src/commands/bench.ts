/**
 * `npm run bench`: the pipeline at national scale, side by side with DuckDB.
 *
 * 1. Makes the national 10-year set with the sample generator (every desa of the reference each
 *    year, seeded) in bench-data/ unless it is there.
 * 2. Times whole processes over several runs: `npm run validate` and DuckDB computing the same
 *    kab/kota × year × category counts and sums in SQL, alternating (the ratio is the median of
 *    the pairs' ratios); then `npm run build-data` (read → validate → normalise → aggregate →
 *    protect → audit → public dataset; no site), cold, then again with the audited components the
 *    cold run kept, then with nothing changed (the pipeline's result replayed, pipeline-cache.ts).
 *    The national set has no release of its own.
 * 3. Times `npm run build` (every page, both languages, downloads, leak guard), cold (no Astro
 *    cache, no cached figure PNG or audited component), on the bundled data (which audits its
 *    committed releases), then the bundled build again with the caches the cold runs left, and on
 *    the newest 5 and 10 national years (cold); pages per second. Every run uses the benchmark's
 *    own cache folder (build/bench-cache), never the one of the staff's builds.
 * Each process runs with the Node options of its npm script (package.json).
 * Then prints one table: median seconds, peak memory (MiB) and the targets of each row.
 * 4. Lighthouse (mobile, as in the tests) on the 10-year site: the four scores of each page kind.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { findBrowser, launchChrome } from '../tools/browser.ts';
import { formatScores, measurePage, samplePages } from '../tools/bench/lighthouse.ts';
import { fmt, type Measure, median, runMeasured, scriptArgs } from '../tools/bench/measure.ts';
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
  const rows = benchPipeline(years, options.runs, log);
  if (!options.skipSite) rows.push(...benchSiteBuilds(years, options.runs, log));
  log(`
Medians of ${options.runs} runs (whole processes); peak: the largest of the runs; ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}).

| work                                         | median s | peak MiB | measure                | target |
| -------------------------------------------- | -------- | -------- | ---------------------- | ------ |
${rows.join('\n')}`);
  if (!options.skipSite) await benchLighthouse(inBuild('bench-site-10y'), log);
}

/** The national set has never been released: an empty releases folder (none is read). */
const benchReleases = path.join(benchData, 'releases');
/** The benchmark's own cache folder (figure PNGs, audited components), emptied before every cold run. */
const benchCache = inBuild('bench-cache');
const nationalEnv = { DASHBOARD_DATA_DIR: benchData, RELEASES_DIR: benchReleases, DASHBOARD_CACHE_DIR: benchCache };

/** Cold: no Astro cache, no figure PNG and no audited component kept from an earlier run. */
function emptyCaches(): void {
  rmSync(path.join(PROJECT_ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(benchCache, { recursive: true, force: true });
}

/** Median seconds and the largest peak of a series of runs. */
const summary = (runs: Measure[]) => ({ s: median(runs.map((m) => m.seconds)), mb: Math.max(...runs.map((m) => m.maxRssMb)) });

/** One row of the table the bench prints (the issue's table: now and target). */
function row(work: string, runs: Measure[], target: string, extra = ''): string {
  const { s, mb } = summary(runs);
  return `| ${work.padEnd(44)} | ${fmt(s).padStart(8)} | ${fmt(mb, 0).padStart(8)} | ${extra.padEnd(22)} | ${target} |`;
}

/**
 * Step 2: `npm run validate` against DuckDB, alternating (A B A B …, the ratio taken pair by pair
 * so that a machine whose speed drifts still gives a fair ratio), then `npm run build-data`.
 */
function benchPipeline(years: string[], runs: number, log: Log): string[] {
  const kawasanRows = Number(/rows=(\d+)/.exec(runMeasured(['scripts/bench/duckdb-query.ts', benchData]).output)?.[1] ?? NaN);
  log(`\nSet: ${years.length} tahun/years (${years[0]}–${years.at(-1)}), ${kawasanRows.toLocaleString('en')} baris kawasan/rows, ${runs} runs each, alternating\n`);
  const validate: Measure[] = [];
  const duckdb: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    validate.push(runMeasured(scriptArgs('validate'), nationalEnv));
    duckdb.push(runMeasured(['scripts/bench/duckdb-query.ts', benchData]));
    log(`  run ${i + 1}: validate ${fmt(validate.at(-1)!.seconds)} s, DuckDB ${fmt(duckdb.at(-1)!.seconds)} s`);
  }
  const ratio = median(validate.map((m, i) => m.seconds / duckdb[i]!.seconds));
  const buildData = (cold: boolean, pipelineCached = false) => {
    const measures: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      if (cold) emptyCaches();
      // The audit's cache alone: the whole pipeline's result (pipeline-cache.ts) would replay all of it.
      else if (!pipelineCached) rmSync(path.join(benchCache, 'pipeline'), { recursive: true, force: true });
      measures.push(runMeasured(scriptArgs('build-data'), { ...nationalEnv, PUBLIC_DATA_DIR: inBuild('bench-public-data') }));
      log(`  run ${i + 1}: build-data${cold ? '' : pipelineCached ? ' (pipeline cached)' : ' (audit cached)'} ${fmt(measures.at(-1)!.seconds)} s`);
    }
    return measures;
  };
  const pipeline = buildData(true);
  // Again with the audited components the last cold run kept (a repeat build of the same data).
  const repeat = buildData(false);
  // Again with nothing changed: the pipeline's result replayed (data, releases and code the same).
  const unchanged = buildData(false, true);
  const audited = (measures: Measure[]) => {
    const audit = /audit[^\n]*?(\d+) (?:putaran|rounds)[^\n]*?, ([\d.,]+) s/.exec(measures.at(-1)!.output);
    return audit ? `audit ${audit[2]} s, ${audit[1]} rounds` : perSecond(measures);
  };
  const perSecond = (m: Measure[]) => `${Math.round(kawasanRows / summary(m).s).toLocaleString('en')} rows/s`;
  return [
    row('validate, national 10 years', validate, '≤ 2.5× DuckDB, ≤ 300 MiB', `${fmt(ratio)}× DuckDB (pairs)`),
    row('DuckDB: same counts and sums in SQL', duckdb, '(yardstick)', perSecond(duckdb)),
    row('build-data, national 10 years', pipeline, '≤ 5 s, ≤ 400 MiB', audited(pipeline)),
    row('build-data, national 10 years (audit cached)', repeat, '≤ 5 s, ≤ 400 MiB', audited(repeat)),
    row('build-data, national 10 years (unchanged)', unchanged, '(pipeline cached)', perSecond(unchanged)),
  ];
}

/** Step 3: `npm run build` on the bundled data, then on the newest 5 and 10 national years. */
function benchSiteBuilds(years: string[], runs: number, log: Log): string[] {
  log('\nSitus penuh / full site build (npm run build):');
  const site = (label: string, env: Record<string, string>, outDir: string, count: number, target: string, cold = true) => {
    const measures: Measure[] = [];
    for (let i = 0; i < count; i++) {
      if (cold) emptyCaches();
      measures.push(runMeasured(scriptArgs('build'), { ...env, DASHBOARD_OUT_DIR: outDir, DASHBOARD_CACHE_DIR: benchCache }));
      log(`  ${label}, run ${i + 1}: ${fmt(measures.at(-1)!.seconds, 1)} s`);
    }
    const pages = countPages(outDir);
    return row(label, measures, target, `${pages} pages, ${fmt(pages / summary(measures).s, 1)} pages/s`);
  };
  const bundled = { PUBLIC_DATA_DIR: inBuild('bench-public-bundled') };
  const rows = [
    site('build, bundled data (cold)', bundled, inBuild('bench-site-bundled'), runs, '≤ 20 s, ≤ 600 MiB'),
    // Again with the caches the cold runs left (what a staff member's second build costs).
    site('build, bundled data (repeat: all cached)', bundled, inBuild('bench-site-bundled'), runs, '≤ 20 s, ≤ 600 MiB', false),
  ];
  for (const count of [5, 10]) {
    const dir = inBuild(`bench-data-${count}y`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Copies, not symlinks: the validator reads year folders as directories, as staff commit them.
    for (const entry of ['dataset.json', 'wilayah', ...years.slice(-count)]) cpSync(path.join(benchData, entry), path.join(dir, entry), { recursive: true });
    const env = { DASHBOARD_DATA_DIR: dir, RELEASES_DIR: path.join(dir, 'releases'), PUBLIC_DATA_DIR: inBuild(`bench-public-${count}y`) };
    rows.push(site(`build, national ${count} years`, env, inBuild(`bench-site-${count}y`), count === 10 ? runs : 1, count === 10 ? '≤ 20 s; cost linear in years' : '(for linearity)'));
  }
  return rows;
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
