/**
 * Catalogue section: what the validator (`npm run validate`, src/pipeline/validate/) tells staff.
 * Every issue code has two entries: `validate.<code>.what` (what is wrong) and `.fix` (how to fix
 * it); a code whose wording depends on the issue has a second pair (`.whatFilled`, `.fixDotted`,
 * …) chosen in src/pipeline/validate/messages.ts, which also computes the parameters that are not
 * the issue's own (counts in the language's digits, a list cut short, a suggested code). Then the
 * pieces of a JSON syntax error, the frame of one issue and the end of the report.
 */
import type { Bilingual } from './lang.ts';

export const validateMessages = {
  // ── Folders and files ───────────────────────────────────────────────────────────────────────
  'validate.data.folder-missing.what': { id: 'Folder data "{path}" tidak ditemukan.', en: 'Data folder "{path}" not found.' },
  'validate.data.folder-missing.fix': {
    id: 'Periksa DASHBOARD_DATA_DIR atau jalankan dari folder proyek.',
    en: 'Check DASHBOARD_DATA_DIR or run from the project folder.',
  },
  'validate.data.no-years.what': {
    id: 'Tidak ada folder tahun (mis. 2024/) berisi kawasan.csv.',
    en: 'No year folder (e.g. 2024/) with a kawasan.csv.',
  },
  'validate.data.no-years.fix': {
    id: 'Buat folder tahun dengan `npm run new-year -- 2026` atau salin dari tahun lain.',
    en: 'Create one with `npm run new-year -- 2026` or copy another year.',
  },
  'validate.dir.unknown.what': { id: 'Folder "{name}" tidak dikenal.', en: 'Unknown folder "{name}".' },
  'validate.dir.unknown.fix': {
    id: 'Folder tahun harus bernama 4 angka (mis. 2024); selain itu hanya wilayah/, geo/ dan rilis/.',
    en: 'Year folders are named with 4 digits (e.g. 2024); besides them only wilayah/, geo/ and rilis/.',
  },
  'validate.dir.year-malformed.what': {
    id: 'Nama folder "{name}" mirip tahun, tetapi {fault}.',
    en: 'Folder name "{name}" looks like a year but {fault}.',
  },
  'validate.folderFault.space': { id: 'berisi spasi', en: 'contains spaces' },
  'validate.folderFault.invisible': { id: 'berisi karakter tak terlihat', en: 'contains invisible characters' },
  'validate.folderFault.letter': { id: 'berisi huruf (O, I atau l) di tempat angka', en: 'has letters (O, I or l) in place of digits' },
  'validate.folderFault.digits': { id: 'angkanya bukan angka biasa 0–9', en: 'uses digits other than 0–9' },
  'validate.dir.year-malformed.fix': {
    id: 'Ganti nama folder menjadi "{year}" (tepat 4 angka, tanpa spasi).',
    en: 'Rename the folder to "{year}" (exactly 4 digits, no spaces).',
  },
  'validate.file.missing.what': { id: 'Berkas {name} tidak ada.', en: 'File {name} is missing.' },
  'validate.file.missing.fix': { id: 'Tambahkan {name} (boleh hanya berisi baris judul kolom).', en: 'Add {name} (a header line alone is fine).' },
  'validate.year.empty.what': {
    id: 'Tahun {year} belum berisi satu baris data pun; tahun ini tidak diterbitkan.',
    en: 'Year {year} holds no data row yet; it is not published.',
  },
  'validate.year.empty.fix': {
    id: 'Isi kawasan.csv dan/atau program.csv, lalu jalankan validasi lagi.',
    en: 'Fill in kawasan.csv and/or program.csv, then validate again.',
  },
  'validate.file.unexpected.what': { id: 'Berkas "{name}" tidak dibaca.', en: 'File "{name}" is not read.' },
  'validate.file.unexpected.fix': {
    id: 'Hanya kawasan.csv dan program.csv yang dibaca; simpan data Excel sebagai "CSV UTF-8".',
    en: 'Only kawasan.csv and program.csv are read; save Excel data as "CSV UTF-8".',
  },
  'validate.file.unreadable.what': { id: 'Berkas tidak dapat dibaca.', en: 'The file cannot be read.' },
  'validate.file.unreadable.fix': {
    id: 'Periksa izin berkas dan bahwa ini bukan folder.',
    en: 'Check the file permissions and that it is not a folder.',
  },
  'validate.file.empty.what': { id: 'Berkas kosong: tidak ada baris judul kolom.', en: 'The file is empty: there is no header line.' },
  'validate.file.empty.fix': {
    id: 'Baris pertama harus berisi nama kolom, mis. kode_desa;kategori.',
    en: 'The first line must hold the column names, e.g. kode_desa,kategori.',
  },
  'validate.file.utf16.what': {
    id: 'Berkas tersimpan sebagai UTF-16 ("Unicode Text"), bukan UTF-8.',
    en: 'The file is saved as UTF-16 ("Unicode Text"), not UTF-8.',
  },
  'validate.file.utf16.fix': {
    id: 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".',
    en: 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".',
  },
  'validate.file.encoding.what': {
    id: 'Berkas bukan UTF-8 (mungkin "CSV (Comma delimited)" lama, Windows-1252).',
    en: 'The file is not UTF-8 (perhaps the old "CSV (Comma delimited)", Windows-1252).',
  },
  'validate.file.encoding.fix': {
    id: 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".',
    en: 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".',
  },
  'validate.file.delimiter-ambiguous.what': {
    id: 'Baris judul memakai koma dan titik-koma sekaligus; pemisah kolom tidak jelas.',
    en: 'The header line uses both commas and semicolons; the delimiter is unclear.',
  },
  'validate.file.delimiter-ambiguous.fix': {
    id: 'Gunakan satu pemisah saja: titik-koma (Excel Indonesia) atau koma.',
    en: 'Use one delimiter only: semicolon (Indonesian Excel) or comma.',
  },
  'validate.file.tab-delimited.what': { id: 'Berkas dipisah tab, bukan CSV.', en: 'The file is tab-delimited, not CSV.' },
  'validate.file.tab-delimited.fix': {
    id: 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".',
    en: 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".',
  },

  // ── CSV: header, rows, cells ────────────────────────────────────────────────────────────────
  'validate.csv.unclosed-quote.what': {
    id: 'Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu sel.',
    en: 'A quote (") is opened but never closed; the rest of the file reads as one cell.',
  },
  'validate.csv.unclosed-quote.fix': {
    id: 'Tutup tanda kutip di sel ini, atau tulis tanda kutip di dalam teks sebagai "".',
    en: 'Close the quote in this cell, or write a quote inside text as "".',
  },
  'validate.header.empty-name.what': { id: 'Kolom tanpa nama di baris judul.', en: 'A column has no name in the header line.' },
  'validate.header.empty-name.fix': {
    id: 'Beri nama kolom ini atau hapus kolom kosong di Excel.',
    en: 'Name this column or delete the empty column in Excel.',
  },
  'validate.header.empty-name.whatFilled': {
    id: 'Kolom tanpa nama di baris judul, padahal berisi nilai (pertama di baris {filledLine}).',
    en: 'A column has no name in the header line, yet it holds values (first on line {filledLine}).',
  },
  'validate.header.empty-name.fixFilled': {
    id: 'Beri nama kolom ini, atau pindahkan isinya ke kolom yang tepat lalu hapus kolom ini di Excel.',
    en: 'Name this column, or move its values to the right column and delete this one in Excel.',
  },
  'validate.header.duplicate.what': { id: 'Nama kolom "{column}" muncul dua kali.', en: 'Column name "{column}" appears twice.' },
  'validate.header.duplicate.fix': { id: 'Hapus atau ganti nama salah satu kolom.', en: 'Delete or rename one of the columns.' },
  'validate.header.empty-column.what': {
    id: 'Kolom terakhir tanpa nama dan tanpa isi; kolom ini diabaikan.',
    en: 'The last column has no name and holds nothing; it is ignored.',
  },
  'validate.header.empty-column.fix': {
    id: 'Tidak wajib diperbaiki. Agar peringatan ini hilang, hapus kolom kosong di kanan tabel di Excel (Excel menulis pemisah tambahan di akhir setiap baris), lalu simpan lagi.',
    en: 'Nothing must be fixed. To silence this warning, delete the empty columns right of the table in Excel (Excel writes an extra delimiter at the end of every line), then save again.',
  },
  'validate.header.missing-column.what': { id: 'Kolom wajib "{column}" tidak ada.', en: 'Required column "{column}" is missing.' },
  'validate.header.missing-column.fix': {
    id: 'Tambahkan kolom "{column}" di baris judul (urutan kolom bebas).',
    en: 'Add a "{column}" column to the header line (any order).',
  },
  'validate.row.ragged.what': {
    id: 'Baris ini berisi {actual} sel, padahal ada {expected} kolom.',
    en: 'This row has {actual} cells but there are {expected} columns.',
  },
  'validate.row.ragged.fix': {
    id: 'Periksa pemisah kolom berlebih/kurang, atau teks berisi pemisah yang tidak diapit tanda kutip.',
    en: 'Look for an extra or missing delimiter, or text containing the delimiter without quotes.',
  },
  'validate.row.repeated-header.what': {
    id: 'Baris judul kolom muncul lagi di tengah berkas.',
    en: 'The header row appears again in the middle of the file.',
  },
  'validate.row.repeated-header.fix': {
    id: 'Hapus baris ini; judul kolom hanya ada di baris 1 (saat menempelkan data dari lembar kerja lain, jangan ikut menyalin judulnya).',
    en: 'Delete this row; column names belong on line 1 only (when pasting from another sheet, leave its header out).',
  },
  'validate.cell.control-character.what': {
    id: 'Sel berisi karakter kendali tak terlihat {character} (karakter ke-{position}), yang tidak boleh ada dalam data.',
    en: 'The cell holds an invisible control character {character} (character {position}), which data may not contain.',
  },
  'validate.cell.control-character.fix': {
    id: 'Hapus karakter itu: ketik ulang isi sel di Excel (karakter seperti ini biasanya ikut tersalin dari sistem atau berkas lain).',
    en: 'Remove it: retype the cell in Excel (such characters usually come along when copying from another system or file).',
  },
  'validate.cell.too-long.what': {
    id: 'Sel berisi {length} karakter, lebih dari batas Excel {limit} karakter per sel.',
    en: "The cell holds {length} characters, more than Excel's limit of {limit} characters per cell.",
  },
  'validate.cell.too-long.fix': {
    id: 'Persingkat isinya. Bila sel ini menelan baris-baris berikutnya, cari tanda kutip (") yang tidak berpasangan di sel ini.',
    en: 'Shorten it. If this cell swallowed the following lines, look for an unpaired quote (") in it.',
  },

  // ── Cell values ─────────────────────────────────────────────────────────────────────────────
  'validate.cell.required.what': { id: 'Sel wajib diisi tetapi kosong.', en: 'This cell is required but empty.' },
  'validate.cell.required.fix': {
    id: 'Isi sel ini; hanya kolom pilihan yang boleh kosong ("tidak dilaporkan").',
    en: 'Fill in this cell; only optional columns may be empty ("not reported").',
  },
  'validate.code.malformed.what': { id: 'Bentuk kode wilayah salah.', en: 'The region code is malformed.' },
  'validate.code.malformed.fix': {
    id: 'Kode desa/kelurahan Kemendagri ditulis PP.KK.CC.DDDD, mis. 31.72.01.1001.',
    en: 'Kemendagri desa/kelurahan codes are written PP.KK.CC.DDDD, e.g. 31.72.01.1001.',
  },
  'validate.code.malformed.fixDotted': {
    id: 'Kode desa/kelurahan Kemendagri ditulis PP.KK.CC.DDDD, mis. 31.72.01.1001 (maksud Anda {dotted}?).',
    en: 'Kemendagri desa/kelurahan codes are written PP.KK.CC.DDDD, e.g. 31.72.01.1001 (did you mean {dotted}?).',
  },
  'validate.code.unknown.what': {
    id: 'Kode desa/kelurahan tidak ada dalam daftar Kemendagri maupun di wilayah/kode-lama.csv.',
    en: 'The desa/kelurahan code is neither in the Kemendagri list nor in wilayah/kode-lama.csv.',
  },
  'validate.code.unknown.fix': {
    id: 'Periksa kode di daftar Kepmendagri; kode lama yang sudah diganti dicatat di wilayah/kode-lama.csv.',
    en: 'Check the code in the Kepmendagri list; retired codes belong in wilayah/kode-lama.csv.',
  },
  'validate.code.retired.what': {
    id: 'Kode ini hanya berlaku sampai {until} dan tidak berlaku untuk tahun {year}.',
    en: 'This code was valid until {until}, not in {year}.',
  },
  'validate.code.retired.fix': { id: 'Gunakan kode baru {replacement}.', en: 'Use the new code {replacement}.' },
  'validate.code.not-yet-valid.what': {
    id: 'Kode ini baru berlaku setelah {until}, belum berlaku untuk tahun {year}.',
    en: 'This code only applies after {until}, not yet in {year}.',
  },
  'validate.code.not-yet-valid.fix': { id: 'Untuk tahun {year} gunakan kode lama {replacement}.', en: 'For {year} use the old code {replacement}.' },
  'validate.choice.invalid.what': { id: 'Nilai tidak dikenal.', en: 'Unknown value.' },
  'validate.choice.invalid.fix': { id: 'Isi dengan salah satu: {allowed}.', en: 'Use one of: {allowed}.' },
  'validate.number.invalid.what': { id: 'Bukan angka.', en: 'Not a number.' },
  'validate.number.invalid.fix': { id: 'Tulis angka saja, tanpa satuan, spasi, atau "Rp".', en: 'Write digits only, without units, spaces or "Rp".' },
  'validate.number.dash.what': { id: 'Tanda pisah bukan angka.', en: 'A dash is not a number.' },
  'validate.number.dash.fix': {
    id: 'Kosongkan sel ini bila nilainya tidak dilaporkan; tulis 0 hanya bila jumlahnya memang nol.',
    en: 'Leave the cell empty when the value was not reported; write 0 only when it really is zero.',
  },
  'validate.number.negative.what': { id: 'Angka tidak boleh negatif.', en: 'The number may not be negative.' },
  'validate.number.negative.fix': { id: 'Isi 0 atau lebih; kosongkan jika tidak dilaporkan.', en: 'Use 0 or more; leave empty if not reported.' },
  'validate.number.fraction.what': {
    id: 'Kolom ini harus bilangan bulat (jumlah), bukan pecahan.',
    en: 'This column takes whole numbers (counts), not fractions.',
  },
  'validate.number.fraction.fix': { id: 'Tulis bilangan bulat, mis. 12.', en: 'Write a whole number, e.g. 12.' },
  'validate.number.ambiguous-separator.what': {
    id: 'Pemisah dalam angka ini tidak jelas: bisa pemisah ribuan atau desimal.',
    en: 'The separator in this number is ambiguous: thousands or decimal.',
  },
  'validate.number.ambiguous-separator.fix': {
    id: 'Tulis tanpa pemisah ribuan (1234). Desimal: koma di berkas titik-koma, titik di berkas koma.',
    en: 'Write it without thousands separators (1234). Decimals: comma in semicolon files, point in comma files.',
  },
  'validate.score.range.what': { id: 'Skor harus antara 0 dan 100.', en: 'The score must lie between 0 and 100.' },
  'validate.score.range.fix': { id: 'Periksa skor IKRN desa ini.', en: "Check this desa's IKRN score." },
  'validate.date.format.what': { id: 'Tanggal tidak berbentuk TTTT-BB-HH.', en: 'The date is not in YYYY-MM-DD form.' },
  'validate.date.format.fix': {
    id: 'Tulis tanggal ISO, mis. 2024-03-15 (format sel Excel: yyyy-mm-dd).',
    en: 'Write an ISO date, e.g. 2024-03-15 (Excel cell format yyyy-mm-dd).',
  },
  'validate.date.day-first.what': {
    id: 'Tanggal ditulis hari/bulan/tahun; urutannya bisa tertukar.',
    en: 'The date is written day/month/year, which can be misread.',
  },
  'validate.date.day-first.fix': {
    id: 'Tulis tanggal ISO TTTT-BB-HH, mis. 2024-03-15 (format sel Excel: yyyy-mm-dd).',
    en: 'Write an ISO date YYYY-MM-DD, e.g. 2024-03-15 (Excel cell format yyyy-mm-dd).',
  },
  'validate.date.impossible.what': { id: 'Tanggal ini tidak ada di kalender.', en: 'This date does not exist.' },
  'validate.date.impossible.fix': {
    id: 'Periksa hari dan bulan (mis. 30 Februari tidak ada).',
    en: 'Check the day and month (e.g. there is no 30 February).',
  },
  'validate.date.outside-year.what': {
    id: 'Tanggal di luar tahun {year} (folder berkas ini).',
    en: "The date is outside {year} (this file's folder).",
  },
  'validate.date.outside-year.fix': {
    id: 'Kegiatan tahun lain dicatat di folder tahunnya; atau perbaiki tahun tanggal ini.',
    en: "Activities of another year go into that year's folder; or correct the date's year.",
  },
  'validate.date.end-before-start.what': {
    id: 'Tanggal selesai lebih awal daripada tanggal mulai ({mulai}).',
    en: 'The end date is before the start date ({mulai}).',
  },
  'validate.date.end-before-start.fix': { id: 'Periksa apakah kedua tanggal tertukar.', en: 'Check whether the two dates are swapped.' },

  // ── Rows ────────────────────────────────────────────────────────────────────────────────────
  'validate.program.more-than-participants.what': {
    id: 'Nilai ini lebih besar daripada jumlah peserta ({peserta}).',
    en: 'This value is larger than the number of participants ({peserta}).',
  },
  'validate.program.more-than-participants.fix': {
    id: 'Lulusan, peserta perempuan dan wirausahawan adalah bagian dari peserta; periksa kedua angka.',
    en: 'Graduates, women and entrepreneurs are part of the participants; check both numbers.',
  },
  'validate.duplicate.desa.what': {
    id: 'Desa/kelurahan ini sudah dinilai di baris {firstLine} untuk tahun yang sama.',
    en: 'This desa/kelurahan is already assessed on line {firstLine} for the same year.',
  },
  'validate.duplicate.desa.whatCurrent': {
    id: 'Desa/kelurahan ini sudah dinilai di baris {firstLine} untuk tahun yang sama (kode kini {current}).',
    en: 'This desa/kelurahan is already assessed on line {firstLine} for the same year (current code {current}).',
  },
  'validate.duplicate.desa.fix': {
    id: 'Satu desa/kelurahan hanya satu baris per tahun; hapus atau gabungkan baris ganda.',
    en: 'One desa/kelurahan takes one row a year; delete or merge the duplicate.',
  },
  'validate.duplicate.program-id.what': {
    id: 'ID kegiatan sudah dipakai di baris {firstLine}.',
    en: 'The activity id is already used on line {firstLine}.',
  },
  'validate.duplicate.program-id.fix': {
    id: 'Setiap kegiatan dalam satu tahun memerlukan ID unik.',
    en: 'Each activity in a year needs a unique id.',
  },

  // ── dataset.json ────────────────────────────────────────────────────────────────────────────
  'validate.dataset.missing.what': { id: 'dataset.json tidak ada.', en: 'dataset.json is missing.' },
  'validate.dataset.missing.fix': {
    id: 'Buat dataset.json berisi title, publisher, license, contact, synthetic.',
    en: 'Create dataset.json with title, publisher, license, contact, synthetic.',
  },
  'validate.dataset.invalid-json.what': { id: 'dataset.json bukan JSON yang sah.', en: 'dataset.json is not valid JSON.' },
  'validate.dataset.invalid-json.whatEnded': {
    id: 'dataset.json berakhir terlalu cepat: seharusnya masih ada {expected}.',
    en: 'dataset.json ends too early: {expected} should still follow.',
  },
  'validate.dataset.invalid-json.whatExpected': {
    id: 'dataset.json bukan JSON yang sah: di sini seharusnya ada {expected}.',
    en: 'dataset.json is not valid JSON: {expected} should come here.',
  },
  'validate.dataset.invalid-json.fix': { id: 'Periksa koma, tanda kutip dan kurung kurawal di sini.', en: 'Check commas, quotes and braces here.' },
  'validate.dataset.field.what': {
    id: 'Isian "{column}" di dataset.json tidak ada atau salah jenis.',
    en: 'Field "{column}" in dataset.json is missing or of the wrong type.',
  },
  'validate.dataset.field.fix': {
    id: 'title, publisher, license, contact berupa teks; synthetic true atau false.',
    en: 'title, publisher, license, contact are text; synthetic is true or false.',
  },

  // ── wilayah/kode-lama.csv ───────────────────────────────────────────────────────────────────
  'validate.crosswalk.code-malformed.what': {
    id: 'Kode di tabel kode lama harus kode kab/kota, kecamatan atau desa (PP.KK[.CC[.DDDD]]).',
    en: 'Codes in the retired-code table must be kab/kota, kecamatan or desa codes (PP.KK[.CC[.DDDD]]).',
  },
  'validate.crosswalk.code-malformed.fix': { id: 'Contoh: 91.01 atau 91.01.01.2001.', en: 'E.g. 91.01 or 91.01.01.2001.' },
  'validate.crosswalk.target-unknown.what': {
    id: 'Kode baru ini tidak ada dalam daftar Kemendagri terkini.',
    en: 'This new code is not in the current Kemendagri list.',
  },
  'validate.crosswalk.target-unknown.fix': { id: 'kode_baru harus kode yang berlaku sekarang.', en: 'kode_baru must be a code in force today.' },
  'validate.crosswalk.level-mismatch.what': {
    id: 'kode_lama dan kode_baru berbeda tingkat (panjang kode).',
    en: 'kode_lama and kode_baru are of different levels (code length).',
  },
  'validate.crosswalk.level-mismatch.fix': {
    id: 'Pasangkan kab/kota dengan kab/kota, desa dengan desa.',
    en: 'Pair kab/kota with kab/kota, desa with desa.',
  },
  'validate.crosswalk.duplicate.what': {
    id: 'kode_lama ini sudah dicatat di baris {firstLine}.',
    en: 'This kode_lama is already listed on line {firstLine}.',
  },
  'validate.crosswalk.duplicate.fix': { id: 'Satu kode lama hanya boleh satu baris.', en: 'Each old code takes one row.' },

  // ── Boundary file in geo/ ───────────────────────────────────────────────────────────────────
  'validate.geo.several-files.what': {
    id: 'Ada lebih dari satu berkas batas wilayah di folder geo/ ({names}).',
    en: 'There is more than one boundary file in the geo/ folder ({names}).',
  },
  'validate.geo.several-files.fix': {
    id: 'Simpan satu berkas batas saja (GeoJSON atau TopoJSON); pindahkan yang lain ke luar folder data.',
    en: 'Keep one boundary file only (GeoJSON or TopoJSON); move the others out of the data folder.',
  },
  'validate.geo.invalid-json.what': { id: 'Berkas batas wilayah bukan JSON yang sah.', en: 'The boundary file is not valid JSON.' },
  'validate.geo.invalid-json.whatEnded': {
    id: 'Berkas batas wilayah berakhir terlalu cepat: seharusnya masih ada {expected}.',
    en: 'The boundary file ends too early: {expected} should still follow.',
  },
  'validate.geo.invalid-json.whatExpected': {
    id: 'Berkas batas wilayah bukan JSON yang sah: di sini seharusnya ada {expected}.',
    en: 'The boundary file is not valid JSON: {expected} should come here.',
  },
  'validate.geo.invalid-json.fix': {
    id: 'Ekspor ulang berkas dari aplikasi GIS (mis. QGIS: Ekspor → GeoJSON); berkas yang terpotong atau disunting tangan tidak terbaca.',
    en: 'Export the file again from the GIS application (e.g. QGIS: Export → GeoJSON); a truncated or hand-edited file cannot be read.',
  },
  'validate.geo.not-geojson.what': {
    id: 'Berkas batas wilayah bukan GeoJSON FeatureCollection atau TopoJSON Topology.',
    en: 'The boundary file is neither a GeoJSON FeatureCollection nor a TopoJSON Topology.',
  },
  'validate.geo.not-geojson.fix': {
    id: 'Ekspor batas kab/kota sebagai GeoJSON (FeatureCollection) atau TopoJSON, koordinat bujur/lintang WGS84 (EPSG:4326).',
    en: 'Export the kab/kota boundaries as GeoJSON (FeatureCollection) or TopoJSON, in WGS84 longitude/latitude (EPSG:4326).',
  },
  'validate.geo.topojson-objects.what': {
    id: 'TopoJSON berisi {count} objek ({names}); harus satu, atau satu bernama "kabkota".',
    en: 'The TopoJSON holds {count} objects ({names}); it must hold one, or one named "kabkota".',
  },
  'validate.geo.topojson-objects.fix': {
    id: 'Ekspor hanya lapisan batas kab/kota, atau beri lapisan itu nama "kabkota".',
    en: 'Export the kab/kota boundary layer alone, or name that layer "kabkota".',
  },
  'validate.geo.not-polygon.what': {
    id: '{count} fitur bukan Polygon atau MultiPolygon: fitur ke-{list}.',
    en: 'Features that are not a Polygon or MultiPolygon ({count}): feature {list}.',
  },
  'validate.geo.not-polygon.fix': {
    id: 'Setiap kab/kota digambar sebagai Polygon atau MultiPolygon; hapus titik dan garis dari lapisan sebelum ekspor.',
    en: 'Every kab/kota is drawn as a Polygon or MultiPolygon; remove points and lines from the layer before exporting.',
  },
  'validate.geo.no-code.what': {
    id: '{count} fitur tanpa kode kab/kota yang terbaca: fitur ke-{list}.',
    en: 'Features without a readable kab/kota code ({count}): feature {list}.',
  },
  'validate.geo.no-code.fix': {
    id: 'Isi kode Kemendagri setiap fitur di properti {properties}, ditulis 32.01 atau 3201.',
    en: 'Put the Kemendagri code of every feature in the property {properties}, written 32.01 or 3201.',
  },
  'validate.geo.unknown-code.what': { id: '{count} kode kab/kota tidak dikenal: {list}.', en: 'Unknown kab/kota codes ({count}): {list}.' },
  'validate.geo.unknown-code.fix': {
    id: 'Pakai kode kab/kota Kemendagri saat ini; kode lama yang sudah diganti dicatat di wilayah/kode-lama.csv.',
    en: "Use today's Kemendagri kab/kota codes; retired codes belong in wilayah/kode-lama.csv.",
  },
  'validate.geo.missing.what': {
    id: '{count} kab/kota tidak punya batas di berkas ini: {list}.',
    en: 'Kab/kota without a boundary in this file ({count}): {list}.',
  },
  'validate.geo.missing.fix': {
    id: 'Berkas harus memuat batas semua {total} kab/kota; tanpa berkas di geo/, peta memakai batas bawaan.',
    en: 'The file must hold the boundaries of all {total} kab/kota; without a file in geo/, the map uses the default boundaries.',
  },
  'validate.geo.outside.what': {
    id: '{count} titik di luar Indonesia (bujur 90–145, lintang −15–10).',
    en: 'Points outside Indonesia (longitude 90–145, latitude −15–10): {count}.',
  },
  'validate.geo.outside.fix': {
    id: 'Simpan koordinat sebagai bujur/lintang WGS84 (EPSG:4326), bukan proyeksi (mis. UTM).',
    en: 'Save the coordinates as WGS84 longitude/latitude (EPSG:4326), not projected (e.g. UTM).',
  },

  // ── Any other value ─────────────────────────────────────────────────────────────────────────
  'validate.value.invalid.what': { id: 'Nilai tidak sah.', en: 'Invalid value.' },
  'validate.value.invalid.fix': {
    id: 'Periksa isi sel ini terhadap kamus data (data/README.md).',
    en: 'Check this cell against the data dictionary (data/README.md).',
  },

  // ── Where a JSON file broke (pieces of the invalid-json entries) ────────────────────────────
  'validate.json.expected.value': {
    id: 'sebuah nilai (teks dalam tanda kutip "…", angka, true, false atau null)',
    en: 'a value (text in quotes "…", a number, true, false or null)',
  },
  'validate.json.expected.name': { id: 'nama isian dalam tanda kutip, mis. "title"', en: 'a field name in double quotes, e.g. "title"' },
  'validate.json.expected.colon': { id: 'titik dua (:) setelah nama isian', en: 'a colon (:) after the field name' },
  'validate.json.expected.comma': { id: 'koma (,) atau penutup {closer}', en: 'a comma (,) or the closing {closer}' },
  'validate.json.expected.quote': {
    id: 'tanda kutip penutup (") teks ini; teks tidak boleh berisi baris baru atau tab',
    en: 'the closing quote (") of this text; text may not hold line breaks or tabs',
  },
  'validate.json.expected.escape': {
    id: 'huruf yang sah setelah garis miring terbalik \\ (mis. \\n atau \\")',
    en: 'a valid letter after the backslash \\ (e.g. \\n or \\")',
  },
  'validate.json.expected.digit': { id: 'angka', en: 'a digit' },
  'validate.json.expected.end': { id: 'akhir berkas (tidak ada apa pun setelah } terakhir)', en: 'the end of the file (nothing after the last })' },
  'validate.json.hint.comma': { id: 'Biasanya koma hilang di akhir baris sebelumnya.', en: 'Usually a comma is missing at the end of the line before.' },
  'validate.json.hint.quotes': {
    id: 'Gunakan tanda kutip lurus ("), bukan tanda kutip miring “ ” dari pengolah kata.',
    en: 'Use straight quotes ("), not the curly “ ” a word processor makes.',
  },
  'validate.json.hint.trailing': { id: 'Hapus koma terakhir sebelum {value}.', en: 'Delete the last comma before {value}.' },

  // ── A list cut short (geo entries) ──────────────────────────────────────────────────────────
  'validate.list.more': { id: '{items} dan {more} lainnya', en: '{items} and {more} more' },

  // ── One issue: where, which value, what is wrong, how to fix it ─────────────────────────────
  'validate.issue.line': { id: 'baris {line}', en: 'line {line}' },
  'validate.issue.column': { id: 'kolom {index}', en: 'column {index}' },
  'validate.issue.columnNamed': { id: 'kolom {index} "{name}"', en: 'column {index} "{name}"' },
  'validate.issue.value': { id: 'nilai {value}', en: 'value {value}' },
  'validate.issue.warning': { id: 'peringatan: {text}', en: 'warning: {text}' },
  'validate.issue.text': { id: '{what} Cara memperbaiki: {fix}', en: '{what} How to fix: {fix}' },

  // ── The end of the report ───────────────────────────────────────────────────────────────────
  'validate.report.more': {
    id: '… dan {rest} masalah lain tidak ditampilkan (jumlah {total}; tampilkan semua dengan --max {max}).',
    en: '… and {rest} more issues not shown ({total} in all; show all with --max {max}).',
  },
  'validate.report.invalid': {
    id: '✗ Data TIDAK sah: {errors} kesalahan di {files} berkas. Tidak ada yang ditulis atau diterbitkan. ({seconds} s)',
    en: '✗ Data NOT valid: {errors} errors in {files} files. Nothing was written or published. ({seconds} s)',
  },
  'validate.report.valid': {
    id: '✓ Data sah: {years} tahun ({span}), {kawasan} desa/kelurahan dinilai, {program} kegiatan program, {files} berkas ({seconds} s)',
    en: '✓ Data valid: {years} years ({span}), {kawasan} desa/kelurahan assessed, {program} program activities, {files} files ({seconds} s)',
  },
  'validate.report.validWarnings': {
    id: '✓ Data sah: {years} tahun ({span}), {kawasan} desa/kelurahan dinilai, {program} kegiatan program, {files} berkas, {warnings} peringatan ({seconds} s)',
    en: '✓ Data valid: {years} years ({span}), {kawasan} desa/kelurahan assessed, {program} program activities, {files} files, {warnings} warnings ({seconds} s)',
  },
} as const satisfies Record<string, Bilingual>;
