/**
 * Catalogue section: the staff's year scaffolding (`npm run new-year`, src/tools/staff/new-year.ts):
 * problems with the year given, notes on a possible typo, and the next steps. Bahasa Indonesia first.
 */
export const staffMessages = {
  'staff.usage': {
    id: 'Cara pakai: npm run new-year -- TAHUN   (mis. npm run new-year -- 2026)',
    en: 'Usage: npm run new-year -- YEAR   (e.g. npm run new-year -- 2026)',
  },
  'staff.year.missing': { id: 'Tahun belum diberikan. {usage}', en: 'No year given. {usage}' },
  'staff.year.tooMany': {
    id: 'Berikan satu tahun saja, bukan {count} argumen ({args}). {usage}',
    en: 'Give one year only, not {count} arguments ({args}). {usage}',
  },
  'staff.year.notYear': { id: '"{raw}" bukan tahun: tulis 4 angka, mis. {example}. {usage}', en: '"{raw}" is not a year: write 4 digits, e.g. {example}. {usage}' },
  'staff.year.outOfRange': {
    id: 'Tahun {year} di luar rentang yang wajar ({min}–{max}). Periksa salah ketik.',
    en: 'Year {year} is outside the sensible range ({min}–{max}). Check for a typo.',
  },
  'staff.dataMissing': {
    id: 'Folder data "{dir}" tidak ditemukan. Jalankan dari folder proyek, atau periksa DASHBOARD_DATA_DIR.',
    en: 'Data folder "{dir}" not found. Run from the project folder, or check DASHBOARD_DATA_DIR.',
  },
  'staff.exists': {
    id: 'Folder {folder}/ sudah ada; tidak ada yang ditimpa. Untuk memperbaiki data tahun {year}, ubah berkas di folder itu (riwayat perubahan akan menampilkan revisinya).',
    en: 'Folder {folder}/ already exists; nothing was overwritten. To correct {year}, edit the files in that folder (the changelog will show the revision).',
  },
  'staff.note.past': {
    id: 'Catatan: {year} lebih awal daripada tahun terbaru ({latest}). Benar ingin menambah tahun lampau? Jika salah ketik, hapus folder ini.',
    en: 'Note: {year} is earlier than the latest year ({latest}). Adding a past year on purpose? If it was a typo, delete this folder.',
  },
  'staff.note.gap': {
    id: 'Catatan: tahun {next} belum ada, padahal {year} dibuat. Jika salah ketik, hapus folder ini.',
    en: 'Note: {next} does not exist yet, but {year} was created. If it was a typo, delete this folder.',
  },
  'staff.step.fill': {
    id: '1. Isi {dir}/kawasan.csv dan {dir}/program.csv: tempel data dari Excel di bawah baris judul, lalu simpan sebagai "CSV UTF-8". Arti setiap kolom dan contoh baris: data/README.md.',
    en: '1. Fill in {dir}/kawasan.csv and {dir}/program.csv: paste the data from Excel below the header line, then save as "CSV UTF-8". Every column and an example row: data/README.md.',
  },
  'staff.step.validate': {
    id: '2. Periksa data: npm run validate (perbaiki setiap pesan yang muncul).',
    en: '2. Check the data: npm run validate (fix every message it prints).',
  },
  'staff.step.preview': {
    id: '3. Lihat pratinjau: npm run preview-data, atau npm run build lalu npm run preview.',
    en: '3. Preview: npm run preview-data, or npm run build then npm run preview.',
  },
  'staff.step.publish': {
    id: '4. Terbitkan: git add {dir} && git commit -m "Data {year}" && git push. CI memeriksa ulang sebelum terbit. Jangan terbitkan folder yang masih kosong: tahun {year} akan tampil tanpa data.',
    en: '4. Publish: git add {dir} && git commit -m "Data {year}" && git push. CI checks again before publishing. Do not publish the folder while it is empty: {year} would appear with no data.',
  },
} satisfies Record<string, { id: string; en: string }>;
