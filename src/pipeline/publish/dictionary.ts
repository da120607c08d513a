/**
 * The data dictionary: title and description of every public field, in Bahasa Indonesia and
 * English. Table Schemas, the downloads and the dictionary page are all generated from it.
 */
interface Text {
  id: string;
  en: string;
}
export interface FieldText {
  title: Text;
  description: Text;
}

const f = (titleId: string, titleEn: string, descriptionId: string, descriptionEn: string): FieldText => ({
  title: { id: titleId, en: titleEn },
  description: { id: descriptionId, en: descriptionEn },
});
const change = (titleId: string, titleEn: string, unitId: string, unitEn: string): FieldText =>
  f(
    `Perubahan ${titleId}`,
    `Change in ${titleEn}`,
    `Selisih terhadap tahun sebelumnya (${unitId}); [z] untuk tahun pertama, [c] atau [x] bila salah satu tahun demikian.`,
    `Difference from the year before (${unitEn}); [z] for the first year, [c] or [x] where either year has that mark.`,
  );

export const FIELD_TEXT: Record<string, FieldText> = {
  tahun: f('Tahun', 'Year', 'Tahun pemetaan IKRN atau kegiatan.', 'Year of the IKRN mapping or of the activity.'),
  tingkat: f('Tingkat wilayah', 'Level', 'nasional, provinsi atau kabkota (kabupaten/kota).', 'nasional (national), provinsi (province) or kabkota (regency/city).'),
  kode: f('Kode wilayah', 'Region code', 'Kode Kemendagri saat ini (PP atau PP.KK); ID untuk nasional.', 'Current Kemendagri code (PP or PP.KK); ID for the nation.'),
  nama: f('Nama wilayah', 'Region name', 'Nama resmi menurut Kemendagri.', 'Official name per Kemendagri.'),
  kode_induk: f('Kode induk', 'Parent code', 'Provinsi dari kab/kota; ID untuk provinsi; kosong untuk nasional.', 'Province of a regency/city; ID for a province; empty for the nation.'),
  jenis: f('Jenis kegiatan', 'Activity kind', 'semua (seluruh jenis), pelatihan_keterampilan, kewirausahaan, bimtek_pendamping, sosialisasi_p4gn, kampung_bersinar.', 'semua (all kinds), life-skill training, entrepreneurship, mentor training, P4GN socialisation, kampung bersinar.'),
  desa_total: f('Jumlah desa/kelurahan', 'Villages in total', 'Desa/kelurahan dalam daftar Kemendagri saat ini.', 'Desa/kelurahan in the current Kemendagri list.'),
  dinilai: f('Desa dinilai', 'Villages assessed', 'Desa/kelurahan yang dinilai dalam pemetaan IKRN tahun itu.', 'Desa/kelurahan assessed in that year’s IKRN mapping.'),
  cakupan_persen: f('Cakupan (%)', 'Coverage (%)', 'Desa dinilai sebagai persen dari seluruh desa/kelurahan.', 'Villages assessed as a percentage of all villages.'),
  bahaya: f('Bahaya', 'Bahaya (danger)', 'Desa/kelurahan berkategori Bahaya.', 'Villages in the Bahaya (danger) category.'),
  waspada: f('Waspada', 'Waspada (alert)', 'Desa/kelurahan berkategori Waspada.', 'Villages in the Waspada (alert) category.'),
  siaga: f('Siaga', 'Siaga (standby)', 'Desa/kelurahan berkategori Siaga.', 'Villages in the Siaga (standby) category.'),
  aman: f('Aman', 'Aman (safe)', 'Desa/kelurahan berkategori Aman.', 'Villages in the Aman (safe) category.'),
  rawan: f('Rawan', 'Vulnerable', 'Bahaya + Waspada.', 'Bahaya + Waspada.'),
  rawan_persen: f('Rawan (% dinilai)', 'Vulnerable (% assessed)', 'Desa rawan sebagai persen dari desa yang dinilai.', 'Vulnerable villages as a percentage of villages assessed.'),
  skor_rata: f('Skor IKRN rata-rata', 'Mean IKRN score', 'Rata-rata skor 0–100 desa yang melaporkan skor.', 'Mean 0–100 score of villages that reported one.'),
  desa_bersinar: f('Desa Bersinar', 'Bersinar villages', 'Desa/kelurahan Bersih Narkoba (Bersinar).', 'Villages declared drug-free (Bersinar).'),
  kasus_narkoba: f('Kasus narkoba', 'Drug cases', 'Jumlah kasus tindak pidana narkoba yang dilaporkan.', 'Reported drug crime cases.'),
  tersangka: f('Tersangka', 'Suspects', 'Jumlah tersangka (orang). Dilindungi: [c] bila kecil.', 'Suspects (persons). Protected: [c] when small.'),
  pengguna: f('Penyalah guna', 'Drug users', 'Jumlah penyalah guna narkoba (orang). Dilindungi: [c] bila kecil.', 'Drug users (persons). Protected: [c] when small.'),
  desa_bandar: f('Desa dengan bandar', 'Villages with dealers', 'Desa/kelurahan yang melaporkan keberadaan bandar.', 'Villages reporting a dealer.'),
  desa_kurir: f('Desa dengan kurir', 'Villages with couriers', 'Desa/kelurahan yang melaporkan keberadaan kurir.', 'Villages reporting a courier.'),
  desa_produksi: f('Desa dengan produksi', 'Villages with production', 'Desa/kelurahan yang melaporkan produksi narkoba.', 'Villages reporting drug production.'),
  dinilai_perubahan: change('desa dinilai', 'villages assessed', 'desa', 'villages'),
  bahaya_perubahan: change('Bahaya', 'Bahaya', 'desa', 'villages'),
  waspada_perubahan: change('Waspada', 'Waspada', 'desa', 'villages'),
  rawan_perubahan: change('rawan', 'vulnerable', 'desa', 'villages'),
  rawan_persen_perubahan: change('rawan (%)', 'vulnerable (%)', 'poin persen', 'percentage points'),
  kasus_narkoba_perubahan: change('kasus narkoba', 'drug cases', 'kasus', 'cases'),
  tersangka_perubahan: change('tersangka', 'suspects', 'orang', 'persons'),
  pengguna_perubahan: change('penyalah guna', 'drug users', 'orang', 'persons'),
  kegiatan: f('Kegiatan', 'Activities', 'Jumlah kegiatan pemberdayaan alternatif.', 'Alternative-empowerment activities.'),
  peserta: f('Peserta', 'Participants', 'Jumlah peserta (orang). Dilindungi: [c] bila kecil.', 'Participants (persons). Protected: [c] when small.'),
  peserta_perempuan: f('Peserta perempuan', 'Women participants', 'Peserta perempuan (orang). Dilindungi, juga agar jumlah laki-laki tidak dapat dihitung bila kecil.', 'Women participants (persons). Protected, also so that a small number of men cannot be derived.'),
  lulus: f('Lulus', 'Graduates', 'Peserta yang lulus (orang). Dilindungi: [c] bila kecil.', 'Participants who graduated (persons). Protected: [c] when small.'),
  berwirausaha: f('Berwirausaha', 'Entrepreneurs', 'Peserta yang memulai usaha (orang). Dilindungi: [c] bila kecil.', 'Participants who started a business (persons). Protected: [c] when small.'),
  lulus_persen: f('Kelulusan (%)', 'Graduation rate (%)', 'Lulus sebagai persen peserta kegiatan yang melaporkan keduanya; [c] bila dari kurang dari k orang.', 'Graduates as a percentage of participants where both were reported; [c] when from fewer than k persons.'),
  berwirausaha_persen: f('Berwirausaha (%)', 'Entrepreneurship rate (%)', 'Berwirausaha sebagai persen peserta kegiatan yang melaporkan keduanya.', 'Entrepreneurs as a percentage of participants where both were reported.'),
  perubahan_pendapatan_rata: f('Perubahan pendapatan rata-rata', 'Mean income change', 'Rata-rata perubahan pendapatan bulanan peserta (rupiah per bulan), berbobot jumlah peserta.', 'Mean change of participants’ monthly income (rupiah per month), weighted by participants.'),
  anggaran: f('Anggaran', 'Budget', 'Jumlah anggaran kegiatan (rupiah).', 'Total activity budget (rupiah).'),
  kegiatan_perubahan: change('kegiatan', 'activities', 'kegiatan', 'activities'),
  peserta_perubahan: change('peserta', 'participants', 'orang', 'persons'),
  kode_lama: f('Kode lama', 'Former codes', 'Kode lama yang datanya dipetakan ke wilayah ini, dengan tanggal akhir berlaku.', 'Former codes whose data are mapped to this unit, with the last day they were valid.'),
  catatan_id: f('Catatan wilayah (ID)', 'Region note (ID)', 'Catatan batas wilayah dan perubahan kode, Bahasa Indonesia.', 'Note on boundaries and code changes, in Indonesian.'),
  catatan_en: f('Catatan wilayah (EN)', 'Region note (EN)', 'Catatan batas wilayah dan perubahan kode, Bahasa Inggris.', 'Note on boundaries and code changes, in English.'),
};
