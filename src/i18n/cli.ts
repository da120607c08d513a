/**
 * Catalogue section: what the command-line tools print (src/commands/, run by scripts/*.ts)
 * beyond the validator's and the pipeline's own reports. Bahasa Indonesia first. A command shows
 * one language (`preview --lang`) or both, as "id / en" on one line or "id" then "  [EN] en".
 * Marks (✓ ✗ !) are added by the command, not kept here.
 */
export const cliMessages = {
  // ── Every command ───────────────────────────────────────────────────────────────────────────
  'cli.internalError': { id: 'Kesalahan internal', en: 'internal error' },

  // ── npm run build ───────────────────────────────────────────────────────────────────────────
  'cli.build.done': { id: 'Situs dibangun di {dir}/ ({seconds} dtk)', en: 'site built in {dir}/ ({seconds} s)' },

  // ── node scripts/preview.ts (publish preview, release cutting) ──────────────────────────────
  'cli.preview.readFrom': { id: 'Dataset publik dibaca dari {dir}', en: 'Public dataset read from {dir}' },
  'cli.preview.noRelease': { id: 'Rilis {release} tidak ada di {dir}.', en: 'No committed release {release} in {dir}.' },
  'cli.release.unchanged': { id: 'Tidak ada yang dicatat: data sama dengan rilis {release}.', en: 'Nothing to record: the data equal release {release}.' },
  'cli.release.recorded': {
    id: 'Rilis {release} ({date}) dicatat di {dir}/ — commit folder ini.',
    en: 'Release {release} ({date}) recorded in {dir}/ — commit this folder.',
  },
  'cli.release.privateRecord': {
    id: 'Catatan privat nilai [c] di {file} — commit bersama data (privat), jangan pernah diterbitkan.',
    en: 'Private record of the [c] values in {file} — commit it with the data (private), never publish it.',
  },
  'cli.release.noPrivateRecord': {
    id: 'Tanpa catatan privat nilai [c] (--from): rilis berikutnya menganggap [c] tidak berubah.',
    en: 'No private record of the [c] values (--from): later builds take [c] as unchanged.',
  },
  'cli.check.differs': {
    id: 'Data berbeda dari rilis tercatat terakhir{newest}: jalankan node scripts/preview.ts --release dan commit releases/.',
    en: 'The data differ from the last recorded release{newest}: run node scripts/preview.ts --release and commit releases/.',
  },

  // ── npm run new-year ────────────────────────────────────────────────────────────────────────
  'cli.newYear.unknownOption': { id: 'Pilihan tidak dikenal ({detail}). {usage}', en: 'Unknown option ({detail}). {usage}' },
  'cli.newYear.help': {
    id: '{usage}\nMembuat folder tahun berisi kawasan.csv dan program.csv (baris judul saja). Pilihan: --pemisah titik-koma (bawaan, Excel Indonesia) | koma.',
    en: '{usage}\nMakes a year folder with header-only kawasan.csv and program.csv. Options: --delimiter semicolon (default, Indonesian Excel) | comma.',
  },
  'cli.newYear.unknownDelimiter': {
    id: 'Pemisah "{value}" tidak dikenal: pilih titik-koma atau koma.',
    en: 'Unknown delimiter "{value}": choose semicolon or comma.',
  },
  'cli.newYear.created': { id: 'Folder tahun {year} dibuat: {folder}/', en: 'year folder {year} created: {folder}/' },
  'cli.newYear.headerOnly': { id: 'baris judul saja, {columns} kolom', en: 'header only, {columns} columns' },
  'cli.newYear.nextSteps': { id: 'Langkah berikutnya', en: 'next steps' },
} satisfies Record<string, { id: string; en: string }>;
