/**
 * Catalogue section: the data dictionary. Titles and descriptions of every public field, keyed by
 * the public schema's field names (`field.<name>`, `field.<name>.description`; a `*_perubahan`
 * field's description is `dictionary.change` with its unit), the units, the marks and the
 * public tables. Table Schemas, the XLSX "kamus" sheet, datapackage.json and the dictionary,
 * downloads and changelog pages all read these entries (lookups: fields.ts).
 */
import type { Bilingual } from './lang.ts';

export const dictionaryMessages = {
  // ── Marks ───────────────────────────────────────────────────────────────────────────────────
  'mark.c': { id: 'disamarkan', en: 'suppressed' },
  'mark.x': { id: 'tidak ada data', en: 'no data' },
  'mark.z': { id: 'tidak berlaku', en: 'not applicable' },
  'mark.c.short': { id: 'disamarkan untuk melindungi jumlah kecil', en: 'suppressed to protect small counts' },
  'mark.c.description': {
    id: 'Disamarkan untuk melindungi jumlah kecil (kurang dari {k} orang) dan sel lain yang dapat dipakai menghitungnya kembali, juga bersama rilis terdahulu: sel yang pernah disamarkan tetap disamarkan selama angkanya tidak berubah, dan angka yang pernah terbit tetap terbit. Tanda yang sama dipakai untuk keduanya, sehingga tanda itu sendiri tidak membuka apa pun.',
    en: 'Suppressed to protect small counts (fewer than {k} persons) and the other cells from which they could be worked out, also together with earlier releases: a cell once suppressed stays suppressed while its figure is unchanged, and a figure once published stays published. The same mark is used for both, so the mark itself reveals nothing.',
  },
  'mark.x.description': {
    id: 'Tidak tersedia: tidak ada desa/kelurahan yang dinilai, atau angka tidak dilaporkan.',
    en: 'Not available: no village was assessed, or the figure was not reported.',
  },
  'mark.z.description': {
    id: 'Tidak berlaku: misalnya persentase dengan penyebut nol, atau perubahan pada tahun pertama.',
    en: 'Not applicable: e.g. a percentage whose base is zero, or a change in the first year.',
  },

  // ── Units (the `unit` of public-schema.ts) ──────────────────────────────────────────────────
  'unit.desa': { id: 'desa/kelurahan', en: 'villages (desa/kelurahan)' },
  'unit.orang': { id: 'orang', en: 'persons' },
  'unit.kegiatan': { id: 'kegiatan', en: 'activities' },
  'unit.kasus': { id: 'kasus', en: 'cases' },
  'unit.persen': { id: 'persen (%)', en: 'percent (%)' },
  'unit.poin-persen': { id: 'poin persen', en: 'percentage points' },
  'unit.skor': { id: 'skor 0–100', en: 'score 0–100' },
  'unit.rupiah': { id: 'rupiah', en: 'rupiah' },
  'unit.rupiah-per-bulan': { id: 'rupiah per bulan', en: 'rupiah per month' },
  'unit.rupiah-per-orang': { id: 'rupiah per peserta', en: 'rupiah per participant' },

  // ── Public tables ───────────────────────────────────────────────────────────────────────────
  'table.wilayah': { id: 'Wilayah', en: 'Regions' },
  'table.wilayah.description': {
    id: 'Daftar unit publikasi (nasional, 38 provinsi, kabupaten/kota) dengan jumlah desa/kelurahan, kode lama dan catatan perubahan batas.',
    en: 'The publication units (nation, 38 provinces, regencies/cities) with their number of villages, former codes and notes on boundary changes.',
  },
  'table.kawasan': { id: 'Kawasan rawan narkoba', en: 'Drug-vulnerable areas' },
  'table.kawasan.description': {
    id: 'Hasil pemetaan IKRN per wilayah dan tahun: desa dinilai, kategori Bahaya/Waspada/Siaga/Aman, indikator, dan perubahan dari tahun sebelumnya.',
    en: 'IKRN mapping results per region and year: villages assessed, Bahaya/Waspada/Siaga/Aman categories, indicators and changes from the year before.',
  },
  'table.program': { id: 'Program pemberdayaan alternatif', en: 'Alternative-empowerment programmes' },
  'table.program.description': {
    id: 'Kegiatan pemberdayaan alternatif per wilayah, tahun dan jenis kegiatan (semua = seluruh jenis): peserta, kelulusan, usaha baru, pendapatan, anggaran.',
    en: 'Alternative-empowerment activities per region, year and kind (semua = all kinds): participants, graduation, new businesses, income, budget.',
  },
  'table.jangkauan': { id: 'Jangkauan program', en: 'Programme reach' },
  'table.jangkauan.description': {
    id: 'Ke mana kegiatan pemberdayaan pergi, per wilayah, tahun dan jenis: kegiatan, peserta dan anggaran di desa yang tahun itu dinilai rawan (Bahaya/Waspada), Siaga/Aman, atau tidak dinilai, dan berapa desa rawan yang mendapat setidaknya satu kegiatan. Dihitung dari baris desa sebelum dijumlahkan; tidak ada desa yang disebut.',
    en: 'Where the empowerment activities went, per region, year and kind: activities, participants and budget in villages assessed vulnerable (Bahaya/Waspada) that year, Siaga/Aman, or not assessed, and how many vulnerable villages received at least one activity. Computed from village rows before aggregation; no village is named.',
  },
  'table.peralihan': { id: 'Peralihan kategori desa', en: 'Village category transitions' },
  'table.peralihan.description': {
    id: 'Desa yang dinilai pada dua tahun berturut-turut (tahun − 1 → tahun): berapa yang keluar dari rawan, tetap, atau memburuk, dan yang menjadi Bersinar, dipisah menurut ada tidaknya program di desa itu pada tahun pertama. Deskriptif, bukan bukti sebab-akibat.',
    en: 'Villages assessed in two consecutive years (year − 1 → year): how many left the vulnerable classes, stayed or worsened, and became Bersinar, split by whether the village had a programme in the first year. Descriptive, not evidence of cause and effect.',
  },
  'table.hasil': { id: 'Hasil peserta', en: 'Participant outcomes' },
  'table.hasil.description': {
    id: 'Hasil peserta per wilayah, tahun dan jenis, di samping peserta → lulus → berwirausaha pada tabel program: porsi perempuan, wirausaha di antara lulusan, dan pendapatan bulanan rata-rata sebelum dan sesudah dengan jumlah peserta yang mendasarinya.',
    en: 'Participant outcomes per region, year and kind, beside participants → graduates → entrepreneurs in the programme table: women’s share, entrepreneurs among graduates, and average monthly income before and after with the number of participants it rests on.',
  },

  // ── Fields ──────────────────────────────────────────────────────────────────────────────────
  'dictionary.change': {
    id: 'Selisih terhadap tahun sebelumnya ({unit}); [z] untuk tahun pertama, [c] atau [x] bila salah satu tahun demikian.',
    en: 'Difference from the year before ({unit}); [z] for the first year, [c] or [x] where either year has that mark.',
  },
  'dictionary.change.desa': { id: 'desa', en: 'villages' },
  'dictionary.change.orang': { id: 'orang', en: 'persons' },
  'dictionary.change.kegiatan': { id: 'kegiatan', en: 'activities' },
  'dictionary.change.kasus': { id: 'kasus', en: 'cases' },
  'dictionary.change.poin-persen': { id: 'poin persen', en: 'percentage points' },
  'field.tahun': { id: 'Tahun', en: 'Year' },
  'field.tahun.description': {
    id: 'Tahun pemetaan IKRN atau kegiatan.',
    en: 'Year of the IKRN mapping or of the activity.',
  },
  'field.tingkat': { id: 'Tingkat wilayah', en: 'Level' },
  'field.tingkat.description': {
    id: 'nasional, provinsi atau kabkota (kabupaten/kota).',
    en: 'nasional (national), provinsi (province) or kabkota (regency/city).',
  },
  'field.kode': { id: 'Kode wilayah', en: 'Region code' },
  'field.kode.description': {
    id: 'Kode Kemendagri saat ini (PP atau PP.KK); ID untuk nasional.',
    en: 'Current Kemendagri code (PP or PP.KK); ID for the nation.',
  },
  'field.nama': { id: 'Nama wilayah', en: 'Region name' },
  'field.nama.description': {
    id: 'Nama resmi menurut Kemendagri.',
    en: 'Official name per Kemendagri.',
  },
  'field.kode_induk': { id: 'Kode induk', en: 'Parent code' },
  'field.kode_induk.description': {
    id: 'Provinsi dari kab/kota; ID untuk provinsi; kosong untuk nasional.',
    en: 'Province of a regency/city; ID for a province; empty for the nation.',
  },
  'field.jenis': { id: 'Jenis kegiatan', en: 'Activity kind' },
  'field.jenis.description': {
    id: 'semua (seluruh jenis), pelatihan_keterampilan, kewirausahaan, bimtek_pendamping, sosialisasi_p4gn, kampung_bersinar.',
    en: 'semua (all kinds), life-skill training, entrepreneurship, mentor training, P4GN socialisation, kampung bersinar.',
  },
  'field.desa_total': { id: 'Jumlah desa/kelurahan', en: 'Villages in total' },
  'field.desa_total.description': {
    id: 'Desa/kelurahan dalam daftar Kemendagri saat ini.',
    en: 'Desa/kelurahan in the current Kemendagri list.',
  },
  'field.dinilai': { id: 'Desa dinilai', en: 'Villages assessed' },
  'field.dinilai.description': {
    id: 'Desa/kelurahan yang dinilai dalam pemetaan IKRN tahun itu.',
    en: 'Desa/kelurahan assessed in that year’s IKRN mapping.',
  },
  'field.cakupan_persen': { id: 'Cakupan (%)', en: 'Coverage (%)' },
  'field.cakupan_persen.description': {
    id: 'Desa dinilai sebagai persen dari seluruh desa/kelurahan.',
    en: 'Villages assessed as a percentage of all villages.',
  },
  'field.bahaya': { id: 'Bahaya', en: 'Bahaya (danger)' },
  'field.bahaya.description': {
    id: 'Desa/kelurahan berkategori Bahaya.',
    en: 'Villages in the Bahaya (danger) category.',
  },
  'field.waspada': { id: 'Waspada', en: 'Waspada (alert)' },
  'field.waspada.description': {
    id: 'Desa/kelurahan berkategori Waspada.',
    en: 'Villages in the Waspada (alert) category.',
  },
  'field.siaga': { id: 'Siaga', en: 'Siaga (standby)' },
  'field.siaga.description': {
    id: 'Desa/kelurahan berkategori Siaga.',
    en: 'Villages in the Siaga (standby) category.',
  },
  'field.aman': { id: 'Aman', en: 'Aman (safe)' },
  'field.aman.description': {
    id: 'Desa/kelurahan berkategori Aman.',
    en: 'Villages in the Aman (safe) category.',
  },
  'field.rawan': { id: 'Rawan', en: 'Vulnerable' },
  'field.rawan.description': {
    id: 'Bahaya + Waspada.',
    en: 'Bahaya + Waspada.',
  },
  'field.rawan_persen': { id: 'Rawan (% dinilai)', en: 'Vulnerable (% assessed)' },
  'field.rawan_persen.description': {
    id: 'Desa rawan sebagai persen dari desa yang dinilai.',
    en: 'Vulnerable villages as a percentage of villages assessed.',
  },
  'field.skor_rata': { id: 'Skor IKRN rata-rata', en: 'Mean IKRN score' },
  'field.skor_rata.description': {
    id: 'Rata-rata skor 0–100 desa yang melaporkan skor.',
    en: 'Mean 0–100 score of villages that reported one.',
  },
  'field.desa_bersinar': { id: 'Desa Bersinar', en: 'Bersinar villages' },
  'field.desa_bersinar.description': {
    id: 'Desa/kelurahan Bersih Narkoba (Bersinar).',
    en: 'Villages declared drug-free (Bersinar).',
  },
  'field.kasus_narkoba': { id: 'Kasus narkoba', en: 'Drug cases' },
  'field.kasus_narkoba.description': {
    id: 'Jumlah kasus tindak pidana narkoba yang dilaporkan.',
    en: 'Reported drug crime cases.',
  },
  'field.tersangka': { id: 'Tersangka', en: 'Suspects' },
  'field.tersangka.description': {
    id: 'Jumlah tersangka (orang). Dilindungi: [c] bila kecil.',
    en: 'Suspects (persons). Protected: [c] when small.',
  },
  'field.pengguna': { id: 'Penyalah guna', en: 'Drug users' },
  'field.pengguna.description': {
    id: 'Jumlah penyalah guna narkoba (orang). Dilindungi: [c] bila kecil.',
    en: 'Drug users (persons). Protected: [c] when small.',
  },
  'field.desa_bandar': { id: 'Desa dengan bandar', en: 'Villages with dealers' },
  'field.desa_bandar.description': {
    id: 'Desa/kelurahan yang melaporkan keberadaan bandar.',
    en: 'Villages reporting a dealer.',
  },
  'field.desa_kurir': { id: 'Desa dengan kurir', en: 'Villages with couriers' },
  'field.desa_kurir.description': {
    id: 'Desa/kelurahan yang melaporkan keberadaan kurir.',
    en: 'Villages reporting a courier.',
  },
  'field.desa_produksi': { id: 'Desa dengan produksi', en: 'Villages with production' },
  'field.desa_produksi.description': {
    id: 'Desa/kelurahan yang melaporkan produksi narkoba.',
    en: 'Villages reporting drug production.',
  },
  'field.dinilai_perubahan': { id: 'Perubahan desa dinilai', en: 'Change in villages assessed' },
  'field.bahaya_perubahan': { id: 'Perubahan Bahaya', en: 'Change in Bahaya' },
  'field.waspada_perubahan': { id: 'Perubahan Waspada', en: 'Change in Waspada' },
  'field.rawan_perubahan': { id: 'Perubahan rawan', en: 'Change in vulnerable' },
  'field.rawan_persen_perubahan': { id: 'Perubahan rawan (%)', en: 'Change in vulnerable (%)' },
  'field.kasus_narkoba_perubahan': { id: 'Perubahan kasus narkoba', en: 'Change in drug cases' },
  'field.tersangka_perubahan': { id: 'Perubahan tersangka', en: 'Change in suspects' },
  'field.pengguna_perubahan': { id: 'Perubahan penyalah guna', en: 'Change in drug users' },
  'field.kegiatan': { id: 'Kegiatan', en: 'Activities' },
  'field.kegiatan.description': {
    id: 'Jumlah kegiatan pemberdayaan alternatif.',
    en: 'Alternative-empowerment activities.',
  },
  'field.peserta': { id: 'Peserta', en: 'Participants' },
  'field.peserta.description': {
    id: 'Jumlah peserta (orang). Dilindungi: [c] bila kecil.',
    en: 'Participants (persons). Protected: [c] when small.',
  },
  'field.peserta_perempuan': { id: 'Peserta perempuan', en: 'Women participants' },
  'field.peserta_perempuan.description': {
    id: 'Peserta perempuan (orang). Dilindungi, juga agar jumlah laki-laki tidak dapat dihitung bila kecil.',
    en: 'Women participants (persons). Protected, also so that a small number of men cannot be derived.',
  },
  'field.lulus': { id: 'Lulus', en: 'Graduates' },
  'field.lulus.description': {
    id: 'Peserta yang lulus (orang). Dilindungi: [c] bila kecil.',
    en: 'Participants who graduated (persons). Protected: [c] when small.',
  },
  'field.berwirausaha': { id: 'Berwirausaha', en: 'Entrepreneurs' },
  'field.berwirausaha.description': {
    id: 'Peserta yang memulai usaha (orang). Dilindungi: [c] bila kecil.',
    en: 'Participants who started a business (persons). Protected: [c] when small.',
  },
  'field.lulus_persen': { id: 'Kelulusan (%)', en: 'Graduation rate (%)' },
  'field.lulus_persen.description': {
    id: 'Lulus sebagai persen peserta kegiatan yang melaporkan keduanya; [c] bila dari kurang dari k orang.',
    en: 'Graduates as a percentage of participants where both were reported; [c] when from fewer than k persons.',
  },
  'field.berwirausaha_persen': { id: 'Berwirausaha (%)', en: 'Entrepreneurship rate (%)' },
  'field.berwirausaha_persen.description': {
    id: 'Berwirausaha sebagai persen peserta kegiatan yang melaporkan keduanya.',
    en: 'Entrepreneurs as a percentage of participants where both were reported.',
  },
  'field.perubahan_pendapatan_rata': { id: 'Perubahan pendapatan rata-rata', en: 'Mean income change' },
  'field.perubahan_pendapatan_rata.description': {
    id: 'Rata-rata perubahan pendapatan bulanan peserta (rupiah per bulan), berbobot jumlah peserta.',
    en: 'Mean change of participants’ monthly income (rupiah per month), weighted by participants.',
  },
  'field.anggaran': { id: 'Anggaran', en: 'Budget' },
  'field.anggaran.description': {
    id: 'Jumlah anggaran kegiatan (rupiah).',
    en: 'Total activity budget (rupiah).',
  },
  'field.kegiatan_perubahan': { id: 'Perubahan kegiatan', en: 'Change in activities' },
  'field.peserta_perubahan': { id: 'Perubahan peserta', en: 'Change in participants' },
  'field.kode_lama': { id: 'Kode lama', en: 'Former codes' },
  'field.kode_lama.description': {
    id: 'Kode lama yang datanya dipetakan ke wilayah ini, dengan tanggal akhir berlaku.',
    en: 'Former codes whose data are mapped to this unit, with the last day they were valid.',
  },
  'field.catatan_id': { id: 'Catatan wilayah (ID)', en: 'Region note (ID)' },
  'field.catatan_id.description': {
    id: 'Catatan batas wilayah dan perubahan kode, Bahasa Indonesia.',
    en: 'Note on boundaries and code changes, in Indonesian.',
  },
  'field.catatan_en': { id: 'Catatan wilayah (EN)', en: 'Region note (EN)' },
  'field.catatan_en.description': {
    id: 'Catatan batas wilayah dan perubahan kode, Bahasa Inggris.',
    en: 'Note on boundaries and code changes, in English.',
  },
  // Programme reach (table jangkauan)
  'field.desa_rawan': { id: 'Desa rawan', en: 'Vulnerable villages' },
  'field.desa_rawan.description': {
    id: 'Desa/kelurahan yang tahun itu dinilai Bahaya atau Waspada (sama dengan rawan pada tabel kawasan).',
    en: 'Villages assessed Bahaya or Waspada that year (the same as vulnerable in the areas table).',
  },
  'field.desa_rawan_terjangkau': { id: 'Desa rawan terjangkau', en: 'Vulnerable villages reached' },
  'field.desa_rawan_terjangkau.description': {
    id: 'Desa rawan tahun itu yang mendapat setidaknya satu kegiatan jenis ini pada tahun yang sama.',
    en: 'Villages vulnerable that year that received at least one activity of this kind in the same year.',
  },
  'field.desa_rawan_terjangkau_persen': { id: 'Desa rawan terjangkau (%)', en: 'Vulnerable villages reached (%)' },
  'field.desa_rawan_terjangkau_persen.description': {
    id: 'Desa rawan terjangkau sebagai persen desa rawan; [z] bila tidak ada desa rawan.',
    en: 'Vulnerable villages reached as a percentage of vulnerable villages; [z] when there are none.',
  },
  'field.kegiatan_rawan': { id: 'Kegiatan di desa rawan', en: 'Activities in vulnerable villages' },
  'field.kegiatan_rawan.description': {
    id: 'Kegiatan di desa yang tahun itu dinilai Bahaya atau Waspada.',
    en: 'Activities in villages assessed Bahaya or Waspada that year.',
  },
  'field.kegiatan_tidak_rawan': { id: 'Kegiatan di desa Siaga/Aman', en: 'Activities in Siaga/Aman villages' },
  'field.kegiatan_tidak_rawan.description': {
    id: 'Kegiatan di desa yang tahun itu dinilai Siaga atau Aman.',
    en: 'Activities in villages assessed Siaga or Aman that year.',
  },
  'field.kegiatan_tidak_dinilai': { id: 'Kegiatan di desa tidak dinilai', en: 'Activities in villages not assessed' },
  'field.kegiatan_tidak_dinilai.description': {
    id: 'Kegiatan di desa yang tidak dinilai IKRN tahun itu.',
    en: 'Activities in villages the IKRN did not assess that year.',
  },
  'field.peserta_rawan': { id: 'Peserta di desa rawan', en: 'Participants in vulnerable villages' },
  'field.peserta_rawan.description': {
    id: 'Peserta kegiatan di desa rawan (orang). Dilindungi: [c] bila kecil; bersama peserta_tidak_rawan dan peserta_tidak_dinilai berjumlah peserta pada tabel program. Peserta per kelompok desa (dan anggaran per peserta) hanya untuk semua jenis bersama (jenis = semua); [z] per jenis.',
    en: 'Participants of activities in vulnerable villages (persons). Protected: [c] when small; with peserta_tidak_rawan and peserta_tidak_dinilai it adds up to participants in the programme table. Participants by group of villages (and budget per participant) are given for all kinds together only (jenis = semua); [z] per kind.',
  },
  'field.peserta_tidak_rawan': { id: 'Peserta di desa Siaga/Aman', en: 'Participants in Siaga/Aman villages' },
  'field.peserta_tidak_rawan.description': {
    id: 'Peserta kegiatan di desa Siaga atau Aman (orang). Dilindungi: [c] bila kecil.',
    en: 'Participants of activities in Siaga or Aman villages (persons). Protected: [c] when small.',
  },
  'field.peserta_tidak_dinilai': { id: 'Peserta di desa tidak dinilai', en: 'Participants in villages not assessed' },
  'field.peserta_tidak_dinilai.description': {
    id: 'Peserta kegiatan di desa yang tidak dinilai tahun itu (orang). Dilindungi: [c] bila kecil.',
    en: 'Participants of activities in villages not assessed that year (persons). Protected: [c] when small.',
  },
  'field.anggaran_rawan': { id: 'Anggaran di desa rawan', en: 'Budget in vulnerable villages' },
  'field.anggaran_rawan.description': { id: 'Anggaran kegiatan di desa rawan (rupiah).', en: 'Budget of activities in vulnerable villages (rupiah).' },
  'field.anggaran_tidak_rawan': { id: 'Anggaran di desa Siaga/Aman', en: 'Budget in Siaga/Aman villages' },
  'field.anggaran_tidak_rawan.description': { id: 'Anggaran kegiatan di desa Siaga atau Aman (rupiah).', en: 'Budget of activities in Siaga or Aman villages (rupiah).' },
  'field.anggaran_tidak_dinilai': { id: 'Anggaran di desa tidak dinilai', en: 'Budget in villages not assessed' },
  'field.anggaran_tidak_dinilai.description': { id: 'Anggaran kegiatan di desa yang tidak dinilai (rupiah).', en: 'Budget of activities in villages not assessed (rupiah).' },
  'field.anggaran_per_peserta_rawan': { id: 'Anggaran per peserta, desa rawan', en: 'Budget per participant, vulnerable villages' },
  'field.anggaran_per_peserta_rawan.description': {
    id: 'Anggaran dibagi peserta, atas kegiatan di desa rawan yang melaporkan keduanya (rupiah per peserta); [c] bila dari kurang dari k orang.',
    en: 'Budget divided by participants, over activities in vulnerable villages that reported both (rupiah per participant); [c] when from fewer than k persons.',
  },
  'field.anggaran_per_peserta_tidak_rawan': { id: 'Anggaran per peserta, desa Siaga/Aman', en: 'Budget per participant, Siaga/Aman villages' },
  'field.anggaran_per_peserta_tidak_rawan.description': {
    id: 'Anggaran dibagi peserta, atas kegiatan di desa Siaga/Aman yang melaporkan keduanya (rupiah per peserta).',
    en: 'Budget divided by participants, over activities in Siaga/Aman villages that reported both (rupiah per participant).',
  },
  'field.anggaran_per_peserta_tidak_dinilai': { id: 'Anggaran per peserta, desa tidak dinilai', en: 'Budget per participant, villages not assessed' },
  'field.anggaran_per_peserta_tidak_dinilai.description': {
    id: 'Anggaran dibagi peserta, atas kegiatan di desa yang tidak dinilai dan melaporkan keduanya (rupiah per peserta).',
    en: 'Budget divided by participants, over activities in villages not assessed that reported both (rupiah per participant).',
  },
  // What follows (table peralihan)
  'field.program': { id: 'Program pada tahun pertama', en: 'Programme in the first year' },
  'field.program.description': {
    id: 'semua = semua desa yang dinilai pada kedua tahun; ada_program = desa yang mendapat setidaknya satu kegiatan pada tahun pertama; tanpa_program = yang tidak.',
    en: 'semua = every village assessed in both years; ada_program = villages with at least one activity in the first year; tanpa_program = those without.',
  },
  'field.dinilai_dua_tahun': { id: 'Dinilai dua tahun', en: 'Assessed in both years' },
  'field.dinilai_dua_tahun.description': {
    id: 'Desa yang dinilai pada tahun sebelumnya dan tahun ini: dasar semua angka baris ini (cakupan).',
    en: 'Villages assessed in the year before and in this year: the base of every figure in the row (coverage).',
  },
  'field.rawan_awal': { id: 'Rawan tahun sebelumnya', en: 'Vulnerable the year before' },
  'field.rawan_awal.description': { id: 'Desa yang tahun sebelumnya Bahaya atau Waspada.', en: 'Villages Bahaya or Waspada the year before.' },
  'field.rawan_keluar': { id: 'Keluar dari rawan', en: 'Left the vulnerable classes' },
  'field.rawan_keluar.description': { id: 'Rawan tahun sebelumnya, Siaga atau Aman tahun ini.', en: 'Vulnerable the year before, Siaga or Aman this year.' },
  'field.rawan_tetap': { id: 'Tetap rawan', en: 'Stayed vulnerable' },
  'field.rawan_tetap.description': { id: 'Rawan tahun sebelumnya dan tahun ini.', en: 'Vulnerable the year before and this year.' },
  'field.tidak_rawan_awal': { id: 'Siaga/Aman tahun sebelumnya', en: 'Siaga/Aman the year before' },
  'field.tidak_rawan_awal.description': { id: 'Desa yang tahun sebelumnya Siaga atau Aman.', en: 'Villages Siaga or Aman the year before.' },
  'field.tidak_rawan_masuk': { id: 'Menjadi rawan', en: 'Became vulnerable' },
  'field.tidak_rawan_masuk.description': { id: 'Siaga/Aman tahun sebelumnya, Bahaya atau Waspada tahun ini.', en: 'Siaga/Aman the year before, Bahaya or Waspada this year.' },
  'field.tidak_rawan_tetap': { id: 'Tetap Siaga/Aman', en: 'Stayed Siaga/Aman' },
  'field.tidak_rawan_tetap.description': { id: 'Siaga atau Aman pada kedua tahun.', en: 'Siaga or Aman in both years.' },
  'field.kategori_membaik': { id: 'Kategori membaik', en: 'Category improved' },
  'field.kategori_membaik.description': {
    id: 'Kategori tahun ini lebih baik (urutan Bahaya, Waspada, Siaga, Aman), mis. Bahaya → Waspada.',
    en: 'Category better this year (order Bahaya, Waspada, Siaga, Aman), e.g. Bahaya → Waspada.',
  },
  'field.kategori_tetap': { id: 'Kategori sama', en: 'Category unchanged' },
  'field.kategori_tetap.description': { id: 'Kategori yang sama pada kedua tahun.', en: 'The same category in both years.' },
  'field.kategori_memburuk': { id: 'Kategori memburuk', en: 'Category worsened' },
  'field.kategori_memburuk.description': { id: 'Kategori tahun ini lebih buruk, mis. Siaga → Waspada.', en: 'Category worse this year, e.g. Siaga → Waspada.' },
  'field.bersinar_baru': { id: 'Menjadi Bersinar', en: 'Became Bersinar' },
  'field.bersinar_baru.description': {
    id: 'Desa yang tahun sebelumnya melaporkan bukan Desa/Kelurahan Bersinar (bersih narkoba) dan tahun ini Bersinar.',
    en: 'Villages that reported not being a Bersinar (drug-free) village the year before and are Bersinar this year.',
  },
  'field.rawan_keluar_persen': { id: 'Keluar dari rawan (%)', en: 'Left the vulnerable classes (%)' },
  'field.rawan_keluar_persen.description': { id: 'Keluar dari rawan sebagai persen rawan tahun sebelumnya; [z] bila tidak ada.', en: 'Left the vulnerable classes as a percentage of those vulnerable the year before; [z] when none.' },
  'field.tidak_rawan_masuk_persen': { id: 'Menjadi rawan (%)', en: 'Became vulnerable (%)' },
  'field.tidak_rawan_masuk_persen.description': { id: 'Menjadi rawan sebagai persen Siaga/Aman tahun sebelumnya; [z] bila tidak ada.', en: 'Became vulnerable as a percentage of those Siaga/Aman the year before; [z] when none.' },
  // Participant outcomes (table hasil)
  'field.perempuan_persen': { id: 'Peserta perempuan (%)', en: 'Women participants (%)' },
  'field.perempuan_persen.description': {
    id: 'Perempuan sebagai persen peserta kegiatan yang melaporkan keduanya; [c] bila dari kurang dari k orang atau dari angka yang disamarkan.',
    en: 'Women as a percentage of participants where both were reported; [c] when from fewer than k persons or from a suppressed figure.',
  },
  'field.berwirausaha_dari_lulus_persen': { id: 'Berwirausaha dari lulusan (%)', en: 'Entrepreneurs among graduates (%)' },
  'field.berwirausaha_dari_lulus_persen.description': {
    id: 'Berwirausaha sebagai persen lulusan kegiatan yang melaporkan keduanya.',
    en: 'Entrepreneurs as a percentage of graduates where both were reported.',
  },
  'field.peserta_pendapatan': { id: 'Peserta dengan data pendapatan', en: 'Participants with income data' },
  'field.peserta_pendapatan.description': {
    id: 'Peserta kegiatan yang melaporkan pendapatan sebelum dan sesudah (orang): dasar rata-rata pendapatan. Dilindungi: [c] bila kecil.',
    en: 'Participants of activities that reported income before and after (persons): the base of the income means. Protected: [c] when small.',
  },
  'field.pendapatan_sebelum_rata': { id: 'Pendapatan rata-rata sebelum', en: 'Mean income before' },
  'field.pendapatan_sebelum_rata.description': {
    id: 'Pendapatan bulanan rata-rata peserta sebelum kegiatan (rupiah per bulan), berbobot jumlah peserta.',
    en: 'Participants’ mean monthly income before the activity (rupiah per month), weighted by participants.',
  },
  'field.pendapatan_sesudah_rata': { id: 'Pendapatan rata-rata sesudah', en: 'Mean income after' },
  'field.pendapatan_sesudah_rata.description': {
    id: 'Pendapatan bulanan rata-rata peserta sesudah kegiatan (rupiah per bulan), berbobot jumlah peserta.',
    en: 'Participants’ mean monthly income after the activity (rupiah per month), weighted by participants.',
  },
  'field.pendapatan_perubahan_persen': { id: 'Perubahan pendapatan (%)', en: 'Income change (%)' },
  'field.pendapatan_perubahan_persen.description': {
    id: 'Perubahan pendapatan rata-rata, sesudah terhadap sebelum, dalam persen.',
    en: 'Change of the mean income, after against before, in percent.',
  },
} as const satisfies Record<string, Bilingual>;
