/**
 * `node scripts/preview.ts` (`npm run preview-data`): the publish preview for staff, release
 * cutting and the recovery of a release's private record (see the script for the options).
 * The public dataset is built from the input data (or read, `from`) and compared with the last
 * committed release, or with `against`: years added, kab/kota whose published figures changed,
 * the biggest changes, cells newly suppressed or shown again. Returns the exit code: 1 when the
 * data are invalid or `check` finds them unrecorded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Lang } from '../i18n/index.ts';
import { buildPublicData, recoverReleaseRecord } from '../pipeline/build-pipeline.ts';
import { readPublicDataset } from '../pipeline/downloads/read-public-data.ts';
import { datasetTables } from '../pipeline/downloads/write-downloads.ts';
import { cutRelease, type CutResult } from '../pipeline/release/cut-release.ts';
import { diffIsEmpty, diffTables } from '../pipeline/release/diff.ts';
import { publishPreviewLines } from '../pipeline/release/publish-preview.ts';
import { defaultDateSources, readReleases, releasesDirectory, resolveRelease, type LoadedRelease, type ReleaseInfo } from '../pipeline/release/release.ts';
import type { PublicTables } from '../pipeline/publish/tables.ts';
import type { Log } from './run-command.ts';
import { t } from '../i18n/index.ts';

export interface PreviewOptions {
  lang: Lang;
  /** An already built public dataset to read instead of building one (no private record then). */
  from?: string | undefined;
  /** The committed release to compare with (default: the newest). */
  against?: string | undefined;
  /** Cut the release: write `releases/<id>/` and `<data>/rilis/<id>.json`. */
  release: boolean;
  /** `--date` of a draft or of the release cut. */
  date?: string | undefined;
  note?: { id: string; en: string } | undefined;
  /** Fail (1) when the data differ from the newest release. */
  check: boolean;
  /** Items per list of the preview. */
  max: number;
  /** Recover the private record of this committed release from the data as they were then (`config.dataDir`)… */
  recordHidden?: string | undefined;
  /** …into this data folder (default `config.dataDir`). */
  into?: string | undefined;
}

type Built = NonNullable<Awaited<ReturnType<typeof buildPublicData>>>;
type Loaded = Pick<Built, 'dataset'> & Partial<Pick<Built, 'hiddenValues' | 'releases'>>;

export async function previewData(config: Config, options: PreviewOptions, log: Log): Promise<number> {
  if (options.recordHidden) {
    const into = path.resolve(options.into ?? config.dataDir);
    const paths = { dataThen: config.dataDir, dataDir: into, releasesDir: releasesDirectory(into, config.releasesDir) };
    return (await recoverReleaseRecord(options.recordHidden, paths, log)) ? 0 : 1;
  }
  const loaded = await loadDataset(config, options, log);
  if (!loaded) return 1;
  const releasesDir = releasesDirectory(config.dataDir, config.releasesDir);
  const dateSources = { ...defaultDateSources(config), ...(options.date ? { option: options.date } : {}) };
  const releases = loaded.releases ?? (await readReleases(releasesDir));
  const tables = datasetTables(loaded.dataset);
  const release = resolveRelease(tables, loaded.dataset.schemaVersion, loaded.dataset.meta.years, releases, dateSources);
  const base = options.against ? releases.find((candidate) => candidate.record.id === options.against) : releases.at(-1);
  if (options.against && !base) {
    log(`✗ ${t(options.lang, 'cli.preview.noRelease', { release: options.against, dir: releasesDir })}`);
    return 1;
  }
  const diff = diffTables(base?.tables, tables);
  log('');
  const limits = { lang: options.lang, maxItems: Math.max(1, options.max), maxUnits: 3 * options.max };
  for (const line of publishPreviewLines({ release, previous: base?.record, diff, tables }, limits)) log(line);

  if (options.release) {
    const { hiddenValues } = loaded;
    const note = options.note;
    const result = await cutRelease(loaded.dataset, { releasesDir, dateSources, ...(note ? { note } : {}), ...(hiddenValues ? { hiddenValues, dataDir: config.dataDir } : {}) });
    log('');
    reportCut(result, options.lang, log);
    return 0;
  }
  return options.check && !isRecorded(releases.at(-1), tables, release, options.lang, log) ? 1 : 0;
}

/** The public dataset: read from `options.from`, or built from the input data into a scratch folder. */
async function loadDataset(config: Config, options: PreviewOptions, log: Log): Promise<Loaded | undefined> {
  if (options.from) {
    const dataset = await readPublicDataset(path.resolve(options.from));
    log(t(options.lang, 'cli.preview.readFrom', { dir: options.from }));
    return { dataset };
  }
  const scratch = await mkdtemp(path.join(tmpdir(), 'pratinjau-'));
  try {
    const paths = { dataDir: config.dataDir, publicDataDir: scratch, releasesDir: config.releasesDir, cacheDir: config.cacheDir };
    const built = await buildPublicData(paths, log, { collectPrivateValues: false, githubAnnotations: config.githubAnnotations });
    return built && { dataset: built.dataset, hiddenValues: built.hiddenValues, releases: built.releases };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** What cutting the release wrote, and what to commit. */
function reportCut(result: CutResult, lang: Lang, log: Log): void {
  if (result.status === 'unchanged') {
    log(t(lang, 'cli.release.unchanged', { release: result.record.id }));
    return;
  }
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  log(`✓ ${t(lang, 'cli.release.recorded', { release: result.record.id, date: result.record.date, dir: shown(result.dir) })}`);
  if (result.privateRecord) log(`✓ ${t(lang, 'cli.release.privateRecord', { file: shown(result.privateRecord) })}`);
  else log(`! ${t(lang, 'cli.release.noPrivateRecord')}`);
}

/** `--check`: the data are the newest recorded release (else says how to record them). */
function isRecorded(newest: LoadedRelease | undefined, tables: PublicTables, release: ReleaseInfo, lang: Lang, log: Log): boolean {
  if (newest && diffIsEmpty(diffTables(newest.tables, tables)) && !release.draft) return true;
  log(`✗ ${t(lang, 'cli.check.differs', { newest: newest ? ` (${newest.record.id})` : '' })}`);
  return false;
}
