/**
 * Publish preview for staff (src/commands/preview-data.ts): builds the public dataset from the
 * input data (or reads one already built) and compares it with the last committed release in
 * releases/: years added, kab/kota whose published figures changed, the biggest changes, cells
 * newly suppressed or shown again.
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
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { previewData } = await import('../src/commands/preview-data.ts');
const { runCommand } = await import('../src/commands/run-command.ts');
const { langOption } = await import('../src/i18n/lang.ts');

await runCommand((config, output) => {
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
  if (values.release && values.against) throw new Error('--release and --against cannot be used together');
  if ((values['note-id'] === undefined) !== (values['note-en'] === undefined)) throw new Error('give both --note-id and --note-en, or neither');
  const note = values['note-id'] !== undefined && values['note-en'] !== undefined ? { id: values['note-id'], en: values['note-en'] } : undefined;
  return previewData(
    config,
    {
      lang: langOption(values.lang),
      from: values.from,
      against: values.against,
      release: values.release,
      date: values.date,
      note,
      check: values.check,
      max: Number(values.max) || 10,
      recordHidden: values['record-hidden'],
      into: values.into,
    },
    output.log,
  );
});
