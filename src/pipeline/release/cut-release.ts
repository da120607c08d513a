/**
 * Cutting a release: writes `releases/<id>/` from the public dataset about to be published.
 * Only the public tables go in (every record checked against the public schemas, written field
 * by field in schema order), with release.json. A release is never rewritten; cutting when
 * nothing changed since the newest release does nothing.
 */
import { z } from 'zod';
import { writeHiddenValues, type HiddenValues } from '../protect/hidden-values.ts';
import type { PublicDataset } from '../publish/public-dataset.ts';
import { PUBLIC_TABLES } from '../publish/public-schema.ts';
import { releaseSummary } from './changelog.ts';
import { diffTables, type DatasetDiff } from './diff.ts';
import { readReleases, releaseRecord, resolveRelease, snapshotContent, writeRelease, type DateSources, type ReleaseRecord } from './release.ts';
import { TABLE_NAMES } from '../publish/tables.ts';
import { datasetTables } from '../downloads/write-downloads.ts';

export type CutResult =
  | { status: 'cut'; record: ReleaseRecord; dir: string; diff: DatasetDiff; privateRecord?: string }
  | { status: 'unchanged'; record: ReleaseRecord };

export async function cutRelease(
  dataset: PublicDataset,
  options: {
    releasesDir: string;
    dateSources: DateSources;
    note?: { id: string; en: string };
    /** PRIVATE: the true values of the dataset's `[c]` person counts, written to `<dataDir>/rilis/<id>.json`. */
    hiddenValues?: HiddenValues;
    dataDir?: string;
  },
): Promise<CutResult> {
  for (const table of TABLE_NAMES) z.array(PUBLIC_TABLES[table]).parse(dataset[table]);
  const releases = await readReleases(options.releasesDir);
  const tables = datasetTables(dataset);
  const info = resolveRelease(tables, dataset.schemaVersion, dataset.meta.years, releases, options.dateSources);
  const newest = releases.at(-1);
  if (!info.draft && newest) return { status: 'unchanged', record: newest.record };
  const content = snapshotContent(tables, dataset.schemaVersion);
  const diff = diffTables(newest?.tables, tables);
  const record = releaseRecord(info, content, tables, dataset.meta, newest?.record.id ?? null, releaseSummary(diff, tables), options.note);
  const dir = await writeRelease(options.releasesDir, record, content);
  if (options.hiddenValues && options.dataDir) {
    const privateRecord = await writeHiddenValues(options.dataDir, record.id, options.hiddenValues);
    return { status: 'cut', record, dir, diff, privateRecord };
  }
  return { status: 'cut', record, dir, diff };
}
