import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileInTheWay } from '../build-cache.ts';
import { t, tBoth } from '../i18n/index.ts';
import { publicMap } from './geo/boundaries.ts';
import { formatLeakReport, leakReportPassed, type LeakSecrets, type Prescan, prescanForLeaks, regionPublicTerms, scanForLeaks } from './leak-guard/leak-guard.ts';
import { readReleases, releasesDirectory, type LoadedRelease } from './release/release.ts';
import { DISCLOSURE_CONFIG } from './protect/config.ts';
import { HiddenValuesError, type HiddenValues, hiddenValuesPath, readHiddenValues, recoverHiddenValues, writeHiddenValues } from './protect/hidden-values.ts';
import { personTables } from './protect/person-cells.ts';
import { type DisclosureReport, regionChildren, ReleaseHistoryError, type EarlierReleaseTables } from './protect/public-tables.ts';
import { disclosureLogLines, historyErrorLines, recordErrorLines } from './protect/report.ts';
import { buildPublicDataset, type PublicDataset, unprotectedRecords } from './publish/public-dataset.ts';
import type { PublicMap } from './publish/public-map.ts';
import { pipelineKey, readPipelineEntry, writePipelineEntry } from './pipeline-cache.ts';
import { writePublicDataset } from './publish/write-public-dataset.ts';
import { loadRegionReference, type RegionReference } from './reference/region-reference.ts';
import { auditCache } from './protect/audit-cache.ts';
import { validateInputs, type ValidatedInputs } from './validate/inputs.ts';
import { reportLines } from './validate/report.ts';

export interface PipelinePaths {
  dataDir: string;
  /** Where the public dataset is written (the site reads it from here). */
  publicDataDir: string;
  /** The releases published before (RELEASES_DIR; default `releases/` next to the data folder). */
  releasesDir?: string | undefined;
  /** Results kept between builds (config.cacheDir): the audit replays the components it solved before. */
  cacheDir?: string | undefined;
}

/**
 * Every committed release with its private record of hidden values (`<data>/rilis/<id>.json`),
 * oldest first. A record that cannot be read or does not match its release stops the build
 * (`HiddenValuesError`).
 */
export async function loadEarlierReleases(releases: readonly LoadedRelease[], dataDir: string): Promise<EarlierReleaseTables[]> {
  const earlier: EarlierReleaseTables[] = [];
  for (const { record, tables } of releases) {
    const hiddenValues = await readHiddenValues(dataDir, { id: record.id, ...tables });
    earlier.push({ id: record.id, ...tables, ...(hiddenValues ? { hiddenValues } : {}) });
  }
  return earlier;
}

const seconds = (since: number) => (performance.now() - since) / 1000;
/** A count as the build log writes it (Indonesian digits, as every log line). */
const count = (value: number) => value.toLocaleString(t('id', 'locale'));

/** What the pipeline hands the site build and the other commands (kept between builds by pipeline-cache.ts). */
export interface PublicData {
  dataset: PublicDataset;
  disclosure: DisclosureReport;
  hiddenValues: HiddenValues;
  releases: LoadedRelease[];
  /** The never-publish values of the inputs (empty unless `collectPrivateValues`), for the leak guard. */
  privateValues: ValidatedInputs['privateValues'];
  map: PublicMap;
}

/**
 * read → validate → normalise codes → aggregate → protect → audit → public dataset (with the map).
 * Returns undefined (after printing why) when anything fails; the public dataset is then not written.
 * With a cache folder, a build whose inputs and code are those of an earlier build that passed
 * replays its result and its log lines (pipeline-cache.ts) instead.
 */
export async function buildPublicData(
  paths: PipelinePaths,
  log: (line: string) => void,
  /**
   * `collectPrivateValues`: keep the never-publish values for the leak guard of a site build (default true);
   * `githubAnnotations`: also report validation problems as GitHub annotations (config.githubAnnotations).
   */
  options: { collectPrivateValues?: boolean; githubAnnotations?: boolean } = {},
): Promise<(PublicData & { reference: RegionReference }) | undefined> {
  // A cache folder that cannot be made would fail the build only when its first result is kept,
  // after the audit, and a file where the public dataset goes would be deleted to make the
  // folder: both said now, before any work.
  if (paths.cacheDir && !folderUsable('DASHBOARD_CACHE_DIR', paths.cacheDir, log)) return undefined;
  if (!folderUsable('PUBLIC_DATA_DIR', paths.publicDataDir, log)) return undefined;
  const settings = { collectPrivateValues: options.collectPrivateValues ?? true, githubAnnotations: options.githubAnnotations ?? false };
  const releasesDir = releasesDirectory(paths.dataDir, paths.releasesDir);
  const key = paths.cacheDir ? pipelineKey([paths.dataDir, releasesDir], settings, [paths.cacheDir, paths.publicDataDir]) : undefined;
  const replayed = paths.cacheDir && key ? readPipelineEntry<PublicData>(paths.cacheDir, key) : undefined;
  if (replayed) {
    for (const line of replayed.lines) log(line);
    log(`  ${tBoth('build.pipelineFromCache')}`);
    return publish(paths, replayed.result, await loadRegionReference(), log);
  }
  const lines: string[] = [];
  const logged = (line: string) => {
    lines.push(line);
    log(line);
  };
  const built = await runPipeline(paths, releasesDir, settings, logged);
  if (!built) return undefined;
  if (paths.cacheDir && key) writePipelineEntry(paths.cacheDir, key, { lines, result: built.data });
  return publish(paths, built.data, built.reference, log);
}

