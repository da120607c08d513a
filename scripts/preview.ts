/**
 * Publish preview for staff: builds the public dataset from the input data (or reads one already
 * built) and compares it with the last committed release in releases/: years added, kab/kota
 * whose published figures changed, the biggest changes, cells newly suppressed or shown again.
 *
 *   node scripts/preview.ts                     preview (Bahasa Indonesia)
 *   node scripts/preview.ts --lang en           preview in English
 *   node scripts/preview.ts --from build/public-data   use an already built public dataset (fast)
 *   node scripts/preview.ts --against 2024.1    compare with an older committed release
 *   node scripts/preview.ts --check             exit 1 when the data differ from the newest release (CI)
 *   node scripts/preview.ts --release [--date YYYY-MM-DD] [--note-id "…" --note-en "…"]
 *                                               cut the release: write releases/<id>/ (public) and
 *                                               <data>/rilis/<id>.json (private), then commit both
 *   node scripts/preview.ts --record-hidden 2024.1 --into data
 *                                               recover the private record of a committed release
 *                                               from the data as they were then (DASHBOARD_DATA_DIR)
 *
 * Environment: DASHBOARD_DATA_DIR (input folder), RELEASES_DIR (default: releases/ next to the data folder),
 * SOURCE_DATE_EPOCH (release date of a draft). Exit 0 ok, 1 invalid data or --check found
 * changes, 2 internal error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPublicData, recoverReleaseRecord } from '../src/pipeline/build-pipeline.ts';
import { dataDirectory } from '../src/pipeline/config.ts';
import { cutRelease } from '../src/pipeline/release/cut-release.ts';
import { diffIsEmpty, diffTables } from '../src/pipeline/release/diff.ts';
import type { Lang } from '../src/pipeline/downloads/publication.ts';
import { publishPreviewLines } from '../src/pipeline/release/publish-preview.ts';
import { readPublicDataset } from '../src/pipeline/downloads/read-public-data.ts';
import { defaultDateSources, readReleases, releasesDirectory, resolveRelease } from '../src/pipeline/release/release.ts';
import { datasetTables } from '../src/pipeline/downloads/write-downloads.ts';
import type { PublicDataset } from '../src/pipeline/publish/public-dataset.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'id' },
      from: { type: 'string' },
      against: { type: 'string' },
      check: { type: 'boolean', default: false },
      release: { type: 'boolean', default: false },
      date: { type: 'string' },
      'note-id': { type: 'string' },
      'note-en': { type: 'string' },
      max: { type: 'string', default: '10' },
      'record-hidden': { type: 'string' },
      into: { type: 'string' },
    },
  });
  const lang: Lang = values.lang === 'en' ? 'en' : 'id';
  const id = lang === 'id';
  const log = (line: string) => console.log(line);
  if (values.release && values.against) throw new Error('--release and --against cannot be used together');
  if ((values['note-id'] === undefined) !== (values['note-en'] === undefined)) throw new Error('give both --note-id and --note-en, or neither');

  const dataDir = dataDirectory();
  if (values['record-hidden']) {
    const into = path.resolve(values.into ?? dataDir);
    const ok = await recoverReleaseRecord(values['record-hidden'], { dataThen: dataDir, dataDir: into, releasesDir: releasesDirectory(into) }, log);
    return ok ? 0 : 1;
  }

  let dataset: PublicDataset;
  let hiddenValues: Map<string, number> | undefined;
  if (values.from) {
    dataset = await readPublicDataset(path.resolve(values.from));
    log(id ? `Dataset publik dibaca dari ${values.from}` : `Public dataset read from ${values.from}`);
  } else {
    const scratch = await mkdtemp(path.join(tmpdir(), 'pratinjau-'));
    try {
      const built = await buildPublicData({ dataDir, publicDataDir: scratch }, log, { collectPrivateValues: false });
      if (!built) return 1;
      dataset = built.dataset;
      hiddenValues = built.hiddenValues;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  const releasesDir = releasesDirectory(dataDir);
  const dateSources = { ...defaultDateSources(dataDir), ...(values.date ? { option: values.date } : {}) };
  const releases = await readReleases(releasesDir);
  const tables = datasetTables(dataset);
  const release = resolveRelease(tables, dataset.schemaVersion, dataset.meta.years, releases, dateSources);
  const base = values.against ? releases.find((loaded) => loaded.record.id === values.against) : releases.at(-1);
  if (values.against && !base) {
    log(id ? `✗ Rilis ${values.against} tidak ada di ${releasesDir}.` : `✗ No committed release ${values.against} in ${releasesDir}.`);
    return 1;
  }
  const diff = diffTables(base?.tables, tables);
  log('');
  for (const line of publishPreviewLines({ release, previous: base?.record, diff, tables }, { lang, maxItems: Math.max(1, Number(values.max) || 10), maxUnits: 3 * (Number(values.max) || 10) })) log(line);

  if (values.release) {
    const note = values['note-id'] !== undefined && values['note-en'] !== undefined ? { id: values['note-id'], en: values['note-en'] } : undefined;
    const result = await cutRelease(dataset, { releasesDir, dateSources, ...(note ? { note } : {}), ...(hiddenValues ? { hiddenValues, dataDir } : {}) });
    log('');
    if (result.status === 'unchanged') {
      log(id ? `Tidak ada yang dicatat: data sama dengan rilis ${result.record.id}.` : `Nothing to record: the data equal release ${result.record.id}.`);
    } else {
      const where = path.relative(process.cwd(), result.dir) || result.dir;
      log(id ? `✓ Rilis ${result.record.id} (${result.record.date}) dicatat di ${where}/ — commit folder ini.` : `✓ Release ${result.record.id} (${result.record.date}) recorded in ${where}/ — commit this folder.`);
      if (result.privateRecord) {
        const privateWhere = path.relative(process.cwd(), result.privateRecord) || result.privateRecord;
        log(
          id
            ? `✓ Catatan privat nilai [c] di ${privateWhere} — commit bersama data (privat), jangan pernah diterbitkan.`
            : `✓ Private record of the [c] values in ${privateWhere} — commit it with the data (private), never publish it.`,
        );
      } else {
        log(id ? '! Tanpa catatan privat nilai [c] (--from): rilis berikutnya menganggap [c] tidak berubah.' : '! No private record of the [c] values (--from): later builds take [c] as unchanged.');
      }
    }
  }
  if (values.check && !values.release) {
    const newest = releases.at(-1);
    if (!newest || !diffIsEmpty(diffTables(newest.tables, tables)) || release.draft) {
      log(
        id
          ? `✗ Data berbeda dari rilis tercatat terakhir${newest ? ` (${newest.record.id})` : ''}: jalankan node scripts/preview.ts --release dan commit releases/.`
          : `✗ The data differ from the last recorded release${newest ? ` (${newest.record.id})` : ''}: run node scripts/preview.ts --release and commit releases/.`,
      );
      return 1;
    }
  }
  return 0;
});
