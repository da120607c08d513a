/**
 * Catalogue section: exploring the figures across regions — what the words mean (the short
 * definitions on the home and region pages and their full text on the methodology page), the
 * rankings and the comparison of regions (assembled with the other sections in catalogue.ts).
 */
import type { Bilingual } from './lang.ts';

export const exploreMessages = {
  // ── Menu ────────────────────────────────────────────────────────────────────────────────────
  'nav.rankings': { id: 'Peringkat', en: 'Rankings' },
  'nav.compare': { id: 'Bandingkan', en: 'Compare' },

  // ── What the words mean: short, where the figures are ───────────────────────────────────────
  'terms.summary': {
    id: 'Arti Bahaya, Waspada, Siaga, Aman, skor IKRN dan cakupan',
    en: 'What Bahaya, Waspada, Siaga, Aman, the IKRN score and coverage mean',
  },
  'terms.bahaya': {
    id: 'kerawanan tertinggi: banyak indikator pokok ditemukan di desa/kelurahan (mis. kasus dan penangkapan narkoba, bandar, kurir atau produksi), biasanya bersama indikator pendukung.',
    en: 'highest vulnerability: many main indicators found in the village (e.g. drug cases and arrests, dealers, couriers or production), usually with supporting ones.',
  },
  'terms.waspada': {
    id: 'kerawanan tinggi: beberapa indikator pokok ditemukan.',
    en: 'high vulnerability: some main indicators found.',
  },
  'terms.siaga': {
    id: 'kerawanan sedang: sedikit indikator pokok, atau hanya indikator pendukung (tempat hiburan, kos berprivasi tinggi, kurang sarana publik, interaksi sosial rendah).',
    en: 'moderate vulnerability: few main indicators, or supporting ones only (entertainment venues, high-privacy boarding houses, lack of public facilities, low social interaction).',
  },
  'terms.aman': { id: 'tidak rawan: tidak ada indikator pokok yang ditemukan.', en: 'not vulnerable: no main indicator found.' },
  'terms.rawan.term': { id: 'Rawan', en: 'Rawan (vulnerable)' },
  'terms.rawan': {
    id: 'Bahaya + Waspada. Persentase rawan dihitung dari desa/kelurahan yang dinilai, bukan dari semua desa.',
    en: 'Bahaya + Waspada. The vulnerable share is of the villages assessed, not of all villages.',
  },
  'terms.score.term': { id: 'Skor IKRN', en: 'IKRN score' },
  'terms.score': {
    id: '0–100: makin tinggi, makin rawan. Skor wilayah adalah rata-rata skor desa/kelurahan yang dinilai.',
    en: '0–100: the higher, the more vulnerable. A region’s score is the mean over its villages assessed.',
  },
  'terms.coverage.term': { id: 'Cakupan', en: 'Coverage' },
  'terms.coverage': {
    id: 'bagian desa/kelurahan wilayah itu yang dinilai pada tahun itu. Cakupan rendah (kurang dari {minAssessed} desa atau di bawah {minPercent}% dinilai): angkanya belum tentu mewakili seluruh wilayah dan kurang layak dibandingkan.',
    en: 'the share of the region’s villages assessed that year. Low coverage (fewer than {minAssessed} villages or under {minPercent}% assessed): its figures may not represent the whole region and compare poorly.',
  },
  'terms.more': { id: 'Arti istilah selengkapnya', en: 'More on what the words mean' },

  // ── What the words mean: in full, on the methodology page ───────────────────────────────────
  'meth.terms': { id: 'Arti istilah: kategori, skor dan cakupan', en: 'What the words mean: categories, score and coverage' },
  'meth.terms.p1': {
    id: 'Setiap desa/kelurahan yang dinilai mendapat satu kategori, dari banyaknya dan jenis indikator yang ditemukan di sana. Indikator pokok (kasus, penangkapan, produksi, bandar, kurir, penyalahgunaan narkoba) lebih menentukan daripada indikator pendukung (tempat hiburan, hunian atau kos berprivasi tinggi, kurangnya sarana publik, interaksi sosial rendah). Ambang pasti setiap kategori ditetapkan BNN dalam pedoman IKRN; situs ini menerbitkan kategori hasil penilaian, tidak pernah indikator per desa.',
    en: 'Each village assessed gets one category, from how many and which indicators are found there. The main indicators (cases, arrests, production, dealers, couriers, drug abuse) weigh more than the supporting ones (entertainment venues, high-privacy housing or boarding houses, lack of public facilities, low social interaction). The exact thresholds of each category are set by BNN in its IKRN guidelines; this site publishes the categories assessed, never the indicators of a village.',
  },
  'meth.terms.bahaya': {
    id: 'kerawanan tertinggi. Banyak indikator pokok ditemukan sekaligus — misalnya kasus dan penangkapan narkoba bersama keberadaan bandar, kurir atau produksi — biasanya disertai indikator pendukung. Dihitung sebagai rawan; sasaran utama pemberdayaan alternatif.',
    en: 'highest vulnerability. Many main indicators found together — for example drug cases and arrests along with dealers, couriers or production — usually with supporting indicators as well. Counted as vulnerable (rawan); the first target of alternative empowerment.',
  },
  'meth.terms.waspada': {
    id: 'kerawanan tinggi. Beberapa indikator pokok ditemukan (mis. kasus narkoba, penyalah guna atau kurir), dengan atau tanpa indikator pendukung. Dihitung sebagai rawan.',
    en: 'high vulnerability. Some main indicators found (e.g. drug cases, drug users or couriers), with or without supporting indicators. Counted as vulnerable (rawan).',
  },
  'meth.terms.siaga': {
    id: 'kerawanan sedang. Sedikit indikator pokok, atau hanya indikator pendukung yang ditemukan; perlu diwaspadai agar tidak menjadi rawan. Tidak dihitung sebagai rawan.',
    en: 'moderate vulnerability. Few main indicators, or supporting indicators only; to be watched so that it does not become vulnerable. Not counted as vulnerable.',
  },
  'meth.terms.aman': {
    id: 'tidak rawan. Tidak ditemukan indikator pokok, dan indikator pendukung sedikit atau tidak ada.',
    en: 'not vulnerable. No main indicator found, and few or no supporting ones.',
  },
  'meth.terms.score': {
    id: 'Skor IKRN (0–100) merangkum indikator sebuah desa/kelurahan: makin tinggi skornya, makin rawan — Bahaya di ujung atas, Aman di ujung bawah. Skor sebuah wilayah di situs ini adalah rata-rata skor desa/kelurahan yang dinilai dan melaporkan skor; desa yang tidak dinilai tidak ikut. Wilayah dengan skor rata-rata sedang tetap bisa memiliki beberapa desa Bahaya, karena itu lihat juga jumlah per kategori.',
    en: 'The IKRN score (0–100) sums up a village’s indicators: the higher the score, the more vulnerable — Bahaya at the top, Aman at the bottom. A region’s score on this site is the mean score of its villages assessed that reported one; villages not assessed do not count. A region with a middling mean can still have some Bahaya villages, so look at the counts per category as well.',
  },
  'meth.terms.coverage': {
    id: 'Cakupan = desa/kelurahan yang dinilai ÷ semua desa/kelurahan wilayah itu. Tidak setiap desa dinilai setiap tahun. Persentase rawan, skor rata-rata dan jumlah per kategori hanya menggambarkan desa yang dinilai.',
    en: 'Coverage = villages assessed ÷ all villages of the region. Not every village is assessed every year. The vulnerable share, the mean score and the counts per category describe the villages assessed only.',
  },
  'meth.terms.low': {
    id: 'Mengapa cakupan rendah membatasi perbandingan: bila hanya sedikit desa yang dinilai, satu atau dua desa saja dapat menggeser persentase rawan puluhan poin, dan desa yang dinilai mungkin justru dipilih karena diduga rawan. Karena itu situs ini menandai cakupan rendah — kurang dari {minAssessed} desa/kelurahan dinilai, atau di bawah {minPercent}% dari semua desanya — di peringkat dan perbandingan. Bandingkan wilayah seperti itu dengan hati-hati, dan lihat juga berapa desa yang dinilai.',
    en: 'Why low coverage limits comparison: when only a few villages are assessed, one or two of them can move the vulnerable share by tens of points, and the villages assessed may have been chosen because they were thought vulnerable. So this site marks low coverage — fewer than {minAssessed} villages assessed, or under {minPercent}% of all its villages — in the rankings and the comparison. Compare such regions with care, and look at how many villages were assessed.',
  },

  // ── Rankings ────────────────────────────────────────────────────────────────────────────────
  'rank.crumb': { id: 'Peringkat', en: 'Rankings' },
  'rank.title.kabkota': { id: 'Peringkat kabupaten/kota', en: 'Regency/city rankings' },
  'rank.title.provinsi': { id: 'Peringkat provinsi', en: 'Province rankings' },
  'rank.lead': {
    id: '{n} wilayah menurut {measure}, {year} (1 = tertinggi). Angka yang disamarkan [c] dan tanpa data [x] ada di akhir, tanpa urutan.',
    en: '{n} regions by {measure}, {year} (1 = highest). Suppressed [c] and missing [x] figures come last, unranked.',
  },
  'rank.levels': { id: 'Tingkat wilayah', en: 'Level' },
  'rank.sortBy': { id: 'Urutkan menurut', en: 'Sort by' },
  'rank.howTo': {
    id: 'Tombol di judul kolom mengurutkan tabel menurut kolom itu (tekan lagi untuk membalik); tanpa JavaScript, gunakan tautan di atas.',
    en: 'The buttons in the column headers sort the table by that column (press again to reverse); without JavaScript, use the links above.',
  },
  'rank.lowNote': {
    id: 'Cakupan bertanda “rendah” ({n} wilayah): kurang dari {minAssessed} desa/kelurahan atau di bawah {minPercent}% desanya dinilai, sehingga angkanya kurang layak dibandingkan.',
    en: 'Coverage marked “low” ({n} regions): fewer than {minAssessed} villages or under {minPercent}% of them assessed, so their figures compare poorly.',
  },
  'rank.low': { id: 'rendah', en: 'low' },
  'rank.col.rank': { id: 'Urutan', en: 'Rank' },
  'rank.col.rawan': { id: 'Rawan (%)', en: 'Vulnerable (%)' },
  'rank.col.skor': { id: 'Skor IKRN', en: 'IKRN score' },
  'rank.col.cakupan': { id: 'Cakupan (%)', en: 'Coverage (%)' },
  'rank.col.dinilai': { id: 'Desa dinilai', en: 'Villages assessed' },
  'rank.col.kegiatan': { id: 'Kegiatan', en: 'Activities' },
  'rank.col.peserta': { id: 'Peserta', en: 'Participants' },
  'rank.caption': { id: '{level}: {measure}, {year}', en: '{level}: {measure}, {year}' },
  'rank.filter': { id: 'Tampilkan provinsi', en: 'Show province' },
  'rank.filterAll': { id: 'Semua provinsi', en: 'All provinces' },
  'rank.byProvince': { id: 'Kabupaten/kota per provinsi', en: 'Regencies/cities by province' },
  'rank.byProvinceLead': {
    id: 'Setiap halaman provinsi memuat tabel kabupaten/kotanya dengan angka yang sama.',
    en: 'Each province page has a table of its regencies/cities with the same figures.',
  },
  'rank.status': { id: '{shown} dari {n} wilayah, menurut {sort} ({dir}).', en: '{shown} of {n} regions, by {sort} ({dir}).' },
  'rank.statusFiltered': {
    id: '{shown} dari {n} wilayah ({province}), menurut {sort} ({dir}); urutan adalah urutan nasional.',
    en: '{shown} of {n} regions ({province}), by {sort} ({dir}); ranks are national.',
  },
  'rank.desc': { id: 'tertinggi dulu', en: 'highest first' },
  'rank.asc': { id: 'terendah dulu', en: 'lowest first' },
  'rank.az': { id: 'A–Z', en: 'A–Z' },
  'rank.za': { id: 'Z–A', en: 'Z–A' },

  // ── From a region page ──────────────────────────────────────────────────────────────────────
  'region.rankingKab': { id: 'Peringkat semua kabupaten/kota', en: 'Ranking of all regencies/cities' },
  'region.rankingProv': { id: 'Peringkat semua provinsi', en: 'Ranking of all provinces' },
  'region.compareLink': { id: 'Bandingkan dengan wilayah lain', en: 'Compare with other regions' },

  // ── Compare ─────────────────────────────────────────────────────────────────────────────────
  'cmp.title': { id: 'Bandingkan wilayah', en: 'Compare regions' },
  'cmp.lead': {
    id: 'Pilih 2 sampai 4 kabupaten/kota atau provinsi untuk melihat angka dan trennya berdampingan. Alamat halaman menyimpan pilihan Anda, sehingga perbandingan dapat dibagikan.',
    en: 'Choose 2 to 4 regencies/cities or provinces to see their figures and trends side by side. The page address keeps your choice, so a comparison can be shared.',
  },
  'cmp.noscript': {
    id: 'Perbandingan ini memerlukan JavaScript: angkanya dimuat dari API data statis. Tanpa JavaScript, halaman setiap kabupaten/kota sudah membandingkan wilayah itu dengan provinsinya dan angka nasional (dengan tren), halaman setiap provinsi dengan angka nasional, dan peringkat menampilkan semua wilayah berdampingan.',
    en: 'This comparison needs JavaScript: its figures are loaded from the static data API. Without JavaScript, every regency/city page already compares the region with its province and the nation (with trends), every province page with the nation, and the rankings show every region side by side.',
  },
  'cmp.choose': { id: 'Pilih wilayah', en: 'Choose regions' },
  'cmp.add': { id: 'Tambahkan wilayah', en: 'Add a region' },
  'cmp.addButton': { id: 'Tambah', en: 'Add' },
  'cmp.pick': { id: '— pilih —', en: '— choose —' },
  'cmp.provinces': { id: 'Provinsi', en: 'Provinces' },
  'cmp.provinceOption': { id: '{name} (provinsi)', en: '{name} (province)' },
  'cmp.chosen': { id: 'Wilayah dipilih', en: 'Chosen regions' },
  'cmp.none': { id: 'Belum ada wilayah dipilih.', en: 'No region chosen yet.' },
  'cmp.remove': { id: 'Hapus {name}', en: 'Remove {name}' },
  'cmp.max': { id: 'Paling banyak 4 wilayah: hapus satu dulu.', en: 'At most 4 regions: remove one first.' },
  'cmp.need': { id: 'Pilih setidaknya 2 wilayah.', en: 'Choose at least 2 regions.' },
  'cmp.loading': { id: 'Memuat data…', en: 'Loading data…' },
  'cmp.error': { id: 'Data {name} tidak dapat dimuat.', en: 'The data of {name} could not be loaded.' },
  'cmp.status': { id: 'Membandingkan {n} wilayah: {names}.', en: 'Comparing {n} regions: {names}.' },
  'cmp.figures': { id: 'Angka terbaru', en: 'Latest figures' },
  'cmp.figuresCaption': { id: 'Angka {year} berdampingan', en: 'Figures {year} side by side' },
  'cmp.trends': { id: 'Tren', en: 'Trends' },
  'cmp.trendCaption': { id: '{measure} per tahun', en: '{measure} by year' },
  'cmp.lowCoverage': {
    id: 'Cakupan rendah pada {year}: {names}. Bandingkan dengan hati-hati.',
    en: 'Low coverage in {year}: {names}. Compare with care.',
  },
  'cmp.share': { id: 'Tautan perbandingan ini', en: 'Link to this comparison' },
  'cmp.example': { id: 'Contoh', en: 'Example' },
  'cmp.fallback': { id: 'Tanpa JavaScript', en: 'Without JavaScript' },
} as const satisfies Record<string, Bilingual>;
