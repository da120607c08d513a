import type { JsonExpected } from '../read/json.ts';

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
    id: (p) => t(`Folder "${p.name}" tidak dikenal.`, 'Folder tahun harus bernama 4 angka (mis. 2024); selain itu hanya wilayah/, geo/ dan rilis/.'),
    en: (p) => t(`Unknown folder "${p.name}".`, 'Year folders are named with 4 digits (e.g. 2024); besides them only wilayah/, geo/ and rilis/.'),
  },
  'dir.year-malformed': {
    id: (p) => t(`Nama folder ${visibleName(p.name)} mirip tahun, tetapi ${FOLDER_FAULTS.id[folderFault(p.fault)]}.`, `Ganti nama folder menjadi "${p.year}" (tepat 4 angka, tanpa spasi).`),
    en: (p) => t(`Folder name ${visibleName(p.name)} looks like a year but ${FOLDER_FAULTS.en[folderFault(p.fault)]}.`, `Rename the folder to "${p.year}" (exactly 4 digits, no spaces).`),
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
    id: (p) =>
      p.filledLine === undefined
        ? t('Kolom tanpa nama di baris judul.', 'Beri nama kolom ini atau hapus kolom kosong di Excel.')
        : t(`Kolom tanpa nama di baris judul, padahal berisi nilai (pertama di baris ${p.filledLine}).`, 'Beri nama kolom ini, atau pindahkan isinya ke kolom yang tepat lalu hapus kolom ini di Excel.'),
    en: (p) =>
      p.filledLine === undefined
        ? t('A column has no name in the header line.', 'Name this column or delete the empty column in Excel.')
        : t(`A column has no name in the header line, yet it holds values (first on line ${p.filledLine}).`, 'Name this column, or move its values to the right column and delete this one in Excel.'),
  },
  'header.duplicate': {
    id: (p) => t(`Nama kolom "${p.column}" muncul dua kali.`, 'Hapus atau ganti nama salah satu kolom.'),
    en: (p) => t(`Column name "${p.column}" appears twice.`, 'Delete or rename one of the columns.'),
  },
  'header.empty-column': {
    id: () => t('Kolom terakhir tanpa nama dan tanpa isi; kolom ini diabaikan.', 'Tidak wajib diperbaiki. Agar peringatan ini hilang, hapus kolom kosong di kanan tabel di Excel (Excel menulis pemisah tambahan di akhir setiap baris), lalu simpan lagi.'),
    en: () => t('The last column has no name and holds nothing; it is ignored.', 'Nothing must be fixed. To silence this warning, delete the empty columns right of the table in Excel (Excel writes an extra delimiter at the end of every line), then save again.'),
  },
  'header.missing-column': {
    id: (p) => t(`Kolom wajib "${p.column}" tidak ada.`, `Tambahkan kolom "${p.column}" di baris judul (urutan kolom bebas).`),
    en: (p) => t(`Required column "${p.column}" is missing.`, `Add a "${p.column}" column to the header line (any order).`),
  },
  'row.ragged': {
    id: (p) => t(`Baris ini berisi ${p.actual} sel, padahal ada ${p.expected} kolom.`, 'Periksa pemisah kolom berlebih/kurang, atau teks berisi pemisah yang tidak diapit tanda kutip.'),
    en: (p) => t(`This row has ${p.actual} cells but there are ${p.expected} columns.`, 'Look for an extra or missing delimiter, or text containing the delimiter without quotes.'),
  },
  'row.repeated-header': {
    id: () => t('Baris judul kolom muncul lagi di tengah berkas.', 'Hapus baris ini; judul kolom hanya ada di baris 1 (saat menempelkan data dari lembar kerja lain, jangan ikut menyalin judulnya).'),
    en: () => t('The header row appears again in the middle of the file.', 'Delete this row; column names belong on line 1 only (when pasting from another sheet, leave its header out).'),
  },
  'cell.control-character': {
    id: (p) => t(`Sel berisi karakter kendali tak terlihat ${p.character} (karakter ke-${p.position}), yang tidak boleh ada dalam data.`, 'Hapus karakter itu: ketik ulang isi sel di Excel (karakter seperti ini biasanya ikut tersalin dari sistem atau berkas lain).'),
    en: (p) => t(`The cell holds an invisible control character ${p.character} (character ${p.position}), which data may not contain.`, 'Remove it: retype the cell in Excel (such characters usually come along when copying from another system or file).'),
  },
  'cell.too-long': {
    id: (p) => t(`Sel berisi ${formatCount(p.length, 'id')} karakter, lebih dari batas Excel ${formatCount(p.limit, 'id')} karakter per sel.`, 'Persingkat isinya. Bila sel ini menelan baris-baris berikutnya, cari tanda kutip (") yang tidak berpasangan di sel ini.'),
    en: (p) => t(`The cell holds ${formatCount(p.length, 'en')} characters, more than Excel's limit of ${formatCount(p.limit, 'en')} characters per cell.`, 'Shorten it. If this cell swallowed the following lines, look for an unpaired quote (") in it.'),
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
  'number.dash': {
    id: () => t('Tanda pisah bukan angka.', 'Kosongkan sel ini bila nilainya tidak dilaporkan; tulis 0 hanya bila jumlahnya memang nol.'),
    en: () => t('A dash is not a number.', 'Leave the cell empty when the value was not reported; write 0 only when it really is zero.'),
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
    id: (p) =>
      t(
        p.expected === undefined
          ? 'dataset.json bukan JSON yang sah.'
          : p.value === undefined
            ? `dataset.json berakhir terlalu cepat: seharusnya masih ada ${jsonExpected(p, 'id')}.`
            : `dataset.json bukan JSON yang sah: di sini seharusnya ada ${jsonExpected(p, 'id')}.`,
        `Periksa koma, tanda kutip dan kurung kurawal di sini.${jsonHint(p, 'id')}`,
      ),
    en: (p) =>
      t(
        p.expected === undefined
          ? 'dataset.json is not valid JSON.'
          : p.value === undefined
            ? `dataset.json ends too early: ${jsonExpected(p, 'en')} should still follow.`
            : `dataset.json is not valid JSON: ${jsonExpected(p, 'en')} should come here.`,
        `Check commas, quotes and braces here.${jsonHint(p, 'en')}`,
      ),
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

/** A count as staff read it: `32.767` in Indonesian, `32,767` in English. */
export function formatCount(value: string | number | undefined, language: Language): string {
  return Number(value).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB');
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

const FOLDER_FAULTS = {
  id: { space: 'berisi spasi', invisible: 'berisi karakter tak terlihat', letter: 'berisi huruf (O, I atau l) di tempat angka', digits: 'angkanya bukan angka biasa 0–9' },
  en: { space: 'contains spaces', invisible: 'contains invisible characters', letter: 'has letters (O, I or l) in place of digits', digits: 'uses digits other than 0–9' },
} as const;
export type FolderFault = keyof (typeof FOLDER_FAULTS)['id'];
const folderFault = (fault: string | number | undefined): FolderFault => (fault !== undefined && Object.hasOwn(FOLDER_FAULTS.id, fault) ? (fault as FolderFault) : 'space');

/** A folder name in quotes, with every space visible where it is and invisible characters as \u escapes. */
function visibleName(name: string | number | undefined): string {
  const escaped = String(name ?? '').replace(/[^\x21-\x7E ]/gu, (c) => (/[\p{L}\p{N}]/u.test(c) ? c : `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
  return `"${escaped}"`;
}

const JSON_EXPECTED: Record<Language, Record<JsonExpected, string>> = {
  id: {
    value: 'sebuah nilai (teks dalam tanda kutip "…", angka, true, false atau null)',
    name: 'nama isian dalam tanda kutip, mis. "title"',
    colon: 'titik dua (:) setelah nama isian',
    comma: 'koma (,) atau penutup',
    quote: 'tanda kutip penutup (") teks ini; teks tidak boleh berisi baris baru atau tab',
    escape: 'huruf yang sah setelah garis miring terbalik \\ (mis. \\n atau \\")',
    digit: 'angka',
    end: 'akhir berkas (tidak ada apa pun setelah } terakhir)',
  },
  en: {
    value: 'a value (text in quotes "…", a number, true, false or null)',
    name: 'a field name in double quotes, e.g. "title"',
    colon: 'a colon (:) after the field name',
    comma: 'a comma (,) or the closing',
    quote: 'the closing quote (") of this text; text may not hold line breaks or tabs',
    escape: 'a valid letter after the backslash \\ (e.g. \\n or \\")',
    digit: 'a digit',
    end: 'the end of the file (nothing after the last })',
  },
};

function jsonExpected(p: MessageParams, language: Language): string {
  const text = JSON_EXPECTED[language][p.expected as JsonExpected] ?? String(p.expected);
  return p.expected === 'comma' ? `${text} ${p.closer}` : text;
}

/** What to look for, from what was found: a missing comma, typographic quotes, or a comma before a closing brace. */
function jsonHint(p: MessageParams, language: Language): string {
  if (p.expected === 'comma' && p.value === '"') {
    return language === 'id' ? ' Biasanya koma hilang di akhir baris sebelumnya.' : ' Usually a comma is missing at the end of the line before.';
  }
  if (typeof p.value === 'string' && /^[“”‘’„]$/.test(p.value)) {
    return language === 'id' ? ' Gunakan tanda kutip lurus ("), bukan tanda kutip miring “ ” dari pengolah kata.' : ' Use straight quotes ("), not the curly “ ” a word processor makes.';
  }
  if ((p.expected === 'name' && p.value === '}') || (p.expected === 'value' && p.value === ']')) {
    return language === 'id' ? ` Hapus koma terakhir sebelum ${p.value}.` : ` Delete the last comma before ${p.value}.`;
  }
  return '';
}
