/**
 * Catalogue section: what staff read in the terminal and the build log: the publish preview
 * (src/pipeline/release/publish-preview.ts), the disclosure-control figures (protect/report.ts),
 * the build steps (build-pipeline.ts, downloads/write-downloads.ts), the leak guard and the
 * raw-input guard (leak-guard/). The build log shows most lines in both languages at once
 * (`tBoth`: "Indonesian / English"), so several entries are the pieces of such a line.
 */
import type { Bilingual } from './lang.ts';

export const logMessages = {
  // ── Publish preview ─────────────────────────────────────────────────────────────────────────
  'preview.title': { id: 'Pratinjau terbit', en: 'Publish preview' },
  'preview.release': {
    id: 'Rilis yang akan terbit: {release}, tanggal {date} ({source})',
    en: 'Release to be published: {release}, dated {date} ({source})',
  },
  'preview.releaseDraft': {
    id: 'Rilis yang akan terbit: {release}, tanggal {date} ({source}) — draf, belum dicatat di releases/',
    en: 'Release to be published: {release}, dated {date} ({source}) — draft, not yet recorded in releases/',
  },
  'preview.dateSource.release.json': { id: 'dari release.json', en: 'from release.json' },
  'preview.dateSource.SOURCE_DATE_EPOCH': { id: 'dari SOURCE_DATE_EPOCH', en: 'from SOURCE_DATE_EPOCH' },
  'preview.dateSource.git': { id: 'tanggal commit terakhir folder data', en: 'date of the last commit of the data folder' },
  'preview.dateSource.previous-release': { id: 'tanggal rilis sebelumnya', en: 'date of the previous release' },
  'preview.dateSource.data-year': { id: 'akhir tahun data terbaru', en: 'end of the newest data year' },
  'preview.dateSource.option': { id: 'dari --date', en: 'from --date' },
  'preview.first': { id: 'Belum ada rilis tercatat: semua tahun ({years}) baru.', en: 'No release recorded yet: every year ({years}) is new.' },
  'preview.compared': { id: 'Dibandingkan dengan rilis terakhir: {release} ({date})', en: 'Compared with the last release: {release} ({date})' },
  'preview.unchanged': { id: '✓ Tidak ada perubahan data sejak rilis {release}.', en: '✓ No data change since release {release}.' },
  'preview.newYear': {
    id: '{year}: nasional {dinilai} desa/kelurahan dinilai, {rawan} rawan (bahaya {bahaya}, waspada {waspada}); kab/kota dengan angka {shown}, disamarkan [c] {suppressed}, tanpa data [x] {missing}',
    en: '{year}: nationally {dinilai} desa/kelurahan assessed, {rawan} vulnerable (bahaya {bahaya}, waspada {waspada}); regencies/cities with figures {shown}, suppressed [c] {suppressed}, no data [x] {missing}',
  },
  'preview.newYearBiggest': {
    id: 'Kab/kota dengan perubahan desa rawan terbesar sejak {year}:',
    en: 'Regencies/cities whose vulnerable desa changed most since {year}:',
  },
  'preview.changed': { id: 'Angka tahun yang sudah terbit berubah: {n} sel', en: 'Published figures of earlier years changed: {n} cells' },
  'preview.changedKinds': {
    id: 'Angka tahun yang sudah terbit berubah: {n} sel ({kinds})',
    en: 'Published figures of earlier years changed: {n} cells ({kinds})',
  },
  'preview.units': { id: 'Kab/kota dengan angka berubah ({n}):', en: 'Regencies/cities with changed figures ({n}):' },
  'preview.unitsMore': { id: '… dan {n} kab/kota lagi', en: '… and {n} more' },
  'preview.more': { id: '… dan {n} lagi (lengkap di /data/changelog.json)', en: '… and {n} more (all in /data/changelog.json)' },
  'preview.biggest': { id: 'Perubahan terbesar (jumlah):', en: 'Biggest changes (counts):' },
  'preview.cells': { id: 'Sel {kind} ({n}):', en: 'Cells {kind} ({n}):' },
  'preview.rowsAdded': { id: 'Baris baru pada tahun yang sudah terbit ({n}):', en: 'Rows added to years already published ({n}):' },
  'preview.rowsRemoved': { id: '⚠ Baris hilang dari tahun yang sudah terbit ({n}):', en: '⚠ Rows removed from years already published ({n}):' },
  'preview.fieldAdded': { id: 'Kolom baru: {field}', en: 'New field: {field}' },
  'preview.tableAdded': { id: 'Tabel baru: {table}', en: 'New table: {table}' },
  'preview.fieldRemoved': { id: '⚠ Kolom dihapus: {field}', en: '⚠ Field removed: {field}' },
  'preview.record': {
    id: 'Untuk mencatat rilis {release}: node scripts/preview.ts --release (lalu commit folder releases/ dan catatan privat data/rilis/ bersama data).',
    en: 'To record release {release}: node scripts/preview.ts --release (then commit the releases/ folder, and the private record in data/rilis/ with the data).',
  },

  // ── Disclosure control (pieces of "Indonesian / English" lines) ─────────────────────────────
  'protect.title': { id: 'Kontrol pengungkapan', en: 'disclosure control' },
  'protect.possible': { id: 'nilai mungkin', en: 'possible values' },
  'protect.considered': { id: 'sel dipertimbangkan', en: 'cells considered' },
  'protect.primary': { id: 'disamarkan primer', en: 'primary' },
  'protect.secondary': { id: 'sekunder', en: 'secondary' },
  'protect.derived': { id: 'turunan (rasio, rata-rata, perubahan)', en: 'derived' },
  'protect.complements': { id: 'komplemen tersembunyi terlindungi', en: 'hidden complements protected' },
  'protect.covering': { id: 'audit atas', en: 'covering' },
  'protect.thisBuildOnly': { id: 'build ini saja (belum ada rilis)', en: 'this build only (no release yet)' },
  'protect.releasesAndBuild': { id: 'rilis {releases} + build ini', en: 'releases {releases} + this build' },
  'protect.thisBuild': { id: 'build ini', en: 'this build' },
  'protect.components': { id: 'komponen', en: 'components' },
  'protect.largest': { id: 'terbesar', en: 'largest' },
  'protect.cells': { id: 'sel', en: 'cells' },
  'protect.lps': { id: 'program linear', en: 'LPs' },
  'protect.rounds': { id: 'putaran', en: 'rounds' },
  'protect.fromCache': { id: 'komponen dari cache: {n}', en: 'components from the cache: {n}' },
  'protect.earlier': { id: 'rilis terdahulu', en: 'earlier releases' },
  'protect.relations': { id: 'relasi', en: 'relations' },
  'protect.revised': { id: 'angka direvisi', en: 'revised counts' },
  'protect.oldCells': { id: 'sel lama', en: 'old cells' },
  'protect.keptPublished': { id: 'tetap terbit karena sudah terbit', en: 'kept published (published before)' },
  'protect.keptSuppressed': { id: 'tetap [c] karena dulu [c]', en: 'kept [c] (hidden before)' },
  'protect.withoutRecord': { id: 'tanpa catatan nilai tersembunyi', en: 'without a record of hidden values' },
  'protect.takenUnchanged': { id: '[c] dianggap tidak berubah', en: '[c] taken as unchanged' },
  'protect.narrowest': { id: 'rentang perlindungan tersempit', en: 'narrowest protection' },
  'protect.failures': { id: 'gagal', en: 'failures' },
  'protect.in': { id: 'di', en: 'in' },
  'protect.range': { id: 'rentang', en: 'range' },
  'protect.more': { id: 'lagi', en: 'more' },
  'protect.auditFailed': {
    id: 'Audit gagal: {n} sel terlindungi masih dapat dipersempit. Tidak ada yang diterbitkan.',
    en: 'Audit failed: {n} protected cells can be narrowed down. Nothing was published.',
  },
  'protect.history': {
    id: 'Rilis terdahulu tidak cocok dengan nilai tersembunyinya. Tidak ada yang diterbitkan.',
    en: 'Earlier releases contradict their hidden values. Nothing was published.',
  },
  'protect.history.missing': {
    id: 'tanpa {record}, [c] dianggap sama seperti sekarang, tetapi {n} relasi yang terbit menunjukkan angka tersembunyi telah berubah. Cara memperbaiki: pulihkan {record} (ditulis oleh node scripts/preview.ts --release saat rilis dicatat; ada di riwayat git data).',
    en: "without {record}, [c] counts are taken as unchanged, but {n} published relations show hidden counts changed. How to fix: restore {record} (written by node scripts/preview.ts --release when the release was cut; it is in the data's git history).",
  },
  'protect.history.edited': {
    id: '{record} tidak cocok dengan {n} relasi yang terbit (diedit dengan tangan?).',
    en: '{record} contradicts {n} published relations (edited by hand?).',
  },

  'protect.record.unreadable': {
    id: '{record} tidak dapat dibaca ({detail}). Tidak ada yang diterbitkan. Cara memperbaiki: pulihkan berkas ini dari riwayat git data (ditulis oleh node scripts/preview.ts --release; jangan diedit dengan tangan), atau buat ulang dari data saat rilis itu: node scripts/preview.ts --record-hidden {release} --into <folder data>.',
    en: '{record} cannot be read ({detail}). Nothing was published. How to fix: restore this file from the data\'s git history (written by node scripts/preview.ts --release; never edit it by hand), or make it again from the data as they were at that release: node scripts/preview.ts --record-hidden {release} --into <data folder>.',
  },
  'protect.record.mismatch': {
    id: '{record} tidak cocok dengan rilis {release}: {missing} sel [c] tanpa nilai, {extra} nilai tanpa sel [c]. Tidak ada yang diterbitkan. Cara memperbaiki: pulihkan berkas ini dari riwayat git data, atau buat ulang dari data saat rilis itu: node scripts/preview.ts --record-hidden {release} --into <folder data>.',
    en: '{record} does not match release {release}: {missing} [c] cells without a value, {extra} values without a [c] cell. Nothing was published. How to fix: restore this file from the data\'s git history, or make it again from the data as they were at that release: node scripts/preview.ts --record-hidden {release} --into <data folder>.',
  },

  // ── Build steps ─────────────────────────────────────────────────────────────────────────────
  'build.outputDirBlocked': {
    id: 'Folder keluaran {variable} "{dir}" tidak bisa dipakai: "{file}" adalah berkas, bukan folder, dan build tidak menimpa berkas. Cara memperbaiki: arahkan {variable} ke sebuah folder (dibuat bila belum ada), atau pindahkan berkas itu.',
    en: 'The output folder {variable} "{dir}" cannot be used: "{file}" is a file, not a folder, and the build does not overwrite files. How to fix: point {variable} at a folder (made if missing), or move that file.',
  },
  'build.cacheDirBlocked': {
    id: 'Folder cache DASHBOARD_CACHE_DIR "{dir}" tidak bisa dipakai: "{file}" adalah berkas, bukan folder. Cara memperbaiki: arahkan DASHBOARD_CACHE_DIR ke sebuah folder (dibuat bila belum ada) atau isi off (tanpa cache).',
    en: 'The cache folder DASHBOARD_CACHE_DIR "{dir}" cannot be used: "{file}" is a file, not a folder. How to fix: point DASHBOARD_CACHE_DIR at a folder (made if missing) or set it to off (no cache).',
  },
  'build.dataset': { id: 'Dataset publik', en: 'public dataset' },
  'build.dataset.rows': {
    id: '{kawasan} baris kawasan, {program} baris program, {files} berkas',
    en: '{kawasan} kawasan rows, {program} program rows, {files} files',
  },
  'build.downloads': { id: 'Unduhan', en: 'downloads' },
  'build.downloads.summary': {
    id: 'rilis {release} ({date}), {files} berkas, {mb} MB ({seconds} dtk)',
    en: 'release {release} ({date}), {files} files, {mb} MB ({seconds} s)',
  },
  'build.installed': { id: 'Unduhan dipasang', en: 'downloads installed' },
  'build.installed.files': {
    id: '{files} berkas di data/, {charts} di antaranya berkas grafik dan peta di data/grafik/',
    en: '{files} files in data/, {charts} of them chart and map files in data/grafik/',
  },
  'build.pipelineFromCache': {
    id: 'data dan kode sama persis dengan build sebelumnya yang lulus: hasilnya (baris di atas, dataset publik, audit) diambil dari cache, tidak dihitung ulang',
    en: 'data and code exactly those of an earlier build that passed: its result (the lines above, the public dataset, the audit) is taken from the cache, not worked out again',
  },
  'build.chartsFromCache': { id: 'grafik dari cache: {n}, disimpan: {kept}', en: 'charts from the cache: {n}, kept: {kept}' },
  'build.figures': { id: 'Berkas grafik dan peta', en: 'chart and map files' },
  'build.figures.summary': {
    id: '{figures} tampilan, {files} berkas: {csv} CSV, {svg} SVG ({svgMb} MB), {png} PNG ({pngMb} MB) ({seconds} dtk)',
    en: '{figures} views, {files} files: {csv} CSV, {svg} SVG ({svgMb} MB), {png} PNG ({pngMb} MB) ({seconds} s)',
  },
  'build.installed.sums': { id: 'SHA256SUMS cocok', en: 'checksums match' },
  'build.noRelease': { id: 'Rilis {release} tidak ada di', en: 'no release {release} in' },
  'build.notRelease': {
    id: 'Data di {dir} bukan data rilis {release}: {n} angka berbeda.',
    en: 'The data in {dir} are not the data of release {release}: {n} counts differ.',
  },
  'build.record': { id: 'Catatan privat rilis {release}', en: 'private record of release {release}' },
  'build.record.values': { id: '{n} nilai [c]', en: '{n} [c] values' },
  'build.record.private': { id: 'privat: commit hanya bersama data', en: 'private: commit only with the data' },

  // ── Leak guard (one language per report) ────────────────────────────────────────────────────
  'leak.scanned': {
    id: '{files} berkas ({mb} MB, {entries} entri arsip) diperiksa dalam {seconds} dtk',
    en: '{files} files ({mb} MB, {entries} archive entries) scanned in {seconds} s',
  },
  'leak.cached': {
    id: '{n} di antaranya sama persis dengan berkas yang lulus pemeriksaan sebelumnya, tidak dicari lagi',
    en: '{n} of them identical to files that passed an earlier check, not searched again',
  },
  'leak.passed': {
    id: 'Pemeriksaan kebocoran: LULUS. {scanned}; tidak ada kode kecamatan/desa, koordinat, atau nilai rahasia.',
    en: 'Leak check: PASSED. {scanned}; no kecamatan/desa code, coordinate or private value.',
  },
  'leak.failed': { id: 'Pemeriksaan kebocoran: GAGAL. {problems}. {scanned}.', en: 'Leak check: FAILED. {problems}. {scanned}.' },
  'leak.hits': { id: '{hits} temuan di {files} berkas', en: '{hits} hits in {files} files' },
  'leak.skipped': { id: '{n} berkas tidak dapat diperiksa (bukan lulus)', en: '{n} files could not be checked (not a pass)' },
  'leak.nothingScanned': { id: 'tidak ada berkas yang diperiksa', en: 'no file was scanned' },
  'leak.inName': { id: 'di nama berkas', en: 'in the file name' },
  'leak.notChecked': { id: 'TIDAK DIPERIKSA', en: 'NOT CHECKED' },
  'leak.moreLines': { id: '… dan {n} baris lagi', en: '… and {n} more lines' },
  'leak.searched': {
    id: 'Dicari: kode kecamatan/desa dan {values} nilai rahasia ({patterns} pola)',
    en: 'Searched: kecamatan/desa codes and {values} private values ({patterns} patterns)',
  },
  'leak.ignored': { id: 'tidak dicari karena tidak bermakna sendiri: {ignored}', en: 'not searched, meaningless alone: {ignored}' },
  'leak.line': { id: 'baris', en: 'line' },
  'leak.characters': { id: 'karakter', en: 'characters' },
  'leak.kind.desa-code': { id: 'kode desa/kelurahan', en: 'desa/kelurahan code' },
  'leak.kind.kecamatan-code': { id: 'kode kecamatan', en: 'kecamatan code' },
  'leak.kind.coordinate': { id: 'koordinat', en: 'coordinate' },
  'leak.kind.private-value': { id: 'nilai rahasia', en: 'private value' },
  'leak.skip.unreadable': { id: 'tidak dapat dibaca', en: 'unreadable' },
  'leak.skip.not-a-file': { id: 'bukan berkas biasa', en: 'not a regular file' },
  'leak.skip.too-large': { id: 'terlalu besar', en: 'too large' },
  'leak.skip.archive-error': { id: 'arsip/kompresi rusak atau tidak didukung', en: 'corrupt or unsupported archive/compression' },
  'leak.skip.nesting-too-deep': { id: 'arsip bersarang terlalu dalam', en: 'archives nested too deep' },
  'leak.ignore.short': { id: 'pendek', en: 'short' },
  'leak.ignore.numeric': { id: 'angka pendek', en: 'short number' },
  'leak.ignore.date': { id: 'tanggal', en: 'date' },
  'leak.ignore.vocabulary': { id: 'kosakata umum', en: 'public vocabulary' },
  'leak.ignore.imprecise-coordinate': { id: 'koordinat kasar', en: 'coarse coordinate' },

  // ── Raw-input guard ─────────────────────────────────────────────────────────────────────────
  'raw.none': { id: 'Tidak ada berkas masukan mentah di {roots}', en: 'no raw input files in {roots}' },
  'raw.found': {
    id: '{n} berkas masukan mentah akan ikut terbit; tidak ada yang diterbitkan.',
    en: '{n} raw input file(s) would be published; nothing was published.',
  },
  'raw.file': {
    id: 'Berkas data mentah ({reasons}). Hapus berkas ini: data mentah hanya boleh ada di {dataDir}/, yang tidak pernah diterbitkan.',
    en: 'Raw data file ({reasons}). Remove this file: raw data belongs in {dataDir}/ only, which is never published.',
  },
  'raw.reason.input-name': { id: 'bernama seperti berkas masukan', en: 'named like an input file' },
  'raw.reason.kode-desa-header': { id: 'berisi kolom kode_desa', en: 'has a kode_desa column' },
  'raw.reason.identical-to-input': { id: 'sama persis dengan {file}', en: 'byte-identical to {file}' },
} as const satisfies Record<string, Bilingual>;