/** Writes the public dataset (the site reads only it) and says so. */
async function publish(paths: PipelinePaths, data: PublicData, reference: RegionReference, log: (line: string) => void) {
  const { dataset, disclosure, map } = data;
  const files = await writePublicDataset(paths.publicDataDir, dataset, disclosure, map);
  const rows = t('id', 'build.dataset.rows', { kawasan: count(dataset.kawasan.length), program: count(dataset.program.length), files: files.length });
  log(`✓ ${tBoth('build.dataset')}: ${rows} → ${path.relative(process.cwd(), paths.publicDataDir)}/`);
  return { ...data, reference };
}

/** The pipeline itself, from the data folder to the public dataset and its map (not yet written). */
async function runPipeline(paths: PipelinePaths, releasesDir: string, settings: { collectPrivateValues: boolean; githubAnnotations: boolean }, log: (line: string) => void) {
  const started = performance.now();
  // Loaded while validation starts its workers.
  const loading = loadRegionReference();
  const validation = await validateInputs(paths.dataDir, loading, { collectPrivateValues: settings.collectPrivateValues });
  const reference = await loading;
  for (const line of reportLines(validation, seconds(started), {
    languages: ['id', 'en'],
    maxIssues: 50,
    githubAnnotations: settings.githubAnnotations,
  })) log(line);
  if (!validation.inputs) return undefined;

  const protecting = performance.now();
  // Read once: the audit covers them, and the downloads (release id, changelog) describe them.
  const releases = await readReleases(releasesDir);
  let built: Awaited<ReturnType<typeof buildPublicDataset>>;
  try {
    const earlier = await loadEarlierReleases(releases, paths.dataDir);
    built = await buildPublicDataset(validation.inputs, reference, DISCLOSURE_CONFIG, earlier, paths.cacheDir ? auditCache(paths.cacheDir) : undefined);
  } catch (error) {
    if (error instanceof HiddenValuesError) {
      for (const line of recordErrorLines(error, path.basename(error.file, '.json'), shownPath)) log(line);
      return undefined;
    }
    if (!(error instanceof ReleaseHistoryError)) throw error;
    for (const line of historyErrorLines(error.history, (id) => shownPath(hiddenValuesPath(paths.dataDir, id)))) log(line);
    return undefined;
  }
  const { dataset, disclosure, hiddenValues } = built;
  for (const line of disclosureLogLines(disclosure, seconds(protecting))) log(line);
  if (disclosure.audit.failures.length > 0) return undefined;
  const map = publicMap(validation.inputs.boundaries, reference.kabkota.length);
  return { data: { dataset, disclosure, hiddenValues, releases, privateValues: validation.inputs.privateValues, map }, reference };
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

/**
 * Whether a folder the build writes (`variable` names its setting) can be used: false, with what
 * is wrong and how to fix it in both languages, when a file is where it or a folder above it
 * would go. The build replaces an output folder whole, so a file there would be deleted; a cache
 * folder under a file would stop it half-way.
 */
export function folderUsable(variable: 'PUBLIC_DATA_DIR' | 'DASHBOARD_OUT_DIR' | 'DASHBOARD_CACHE_DIR', dir: string, log: (line: string) => void): boolean {
  const blocked = fileInTheWay(dir);
  if (!blocked) return true;
  const message = variable === 'DASHBOARD_CACHE_DIR' ? 'build.cacheDirBlocked' : 'build.outputDirBlocked';
  const params = { variable, dir: shownPath(dir), file: shownPath(blocked) };
  log(`✗ ${t('id', message, params)}`);
  log(`  [EN] ${t('en', message, params)}`);
  return false;
}

/** What a build keeps secret (from `buildPublicData`): the never-publish values and the region reference. */
export interface BuildSecrets {
  privateValues: Map<string, Set<string>>;
  reference: Awaited<ReturnType<typeof loadRegionReference>>;
}

/**
 * What the leak guard searches for, from a build's secrets. Made once per build: a prescan and the
 * scan it serves must be given the same object (`scanForLeaks` checks).
 */
export function leakSecrets({ privateValues, reference }: BuildSecrets): LeakSecrets {
  return { privateValues, desaCodes: reference.desaCodes, kecamatanCodes: reference.kecamatanCodes, publicTerms: regionPublicTerms(reference) };
}

/**
 * Starts the leak guard on the downloads as they will be installed (`<site>/<folder>/`): they are
 * final before the pages are built, so they are searched while Astro renders; `guardAndPublish`
 * then only checks that the installed copies are those bytes (prescanForLeaks).
 */
export function prescanDownloads(dir: string, folder: string, secrets: LeakSecrets, cacheDir?: string): Promise<Prescan> {
  // The main thread renders the pages meanwhile: one worker fewer than cores.
  return prescanForLeaks(dir, folder, secrets, { threads: Math.max(1, availableParallelism() - 1), ...(cacheDir ? { cacheDir } : {}) });
}

export interface GuardOptions {
  /** The downloads as searched ahead (`prescanDownloads`). */
  prescanned?: Prescan;
  /** Another check of the staging folder that runs meanwhile (the raw-input guard): publishing needs it to pass too. */
  alongside?: Promise<boolean>;
  /** The build's cache folder: files found clean by an earlier scan are not searched again (leak-cache.ts). */
  cacheDir?: string | undefined;
}

/**
 * Scans a built site for anything that must never be published, then moves it into place.
 * The previous `dist/` stays untouched unless the scan (and the check run `alongside`) passes.
 */
export async function guardAndPublish(stagingDir: string, distDir: string, secrets: LeakSecrets, log: (line: string) => void, options: GuardOptions = {}): Promise<boolean> {
  const { prescanned, alongside = Promise.resolve(true), cacheDir } = options;
  const [report, alongsidePassed] = await Promise.all([scanForLeaks(stagingDir, secrets, { ...(prescanned ? { prescanned } : {}), ...(cacheDir ? { cacheDir } : {}) }), alongside]);
  for (const line of formatLeakReport(report)) log(line);
  if (!leakReportPassed(report) || !alongsidePassed) {
    await rm(stagingDir, { recursive: true, force: true });
    return false;
  }
  await rm(distDir, { recursive: true, force: true });
  await mkdir(path.dirname(distDir), { recursive: true });
  await rename(stagingDir, distDir);
  return true;
}

/**
 * Recovers the private record of a committed release (`<data>/rilis/<id>.json`) from the data as
 * they were when it was cut (e.g. checked out from the data's git history into another folder):
 * every count the release published must match them. Returns false (after saying why) otherwise.
 */
export async function recoverReleaseRecord(
  releaseId: string,
  paths: { dataThen: string; dataDir: string; releasesDir: string },
  log: (line: string) => void,
): Promise<boolean> {
  const release = (await readReleases(paths.releasesDir)).find((loaded) => loaded.record.id === releaseId);
  if (!release) {
    log(`✗ ${tBoth('build.noRelease', { release: releaseId })} ${path.relative(process.cwd(), paths.releasesDir) || paths.releasesDir}`);
    return false;
  }
  const reference = await loadRegionReference();
  const validation = await validateInputs(paths.dataThen, reference, { collectPrivateValues: false });
  for (const line of reportLines(validation, 0, { languages: ['id', 'en'], maxIssues: 20, githubAnnotations: false })) log(line);
  if (!validation.inputs) return false;
  const { regions, kawasan, programs, followUp } = unprotectedRecords(validation.inputs, reference);
  const records = { kawasan, program: programs.map((p) => p.record), jangkauan: followUp.reach.map((r) => r.record), hasil: followUp.outcomes.map((o) => o.record), peralihan: followUp.transitions };
  const tables = personTables(records, regionChildren(regions), regions.map((region) => region.code));
  const truth = new Map(tables.cells.flatMap((cell) => (typeof cell.value === 'number' && !cell.hidden ? [[cell.label, cell.value] as const] : [])));
  const { values, mismatches } = recoverHiddenValues(release.tables, truth);
  if (mismatches.length > 0) {
    log(`✗ ${tBoth('build.notRelease', { dir: paths.dataThen, release: releaseId, n: mismatches.length })}`);
    for (const mismatch of mismatches.slice(0, 10)) log(`  ${mismatch}`);
    return false;
  }
  const file = await writeHiddenValues(paths.dataDir, releaseId, values);
  const recorded = t('id', 'build.record.values', { n: count(values.size) });
  log(`✓ ${tBoth('build.record', { release: releaseId })}: ${recorded} → ${path.relative(process.cwd(), file) || file} (${tBoth('build.record.private')})`);
  return true;
}
