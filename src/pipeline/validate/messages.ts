/**
 * Every message the validator can give, in Bahasa Indonesia and English: what is wrong (reason)
 * and how to fix it (hint). Parameters come from the issue (`value`, `column`, …).
 */
export type Language = 'id' | 'en';
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

interface Text {
  reason: string;
  hint: string;
}
type Entry = Record<Language, (p: MessageParams) => Text>;

const t = (reason: string, hint: string): Text => ({ reason, hint });

export const MESSAGES = {
  'data.folder-missing': {
    id: (p) => t(`Folder data "${p.path}" tidak ditemukan.`, 'Periksa DASHBOARD_DATA_DIR atau jalankan dari folder proyek.'),
    en: (p) => t(`Data folder "${p.path}" not found.`, 'Check DASHBOARD_DATA_DIR or run from the project folder.'),
  },
  'data.no-years': {
    id: () => t('Tidak ada folder tahun (mis. 2024/) berisi kawasan.csv.', 'Buat folder tahun dengan `npm run new-year -- 2026` atau salin dari tahun lain.'),
    en: () => t('No year folder (e.g. 2024/) with a kawasan.csv.', 'Create one with `npm run new-year -- 2026` or copy another year.'),
  },
  'dir.unknown': {
    id: (p) => t(`Folder "${p.name}" tidak dikenal.`, 'Folder tahun harus bernama 4 angka (mis. 2024); selain itu hanya wilayah/ dan geo/.'),
    en: (p) => t(`Unknown folder "${p.name}".`, 'Year folders are named with 4 digits (e.g. 2024); besides them only wilayah/ and geo/.'),
  },
  'file.missing': {
    id: (p) => t(`Berkas ${p.name} tidak ada.`, `Tambahkan ${p.name} (boleh hanya berisi baris judul kolom).`),
    en: (p) => t(`File ${p.name} is missing.`, `Add ${p.name} (a header line alone is fine).`),
  },
  'year.empty': {
    id: (p) => t(`Tahun ${p.year} belum berisi satu baris data pun; tahun ini tidak diterbitkan.`, 'Isi kawasan.csv dan/atau program.csv, lalu jalankan validasi lagi.'),
    en: (p) => t(`Year ${p.year} holds no data row yet; it is not published.`, 'Fill in kawasan.csv and/or program.csv, then validate again.'),
  },
  'file.unexpected': {
    id: (p) => t(`Berkas "${p.name}" tidak dibaca.`, 'Hanya kawasan.csv dan program.csv yang dibaca; simpan data Excel sebagai "CSV UTF-8".'),
    en: (p) => t(`File "${p.name}" is not read.`, 'Only kawasan.csv and program.csv are read; save Excel data as "CSV UTF-8".'),
  },
  'file.unreadable': {
    id: () => t('Berkas tidak dapat dibaca.', 'Periksa izin berkas dan bahwa ini bukan folder.'),
    en: () => t('The file cannot be read.', 'Check the file permissions and that it is not a folder.'),
  },
  'file.empty': {
    id: () => t('Berkas kosong: tidak ada baris judul kolom.', 'Baris pertama harus berisi nama kolom, mis. kode_desa;kategori.'),
    en: () => t('The file is empty: there is no header line.', 'The first line must hold the column names, e.g. kode_desa,kategori.'),
  },
  'file.utf16': {
    id: () => t('Berkas tersimpan sebagai UTF-16 ("Unicode Text"), bukan UTF-8.', 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".'),
    en: () => t('The file is saved as UTF-16 ("Unicode Text"), not UTF-8.', 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".'),
  },
  'file.encoding': {
    id: () => t('Berkas bukan UTF-8 (mungkin "CSV (Comma delimited)" lama, Windows-1252).', 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".'),
    en: () => t('The file is not UTF-8 (perhaps the old "CSV (Comma delimited)", Windows-1252).', 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".'),
  },
  'file.delimiter-ambiguous': {
    id: () => t('Baris judul memakai koma dan titik-koma sekaligus; pemisah kolom tidak jelas.', 'Gunakan satu pemisah saja: titik-koma (Excel Indonesia) atau koma.'),
    en: () => t('The header line uses both commas and semicolons; the delimiter is unclear.', 'Use one delimiter only: semicolon (Indonesian Excel) or comma.'),
  },
  'file.tab-delimited': {
    id: () => t('Berkas dipisah tab, bukan CSV.', 'Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)".'),
    en: () => t('The file is tab-delimited, not CSV.', 'In Excel choose Save As → "CSV UTF-8 (Comma delimited)".'),
  },
  'csv.unclosed-quote': {
    id: () => t('Tanda kutip (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu sel.', 'Tutup tanda kutip di sel ini, atau tulis tanda kutip di dalam teks sebagai "".'),
    en: () => t('A quote (") is opened but never closed; the rest of the file reads as one cell.', 'Close the quote in this cell, or write a quote inside text as "".'),
  },
  'header.empty-name': {
    id: () => t('Kolom tanpa nama di baris judul.', 'Beri nama kolom ini atau hapus kolom kosong di Excel.'),
    en: () => t('A column has no name in the header line.', 'Name this column or delete the empty column in Excel.'),
  },
  'header.duplicate': {
    id: (p) => t(`Nama kolom "${p.column}" muncul dua kali.`, 'Hapus atau ganti nama salah satu kolom.'),
    en: (p) => t(`Column name "${p.column}" appears twice.`, 'Delete or rename one of the columns.'),
  },
  'header.missing-column': {
    id: (p) => t(`Kolom wajib "${p.column}" tidak ada.`, `Tambahkan kolom "${p.column}" di baris judul (urutan kolom bebas).`),
    en: (p) => t(`Required column "${p.column}" is missing.`, `Add a "${p.column}" column to the header line (any order).`),
  },
  'row.ragged': {
    id: (p) => t(`Baris ini berisi ${p.actual} sel, padahal ada ${p.expected} kolom.`, 'Periksa pemisah kolom berlebih/kurang, atau teks berisi pemisah yang tidak diapit tanda kutip.'),
    en: (p) => t(`This row has ${p.actual} cells but there are ${p.expected} columns.`, 'Look for an extra or missing delimiter, or text containing the delimiter without quotes.'),
  },
  'cell.required': {
    id: () => t('Sel wajib diisi tetapi kosong.', 'Isi sel ini; hanya kolom pilihan yang boleh kosong ("tidak dilaporkan").'),
    en: () => t('This cell is required but empty.', 'Fill in this cell; only optional columns may be empty ("not reported").'),
  },
  'code.malformed': {
    id: (p) => t('Bentuk kode wilayah salah.', `Kode desa/kelurahan Kemendagri ditulis PP.KK.CC.DDDD, mis. 31.72.01.1001${suggestDotted(p.value, 'id')}.`),
    en: (p) => t('The region code is malformed.', `Kemendagri desa/kelurahan codes are written PP.KK.CC.DDDD, e.g. 31.72.01.1001${suggestDotted(p.value, 'en')}.`),
  },
  'code.unknown': {
    id: () => t('Kode desa/kelurahan tidak ada dalam daftar Kemendagri maupun di wilayah/kode-lama.csv.', 'Periksa kode di daftar Kepmendagri; kode lama yang sudah diganti dicatat di wilayah/kode-lama.csv.'),
    en: () => t('The desa/kelurahan code is neither in the Kemendagri list nor in wilayah/kode-lama.csv.', 'Check the code in the Kepmendagri list; retired codes belong in wilayah/kode-lama.csv.'),
  },
  'code.retired': {
    id: (p) => t(`Kode ini hanya berlaku sampai ${p.until} dan tidak berlaku untuk tahun ${p.year}.`, `Gunakan kode baru ${p.replacement}.`),
    en: (p) => t(`This code was valid until ${p.until}, not in ${p.year}.`, `Use the new code ${p.replacement}.`),
  },
  'code.not-yet-valid': {
    id: (p) => t(`Kode ini baru berlaku setelah ${p.until}, belum berlaku untuk tahun ${p.year}.`, `Untuk tahun ${p.year} gunakan kode lama ${p.replacement}.`),
    en: (p) => t(`This code only applies after ${p.until}, not yet in ${p.year}.`, `For ${p.year} use the old code ${p.replacement}.`),
  },
  'choice.invalid': {
    id: (p) => t('Nilai tidak dikenal.', `Isi dengan salah satu: ${p.allowed}.`),
    en: (p) => t('Unknown value.', `Use one of: ${p.allowed}.`),
  },
  'number.invalid': {
    id: () => t('Bukan angka.', 'Tulis angka saja, tanpa satuan, spasi, atau "Rp".'),
    en: () => t('Not a number.', 'Write digits only, without units, spaces or "Rp".'),
  },
  'number.negative': {
    id: () => t('Angka tidak boleh negatif.', 'Isi 0 atau lebih; kosongkan jika tidak dilaporkan.'),
    en: () => t('The number may not be negative.', 'Use 0 or more; leave empty if not reported.'),
  },
  'number.fraction': {
    id: () => t('Kolom ini harus bilangan bulat (jumlah), bukan pecahan.', 'Tulis bilangan bulat, mis. 12.'),
    en: () => t('This column takes whole numbers (counts), not fractions.', 'Write a whole number, e.g. 12.'),
  },
  'number.ambiguous-separator': {
    id: () => t('Pemisah dalam angka ini tidak jelas: bisa pemisah ribuan atau desimal.', 'Tulis tanpa pemisah ribuan (1234). Desimal: koma di berkas titik-koma, titik di berkas koma.'),
    en: () => t('The separator in this number is ambiguous: thousands or decimal.', 'Write it without thousands separators (1234). Decimals: comma in semicolon files, point in comma files.'),
  },
  'score.range': {
    id: () => t('Skor harus antara 0 dan 100.', 'Periksa skor IKRN desa ini.'),
    en: () => t('The score must lie between 0 and 100.', "Check this desa's IKRN score."),
  },
  'date.format': {
    id: () => t('Tanggal tidak berbentuk TTTT-BB-HH.', 'Tulis tanggal ISO, mis. 2024-03-15 (format sel Excel: yyyy-mm-dd).'),
    en: () => t('The date is not in YYYY-MM-DD form.', 'Write an ISO date, e.g. 2024-03-15 (Excel cell format yyyy-mm-dd).'),
  },
  'date.day-first': {
    id: () => t('Tanggal ditulis hari/bulan/tahun; urutannya bisa tertukar.', 'Tulis tanggal ISO TTTT-BB-HH, mis. 2024-03-15 (format sel Excel: yyyy-mm-dd).'),
    en: () => t('The date is written day/month/year, which can be misread.', 'Write an ISO date YYYY-MM-DD, e.g. 2024-03-15 (Excel cell format yyyy-mm-dd).'),
  },
  'date.impossible': {
    id: () => t('Tanggal ini tidak ada di kalender.', 'Periksa hari dan bulan (mis. 30 Februari tidak ada).'),
    en: () => t('This date does not exist.', 'Check the day and month (e.g. there is no 30 February).'),
  },
  'date.outside-year': {
    id: (p) => t(`Tanggal di luar tahun ${p.year} (folder berkas ini).`, `Kegiatan tahun lain dicatat di folder tahunnya; atau perbaiki tahun tanggal ini.`),
    en: (p) => t(`The date is outside ${p.year} (this file's folder).`, `Activities of another year go into that year's folder; or correct the date's year.`),
  },
  'date.end-before-start': {
    id: (p) => t(`Tanggal selesai lebih awal daripada tanggal mulai (${p.mulai}).`, 'Periksa apakah kedua tanggal tertukar.'),
    en: (p) => t(`The end date is before the start date (${p.mulai}).`, 'Check whether the two dates are swapped.'),
  },
  'program.more-than-participants': {
    id: (p) => t(`Nilai ini lebih besar daripada jumlah peserta (${p.peserta}).`, 'Lulusan, peserta perempuan dan wirausahawan adalah bagian dari peserta; periksa kedua angka.'),
    en: (p) => t(`This value is larger than the number of participants (${p.peserta}).`, 'Graduates, women and entrepreneurs are part of the participants; check both numbers.'),
  },
  'duplicate.desa': {
    id: (p) => t(`Desa/kelurahan ini sudah dinilai di baris ${p.firstLine} untuk tahun yang sama${viaCode(p.current, 'id')}.`, 'Satu desa/kelurahan hanya satu baris per tahun; hapus atau gabungkan baris ganda.'),
    en: (p) => t(`This desa/kelurahan is already assessed on line ${p.firstLine} for the same year${viaCode(p.current, 'en')}.`, 'One desa/kelurahan takes one row a year; delete or merge the duplicate.'),
  },
  'duplicate.program-id': {
    id: (p) => t(`ID kegiatan sudah dipakai di baris ${p.firstLine}.`, 'Setiap kegiatan dalam satu tahun memerlukan ID unik.'),
    en: (p) => t(`The activity id is already used on line ${p.firstLine}.`, 'Each activity in a year needs a unique id.'),
  },
  'dataset.missing': {
    id: () => t('dataset.json tidak ada.', 'Buat dataset.json berisi title, publisher, license, contact, synthetic.'),
    en: () => t('dataset.json is missing.', 'Create dataset.json with title, publisher, license, contact, synthetic.'),
  },
  'dataset.invalid-json': {
    id: () => t('dataset.json bukan JSON yang sah.', 'Periksa koma, tanda kutip dan kurung kurawal.'),
    en: () => t('dataset.json is not valid JSON.', 'Check commas, quotes and braces.'),
  },
  'dataset.field': {
    id: (p) => t(`Isian "${p.column}" di dataset.json tidak ada atau salah jenis.`, 'title, publisher, license, contact berupa teks; synthetic true atau false.'),
    en: (p) => t(`Field "${p.column}" in dataset.json is missing or of the wrong type.`, 'title, publisher, license, contact are text; synthetic is true or false.'),
  },
  'crosswalk.code-malformed': {
    id: () => t('Kode di tabel kode lama harus kode kab/kota, kecamatan atau desa (PP.KK[.CC[.DDDD]]).', 'Contoh: 91.01 atau 91.01.01.2001.'),
    en: () => t('Codes in the retired-code table must be kab/kota, kecamatan or desa codes (PP.KK[.CC[.DDDD]]).', 'E.g. 91.01 or 91.01.01.2001.'),
  },
  'crosswalk.target-unknown': {
    id: () => t('Kode baru ini tidak ada dalam daftar Kemendagri terkini.', 'kode_baru harus kode yang berlaku sekarang.'),
    en: () => t('This new code is not in the current Kemendagri list.', 'kode_baru must be a code in force today.'),
  },
  'crosswalk.level-mismatch': {
    id: () => t('kode_lama dan kode_baru berbeda tingkat (panjang kode).', 'Pasangkan kab/kota dengan kab/kota, desa dengan desa.'),
    en: () => t('kode_lama and kode_baru are of different levels (code length).', 'Pair kab/kota with kab/kota, desa with desa.'),
  },
  'crosswalk.duplicate': {
    id: (p) => t(`kode_lama ini sudah dicatat di baris ${p.firstLine}.`, 'Satu kode lama hanya boleh satu baris.'),
    en: (p) => t(`This kode_lama is already listed on line ${p.firstLine}.`, 'Each old code takes one row.'),
  },
  'value.invalid': {
    id: () => t('Nilai tidak sah.', 'Periksa isi sel ini terhadap kamus data (data/README.md).'),
    en: () => t('Invalid value.', 'Check this cell against the data dictionary (data/README.md).'),
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

export function messageText(code: MessageCode, language: Language, params: MessageParams): Text {
  return MESSAGES[code][language](params);
}

function suggestDotted(value: string | number | undefined, language: Language): string {
  const digits = String(value ?? '').replace(/\D/g, '');
  if (digits.length !== 10) return '';
  const dotted = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  return language === 'id' ? ` (maksud Anda ${dotted}?)` : ` (did you mean ${dotted}?)`;
}

function viaCode(current: string | number | undefined, language: Language): string {
  if (current === undefined) return '';
  return language === 'id' ? ` (kode kini ${current})` : ` (current code ${current})`;
}
