/**
 * Catalogue section: the pages' frame, search, home, map, region pages, methodology and about
 * (assembled with the other sections in catalogue.ts). Names of regions are Kemendagri names and
 * are not translated.
 */
import { LOCALES } from './locales.ts';
import type { Bilingual } from './lang.ts';

export const siteMessages = {
  // ── Language and formats ────────────────────────────────────────────────────────────────────
  locale: LOCALES,
  'list.and': { id: 'dan', en: 'and' },
  'date.months': {
    id: 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember',
    en: 'January|February|March|April|May|June|July|August|September|October|November|December',
  },
  'date.long': { id: '{day} {month} {year}', en: '{day} {month} {year}' },
  'number.pp': { id: '{n} poin', en: '{n} pp' },
  'number.rupiah': { id: 'Rp{n}', en: 'IDR {n}' },
  'number.rupiah.million': { id: 'Rp{n} juta', en: 'IDR {n} million' },
  'number.rupiah.billion': { id: 'Rp{n} miliar', en: 'IDR {n} billion' },
  'number.rupiah.trillion': { id: 'Rp{n} triliun', en: 'IDR {n} trillion' },

  // ── Site frame ──────────────────────────────────────────────────────────────────────────────
  'site.name': { id: 'Peta Kawasan Rawan Narkoba', en: 'Drug-Vulnerable Areas Map' },
  'site.tagline': {
    id: 'Pemetaan kawasan rawan narkoba (IKRN) dan pemberdayaan alternatif, per kabupaten/kota',
    en: 'Mapping of drug-vulnerable areas (IKRN) and alternative empowerment, by regency/city',
  },
  'site.description': {
    id: 'Dasbor transparansi publik: hasil pemetaan Indeks Kawasan Rawan Narkoba (IKRN) BNN per provinsi dan kabupaten/kota, dengan peta, grafik, tabel dan data unduhan.',
    en: 'Public transparency dashboard: results of BNN’s drug-vulnerable area index (IKRN) by province and regency/city, with a map, charts, tables and downloadable data.',
  },
  'skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'banner.title': { id: 'Data contoh sintetis — bukan data resmi BNN.', en: 'Synthetic sample data — not official BNN data.' },
  'banner.text': {
    id: 'Semua angka di situs ini dibuat untuk uji coba dan tidak boleh dikutip sebagai data sebenarnya.',
    en: 'Every figure on this site is made up for testing and must not be quoted as real data.',
  },
  'nav.label': { id: 'Menu utama', en: 'Main menu' },
  'nav.home': { id: 'Beranda', en: 'Home' },
  'nav.methodology': { id: 'Metodologi', en: 'Methodology' },
  'nav.downloads': { id: 'Unduh data', en: 'Downloads' },
  'nav.changelog': { id: 'Perubahan data', en: 'Changelog' },
  'nav.dictionary': { id: 'Kamus data', en: 'Data dictionary' },
  'nav.about': { id: 'Tentang', en: 'About' },
  'nav.search': { id: 'Daftar wilayah', en: 'All regions' },
  'lang.switch': { id: 'English', en: 'Bahasa Indonesia' },
  'crumb.label': { id: 'Jejak halaman', en: 'Breadcrumb' },
  'crumb.home': { id: 'Beranda', en: 'Home' },
  'footer.publisher': { id: 'Penerbit', en: 'Publisher' },
  'footer.licence': { id: 'Lisensi data', en: 'Data licence' },
  'footer.contact': { id: 'Kontak', en: 'Contact' },
  'footer.years': { id: 'Tahun data', en: 'Data years' },
  'footer.privacy': {
    id: 'Tanpa pelacakan: tanpa cookie, tanpa analitik, tanpa sumber dari pihak ketiga.',
    en: 'No tracking: no cookies, no analytics, nothing loaded from third parties.',
  },
  'footer.level': {
    id: 'Tidak ada angka di bawah tingkat kabupaten/kota yang diterbitkan.',
    en: 'Nothing below regency/city level is published.',
  },

  // ── Search ──────────────────────────────────────────────────────────────────────────────────
  'search.label': { id: 'Cari kabupaten/kota atau provinsi', en: 'Find a regency/city or province' },
  'search.placeholder': { id: 'mis. Jakarta Utara', en: 'e.g. Jakarta Utara' },
  'search.submit': { id: 'Cari', en: 'Search' },
  'search.found': { id: '{n} wilayah cocok', en: '{n} matching regions' },
  'search.foundOne': { id: '1 wilayah cocok', en: '1 matching region' },
  'search.none': { id: 'Tidak ada wilayah yang cocok.', en: 'No matching region.' },
  'search.more': { id: 'Lihat semua hasil', en: 'See all results' },
  'search.province': { id: 'Provinsi', en: 'Province' },
  'search.page.title': { id: 'Cari wilayah', en: 'Find a region' },
  'search.page.lead': {
    id: 'Semua {kab} kabupaten/kota dari {prov} provinsi. Ketik sebagian nama atau singkatan (mis. Jakut, Kab. Bogor, Jogja, Jabar) untuk menyaring daftar.',
    en: 'All {kab} regencies/cities of {prov} provinces. Type part of a name or a short form (e.g. Jakut, Kab. Bogor, Jogja, Jabar) to filter the list.',
  },
  'search.page.noscript': {
    id: 'Tanpa JavaScript halaman ini tidak dapat menyaring menurut kata yang Anda cari. Yang Anda dapat: indeks semua kabupaten/kota, A–Z menurut nama (tanpa “Kabupaten”/“Kota”) lalu per provinsi. Lompat lewat huruf, atau gunakan fitur cari di peramban (Ctrl+F atau ⌘F).',
    en: 'Without JavaScript this page cannot filter by what you searched for. What you get: an index of every regency/city, A–Z by name (without “Kabupaten”/“Kota”) and then by province. Jump by letter, or use your browser’s find (Ctrl+F or ⌘F).',
  },
  'search.page.jump': { id: 'Lompat ke huruf', en: 'Jump to letter' },
  'search.page.az': { id: 'Kabupaten/kota A–Z', en: 'Regencies/cities A–Z' },
  'search.page.azLead': {
    id: 'Menurut nama tanpa “Kabupaten”/“Kota”: Kabupaten Bogor dan Kota Bogor di bawah B. Di samping nama: provinsinya.',
    en: 'By name without “Kabupaten” (regency) or “Kota” (city): Kabupaten Bogor and Kota Bogor under B. Next to each name: its province.',
  },
  'search.page.byProvince': { id: 'Per provinsi', en: 'By province' },
  'search.page.count': { id: '{n} wilayah cocok dengan “{q}”.', en: '{n} regions match “{q}”.' },
  'search.page.filter': { id: 'Saring daftar', en: 'Filter the list' },
  'search.page.kabCount': { id: '{n} kabupaten/kota', en: '{n} regencies/cities' },
  'search.page.values': {
    id: 'Angka di samping nama: {measure}, {year}, seperti di peta.',
    en: 'Figure next to each name: {measure}, {year}, as on the map.',
  },

  // ── Levels, marks, units ────────────────────────────────────────────────────────────────────
  'level.provinsi': { id: 'Provinsi', en: 'Province' },
  'marks.heading': { id: 'Arti tanda', en: 'What the marks mean' },
  'marks.c': {
    id: 'disamarkan untuk melindungi jumlah kecil (kurang dari {k} orang), atau agar angka yang disamarkan tidak bisa dihitung ulang',
    en: 'suppressed to protect small counts (fewer than {k} persons), or so that a suppressed figure cannot be worked out',
  },
  'marks.x': { id: 'tidak ada data: tidak ada desa yang dinilai, atau tidak dilaporkan', en: 'no data: no village assessed, or not reported' },
  'marks.z': { id: 'tidak berlaku, mis. perubahan pada tahun pertama atau persentase dari nol', en: 'not applicable, e.g. a change in the first year or a percentage of zero' },
  'marks.more': { id: 'Selengkapnya di metodologi', en: 'More in the methodology' },

  // ── Measures (with units) ───────────────────────────────────────────────────────────────────
  'm.rawan': { id: 'Desa/kelurahan rawan', en: 'Vulnerable villages' },
  'm.rawan.sub': { id: 'Bahaya + Waspada', en: 'Bahaya + Waspada' },
  'm.rawan_persen': { id: 'Rawan (% dari desa dinilai)', en: 'Vulnerable (% of villages assessed)' },
  'm.bahaya': { id: 'Bahaya', en: 'Bahaya (danger)' },
  'm.waspada': { id: 'Waspada', en: 'Waspada (alert)' },
  'm.siaga': { id: 'Siaga', en: 'Siaga (standby)' },
  'm.aman': { id: 'Aman', en: 'Aman (safe)' },
  'm.dinilai': { id: 'Desa/kelurahan dinilai', en: 'Villages assessed' },
  'm.cakupan_persen': { id: 'Cakupan penilaian (% dari semua desa)', en: 'Assessment coverage (% of all villages)' },
  'm.skor_rata': { id: 'Skor IKRN rata-rata (0–100)', en: 'Mean IKRN score (0–100)' },
  'm.desa_bersinar': { id: 'Desa/kelurahan Bersinar', en: 'Bersinar (drug-free) villages' },
  'm.kasus_narkoba': { id: 'Kasus narkoba', en: 'Drug cases' },
  'm.tersangka': { id: 'Tersangka (orang)', en: 'Suspects (persons)' },
  'm.pengguna': { id: 'Penyalah guna (orang)', en: 'Drug users (persons)' },
  'm.desa_bandar': { id: 'Desa dengan bandar', en: 'Villages with dealers' },
  'm.desa_kurir': { id: 'Desa dengan kurir', en: 'Villages with couriers' },
  'm.desa_produksi': { id: 'Desa dengan produksi', en: 'Villages with production' },
  'm.kegiatan': { id: 'Kegiatan pemberdayaan', en: 'Empowerment activities' },
  'm.peserta': { id: 'Peserta (orang)', en: 'Participants (persons)' },
  'm.berwirausaha_persen': { id: 'Berwirausaha (%)', en: 'Entrepreneurship rate (%)' },

  // ── Headline figures ────────────────────────────────────────────────────────────────────────
  'stat.change': { id: '{change} dibanding {year}', en: '{change} on {year}' },
  'stat.unchanged': { id: 'tidak berubah dibanding {year}', en: 'unchanged on {year}' },
  'stat.changeNone': { id: 'tidak ada pembanding tahun sebelumnya', en: 'no earlier year to compare' },
  'stat.changeMarked': { id: 'perubahan {mark}', en: 'change {mark}' },
  'stat.assessed': { id: 'cakupan {pct} dari {total} desa/kelurahan', en: 'coverage {pct} of {total} villages' },
  'stat.ofAssessed': { id: 'dari {n} desa/kelurahan dinilai', en: 'of {n} villages assessed' },
  'stat.compareNation': { id: 'Nasional: {v}', en: 'National: {v}' },
  'stat.compareProvince': { id: 'Provinsi: {v}', en: 'Province: {v}' },
  'stat.budget': { id: 'anggaran {v}', en: 'budget {v}' },

  // ── Home ────────────────────────────────────────────────────────────────────────────────────
  'home.lead': {
    id: 'Hasil pemetaan kawasan rawan narkoba oleh Badan Narkotika Nasional (BNN) dengan Indeks Kawasan Rawan Narkoba (IKRN), per provinsi dan kabupaten/kota, serta program pemberdayaan alternatif yang mengikutinya. Angka terbaru: tahun {year}.',
    en: 'Results of the National Narcotics Board’s (BNN) mapping of drug-vulnerable areas with the IKRN index, by province and regency/city, and the alternative-empowerment programmes that follow it. Latest figures: {year}.',
  },
  'home.figures': { id: 'Angka nasional {year}', en: 'National figures {year}' },
  'home.map': { id: 'Peta kabupaten/kota', en: 'Regency/city map' },
  'home.map.lead': {
    id: 'Persentase desa/kelurahan rawan (Bahaya + Waspada) dari desa yang dinilai, menurut kabupaten/kota. Pilih wilayah di peta untuk membuka halamannya.',
    en: 'Share of vulnerable villages (Bahaya + Waspada) among those assessed, by regency/city. Select a region on the map to open its page.',
  },
  'home.trends': { id: 'Tren nasional', en: 'National trends' },
  'home.provinces': { id: 'Menurut provinsi', en: 'By province' },
  'home.provinces.caption': { id: 'Desa rawan per provinsi, {year}', en: 'Vulnerable villages by province, {year}' },
  'home.programs': { id: 'Pemberdayaan alternatif', en: 'Alternative empowerment' },
  'home.programs.lead': {
    id: 'Setelah pemetaan, BNN menjalankan pemberdayaan alternatif di kawasan rawan: pelatihan keterampilan dan kewirausahaan, bimbingan teknis pendamping, sosialisasi P4GN, dan kampung/desa Bersinar.',
    en: 'After the mapping, BNN runs alternative empowerment in vulnerable areas: life-skill and entrepreneurship training, mentor training, P4GN awareness sessions, and Bersinar (drug-free) villages.',
  },

  // ── Programme follow-up (FollowUpSection, Program page) ────────────────────────────────────
  'nav.program': { id: 'Program', en: 'Programmes' },
  'program.title': { id: 'Program: apakah menjangkau kawasan rawan, dan apa yang menyusul?', en: 'Programmes: do they reach the vulnerable areas, and what follows?' },
  'program.lead': {
    id: 'Pemetaan IKRN ada untuk ditindaklanjuti: pemberdayaan alternatif di desa rawan, dengan tujuan desa keluar dari kelas rawan dan menjadi Desa/Kelurahan Bersinar. Halaman ini menunjukkan ke mana kegiatan pergi dan bagaimana kategori desa berubah tahun berikutnya.',
    en: 'The IKRN mapping exists to be acted on: alternative empowerment in vulnerable villages, so that villages leave the vulnerable classes and become Bersinar (drug-free). This page shows where the activities went and how the villages’ categories changed the next year.',
  },
  'program.notCausal': {
    id: 'Angka ini deskriptif, bukan perkiraan sebab-akibat. Desa yang dinilai berganti dari tahun ke tahun (hanya desa yang dinilai pada kedua tahun dihitung, dan jumlahnya selalu disebut), dan program sengaja ditempatkan di desa yang kebutuhannya paling tinggi, sehingga desa dengan dan tanpa program tidak sebanding begitu saja.',
    en: 'These figures describe; they are not a causal estimate. The villages assessed change from year to year (only villages assessed in both years are counted, and their number is always given), and programmes are deliberately placed where the need is highest, so villages with and without a programme are not simply comparable.',
  },
  'program.national': { id: 'Nasional, {year}', en: 'National, {year}' },
  'program.provinces': { id: 'Menurut provinsi', en: 'By province' },
  'program.provinces.caption': {
    id: 'Jangkauan {year} dan desa rawan yang keluar dari rawan {from}→{year}, menurut provinsi (jumlah desa rawan yang dinilai pada kedua tahun di dalam kurung)',
    en: 'Reach in {year} and vulnerable villages leaving the vulnerable classes {from}→{year}, by province (vulnerable villages assessed in both years in brackets)',
  },
  'program.col.province': { id: 'Provinsi', en: 'Province' },
  'program.col.reached': { id: 'Desa rawan terjangkau', en: 'Vulnerable villages reached' },
  'program.col.with': { id: 'Keluar, ada program', en: 'Left, with programme' },
  'program.col.without': { id: 'Keluar, tanpa program', en: 'Left, without' },
  'program.downloads': {
    id: 'Tabel lengkap per kabupaten/kota, provinsi dan nasional, per tahun dan jenis: jangkauan, peralihan dan hasil di halaman Unduh data.',
    en: 'The full tables per regency/city, province and nation, per year and kind (reach, transitions, outcomes) are on the Downloads page.',
  },
  'followUp.reach.heading': { id: 'Ke mana kegiatan pergi', en: 'Where the activities went' },
  'followUp.reach.sentence': {
    id: '{reached} dari {rawan} desa rawan ({pct}) mendapat setidaknya satu kegiatan pada {year}.',
    en: '{reached} of {rawan} vulnerable villages ({pct}) received at least one activity in {year}.',
  },
  'followUp.reach.share': { id: '{share} kegiatan berlangsung di desa rawan.', en: '{share} of the activities took place in vulnerable villages.' },
  'followUp.reach.none': { id: 'Tidak ada desa yang dinilai pada {year}, sehingga jangkauan ke desa rawan tidak dapat dihitung.', en: 'No village was assessed in {year}, so the reach of vulnerable villages cannot be computed.' },
  'followUp.reach.suppressed': {
    id: 'Berapa desa rawan yang mendapat kegiatan pada {year} disamarkan [c]: kelompok desa program di sini atau di wilayah terkait kecil, dan pembagian menurut kategori desa akan menyebut kategori desa-desa itu (lihat Metodologi).',
    en: 'How many vulnerable villages got an activity in {year} is suppressed [c]: a group of programme villages here or in a related area is small, and a split by village category would name those villages’ category (see Methodology).',
  },
  'followUp.reach.noRecord': { id: 'Belum ada data jangkauan.', en: 'No reach data yet.' },
  'followUp.reach.caption': { id: 'Kegiatan, peserta dan anggaran menurut kategori desa, {name}, {year}', en: 'Activities, participants and budget by village category, {name}, {year}' },
  'followUp.reach.group': { id: 'Desa', en: 'Villages' },
  'followUp.reach.group.rawan': { id: 'Rawan (Bahaya/Waspada)', en: 'Vulnerable (Bahaya/Waspada)' },
  'followUp.reach.group.tidak_rawan': { id: 'Siaga/Aman', en: 'Siaga/Aman' },
  'followUp.reach.group.tidak_dinilai': { id: 'Tidak dinilai tahun itu', en: 'Not assessed that year' },
  'followUp.reach.kegiatan': { id: 'Kegiatan', en: 'Activities' },
  'followUp.reach.peserta': { id: 'Peserta', en: 'Participants' },
  'followUp.reach.anggaran': { id: 'Anggaran (Rp)', en: 'Budget (Rp)' },
  'followUp.reach.perPeserta': { id: 'Per peserta (Rp)', en: 'Per participant (Rp)' },
  'followUp.outcome.heading': { id: 'Hasil peserta', en: 'What participants got' },
  'followUp.outcome.caption': { id: 'Peserta → lulus → berwirausaha dan pendapatan, {name}, {year}', en: 'Participants → graduates → entrepreneurs and income, {name}, {year}' },
  'followUp.outcome.measure': { id: 'Ukuran', en: 'Measure' },
  'followUp.outcome.value': { id: 'Nilai', en: 'Value' },
  'followUp.outcome.peserta': { id: 'Peserta', en: 'Participants' },
  'followUp.outcome.lulus': { id: 'Lulus', en: 'Graduates' },
  'followUp.outcome.berwirausaha': { id: 'Berwirausaha', en: 'Entrepreneurs' },
  'followUp.outcome.perempuan': { id: 'Perempuan (% peserta)', en: 'Women (% of participants)' },
  'followUp.outcome.wirausahaDariLulus': { id: 'Berwirausaha (% lulusan)', en: 'Entrepreneurs (% of graduates)' },
  'followUp.outcome.sebelum': { id: 'Pendapatan bulanan sebelum (Rp)', en: 'Monthly income before (Rp)' },
  'followUp.outcome.sesudah': { id: 'Pendapatan bulanan sesudah (Rp)', en: 'Monthly income after (Rp)' },
  'followUp.outcome.dasar': { id: 'Peserta dengan data pendapatan', en: 'Participants with income data' },
  'followUp.outcome.sentence': {
    id: 'Pendapatan bulanan rata-rata peserta {year}: {before} sebelum, {after} sesudah ({change} %), dari {n} peserta yang melaporkan keduanya.',
    en: 'Participants’ mean monthly income in {year}: {before} before, {after} after ({change} %), from the {n} participants who reported both.',
  },

  // ── Map ─────────────────────────────────────────────────────────────────────────────────────
  'map.title': { id: 'Peta {measure} per kabupaten/kota, {year}', en: 'Map of {measure} by regency/city, {year}' },
  'map.titleProvince': { id: 'Peta {measure} per kabupaten/kota di {province}, {year}', en: 'Map of {measure} by regency/city in {province}, {year}' },
  'map.desc': {
    id: 'Setiap kabupaten/kota adalah tautan ke halamannya; nama dan angkanya dibacakan. Kelas warna sama untuk semua tahun. Garis putih: cakupan rendah. Arsiran: angka disamarkan. Bintik: tidak ada data. Angka yang sama ada di tabel di bawah peta dan di halaman tiap wilayah.',
    en: 'Every regency/city is a link to its page; its name and figure are read out. The colour classes are the same in every year. White stripes: low coverage. Hatched: figure suppressed. Dotted: no data. The same figures are in the table below the map and on each region’s page.',
  },
  'map.descInset': { id: 'DKI Jakarta diperbesar di kotak sebelah barat Sumatra.', en: 'DKI Jakarta is enlarged in a box west of Sumatra.' },
  'map.suppressed': { id: 'Disamarkan [c]', en: 'Suppressed [c]' },
  'map.noData': { id: 'Tidak ada data [x]', en: 'No data [x]' },
  'map.small': { id: 'Kab/kota kecil (titik)', en: 'Small regency/city (dot)' },
  'map.lowCoverage': {
    id: 'Cakupan rendah: kurang dari {n} desa atau {pct}% desa dinilai (bergaris)',
    en: 'Low coverage: fewer than {n} villages or {pct}% of villages assessed (striped)',
  },
  'map.fixedClasses': { id: '(kelas warna sama untuk semua tahun)', en: '(the same colour classes in every year)' },
  'map.value.low': { id: '{value}, cakupan rendah', en: '{value}, low coverage' },
  'map.inset': { id: 'DKI Jakarta', en: 'DKI Jakarta' },
  'map.value.c': { id: 'disamarkan [c]', en: 'suppressed [c]' },
  'map.value.x': { id: 'tidak ada data [x]', en: 'no data [x]' },
  'map.value.z': { id: 'tidak berlaku [z]', en: 'not applicable [z]' },
  'map.controls': { id: 'Tampilan peta', en: 'Map view' },
  'map.year': { id: 'Tahun', en: 'Year' },
  'map.measure': { id: 'Ukuran', en: 'Measure' },
  'map.showing': { id: 'Ditampilkan: {measure}, {year}.', en: 'Showing: {measure}, {year}.' },
  'map.loading': { id: 'Memuat data peta…', en: 'Loading map data…' },
  'map.loadError': { id: 'Data peta tidak dapat dimuat.', en: 'The map data could not be loaded.' },
  'map.noteSource': {
    id: 'Batas wilayah: {source}, disederhanakan; bukan batas resmi.',
    en: 'Boundaries: {source}, simplified; not official boundaries.',
  },
  'map.noteSourceOfficial': { id: 'Batas wilayah: {source}.', en: 'Boundaries: {source}.' },
  'map.noteMore': { id: 'Apa yang tidak bisa ditunjukkan peta', en: 'What the map cannot show' },
  'map.noteAll': { id: 'Angka semua kabupaten/kota', en: 'Figures of every regency/city' },
  'map.skip': { id: 'Lewati peta', en: 'Skip the map' },
  'map.fullTable': { id: 'Tabel lengkap semua kab/kota', en: 'Full table of all regencies/cities' },
  'map.fullTableProvince': { id: 'Tabel lengkap kab/kota provinsi ini', en: 'Full table of this province’s regencies/cities' },
  'map.end': { id: 'Akhir peta.', en: 'End of the map.' },
  'map.keys': {
    id: 'Peta ini satu perhentian Tab: pindah antarwilayah dengan tombol panah, atau ketik awal nama wilayah (mis. "bantul") untuk melompat ke sana; Enter membuka halaman wilayah, Esc menutup info.',
    en: 'The map is one Tab stop: move between regions with the arrow keys, or type the start of a region’s name (e.g. "bantul") to jump there; Enter opens the region’s page, Esc closes the info.',
  },
  'map.open': { id: 'Buka halaman {name}', en: 'Open the page of {name}' },
  'map.zoomProvince': { id: 'Perbesar provinsi {province}', en: 'Zoom to province {province}' },
  'map.zoomHere': { id: 'Perbesar di sini', en: 'Zoom in here' },
  'map.zoomOut': { id: 'Kembali ke seluruh Indonesia', en: 'Back to all of Indonesia' },
  'map.zoomOutProvince': { id: 'Kembali ke seluruh peta', en: 'Back to the whole map' },
  'map.close': { id: 'Tutup', en: 'Close' },

  // ── Region pages ────────────────────────────────────────────────────────────────────────────
  'region.figures': { id: 'Angka {year}', en: 'Figures {year}' },
  'region.code': { id: 'Kode {code}', en: 'Code {code}' },
  'region.villages': { id: '{n} desa/kelurahan', en: '{n} villages' },
  'region.kabCount': { id: '{n} kabupaten/kota', en: '{n} regencies/cities' },
  'region.kickerKab': { id: 'Kabupaten/kota di', en: 'Regency/city in' },
  'region.note': { id: 'Catatan wilayah', en: 'About this region’s boundaries' },
  'region.onProvinceMap': { id: 'Di peta {province}', en: 'On the map of {province}' },
  'region.position': { id: 'Posisi terhadap provinsi dan nasional', en: 'Compared with the province and the nation' },
  'region.positionProvince': { id: 'Posisi terhadap nasional', en: 'Compared with the nation' },
  'region.positionCaption': { id: 'Perbandingan, {year}', en: 'Comparison, {year}' },
  'region.rankKab': {
    id: 'Urutan {rank} dari {n} kabupaten/kota di {province} menurut persentase desa rawan (1 = tertinggi).',
    en: 'Rank {rank} of {n} regencies/cities in {province} by share of vulnerable villages (1 = highest).',
  },
  'region.rankProv': {
    id: 'Urutan {rank} dari {n} provinsi menurut persentase desa rawan (1 = tertinggi).',
    en: 'Rank {rank} of {n} provinces by share of vulnerable villages (1 = highest).',
  },
  'region.rankNone': {
    id: 'Tanpa urutan: persentase desa rawan tahun ini {mark}.',
    en: 'Not ranked: this year’s share of vulnerable villages is {mark}.',
  },
  'region.trends': { id: 'Tren', en: 'Trends' },
  'region.programs': { id: 'Pemberdayaan alternatif', en: 'Alternative empowerment' },
  'region.indicators': { id: 'Indikator per tahun', en: 'Indicators by year' },
  'region.indicatorsCaption': { id: 'Indikator IKRN {name}, {from}–{to}', en: 'IKRN indicators of {name}, {from}–{to}' },
  'region.kabkota': { id: 'Kabupaten/kota', en: 'Regencies/cities' },
  'region.kabkotaCaption': { id: 'Kabupaten/kota di {province}, {year}', en: 'Regencies/cities in {province}, {year}' },
  'region.others': { id: 'Kabupaten/kota lain di {province}', en: 'Other regencies/cities in {province}' },
  'region.noData': {
    id: 'Tidak ada desa/kelurahan yang dinilai di wilayah ini pada {year}.',
    en: 'No village of this region was assessed in {year}.',
  },

  // ── Table columns ───────────────────────────────────────────────────────────────────────────
  'col.year': { id: 'Tahun', en: 'Year' },
  'col.province': { id: 'Provinsi', en: 'Province' },
  'col.kabkota': { id: 'Kabupaten/kota', en: 'Regency/city' },
  'col.nation': { id: 'Nasional', en: 'National' },
  'col.measure': { id: 'Ukuran', en: 'Measure' },
  'col.rawanChange': { id: 'Perubahan (poin)', en: 'Change (pp)' },
  'col.lowCoverage': { id: 'cakupan rendah', en: 'low coverage' },

  // ── Charts ──────────────────────────────────────────────────────────────────────────────────
  'chart.table': { id: 'Tabel data grafik', en: 'Chart data table' },
  'chart.units': { id: 'Satuan: {units}', en: 'Units: {units}' },
  'chart.seriesNation': { id: 'Indonesia', en: 'Indonesia' },

  // ── Methodology ─────────────────────────────────────────────────────────────────────────────
  'meth.title': { id: 'Metodologi', en: 'Methodology' },
  'meth.lead': {
    id: 'Dari mana angka di situs ini berasal, bagaimana angka itu dijumlahkan dan dilindungi, dan apa yang tidak bisa ditunjukkan peta.',
    en: 'Where the figures on this site come from, how they are added up and protected, and what the map cannot show.',
  },
  'meth.toc': { id: 'Isi halaman', en: 'On this page' },
  'meth.ikrn': { id: 'Indeks Kawasan Rawan Narkoba (IKRN)', en: 'The drug-vulnerable area index (IKRN)' },
  'meth.ikrn.p1': {
    id: 'Setiap tahun BNN memetakan kawasan rawan narkoba dengan survei IKRN. Satuannya adalah desa/kelurahan (sekitar 83.700 di Indonesia, dalam 514 kabupaten/kota dan 38 provinsi). Tidak setiap desa dinilai setiap tahun; cakupan penilaian ditunjukkan di setiap halaman.',
    en: 'Every year BNN maps drug-vulnerable areas with the IKRN survey. The unit is the village (desa/kelurahan; about 83,700 in Indonesia, in 514 regencies/cities and 38 provinces). Not every village is assessed every year; the coverage is shown on every page.',
  },
  'meth.ikrn.p2': {
    id: 'Setiap desa/kelurahan yang dinilai mendapat satu dari empat kategori, dari yang paling rawan: Bahaya, Waspada, Siaga, Aman (artinya di bagian berikut). “Rawan” berarti Bahaya atau Waspada.',
    en: 'Each village assessed gets one of four categories, most vulnerable first: Bahaya, Waspada, Siaga, Aman (what they mean is in the next section). “Vulnerable” (rawan) means Bahaya or Waspada.',
  },
  'meth.indicators': { id: 'Indikator', en: 'Indicators' },
  'meth.indicators.p1': {
    id: 'Kategori ditentukan dari indikator pokok dan indikator pendukung. Situs ini menerbitkan jumlah per wilayah untuk sebagian indikator, tidak pernah per desa.',
    en: 'The category follows from main and supporting indicators. This site publishes totals per region for some indicators, never per village.',
  },
  'meth.indicators.main': { id: 'Indikator pokok', en: 'Main indicators' },
  'meth.indicators.mainList': {
    id: 'kasus tindak pidana narkoba; penangkapan (tersangka); produksi narkoba; keberadaan bandar; keberadaan kurir; penyalahgunaan narkoba (penyalah guna).',
    en: 'drug crime cases; arrests (suspects); drug production; presence of dealers; presence of couriers; drug abuse (users).',
  },
  'meth.indicators.support': { id: 'Indikator pendukung', en: 'Supporting indicators' },
  'meth.indicators.supportList': {
    id: 'tempat hiburan; hunian atau kos dengan privasi tinggi; kurangnya fasilitas publik; interaksi sosial yang rendah.',
    en: 'entertainment venues; private housing or boarding houses with high privacy; lack of public facilities; low social interaction.',
  },
  'meth.indicators.published': {
    id: 'Diterbitkan per wilayah dan tahun: jumlah desa per kategori, persentase rawan, cakupan, skor IKRN rata-rata, desa Bersinar, kasus narkoba, tersangka, penyalah guna, dan jumlah desa yang melaporkan bandar, kurir atau produksi. Daftar lengkap kolom ada di kamus data.',
    en: 'Published per region and year: villages per category, vulnerable share, coverage, mean IKRN score, Bersinar villages, drug cases, suspects, drug users, and the number of villages reporting dealers, couriers or production. Every column is listed in the data dictionary.',
  },
  'meth.aggregation': { id: 'Penjumlahan', en: 'How figures are added up' },
  'meth.aggregation.p1': {
    id: 'Data masuk per desa/kelurahan. Penjumlahan dilakukan sekali, ke tingkat kabupaten/kota, provinsi dan nasional, untuk setiap tahun. Semua tahun mengikuti kode dan batas wilayah Kemendagri saat ini: kode lama (mis. pemekaran Papua 2022) dipetakan ke kode kini, desa demi desa, sehingga deret waktu sebanding.',
    en: 'Data arrive per village. They are added up once, to regency/city, province and national level, for every year. All years follow today’s Kemendagri codes and boundaries: former codes (e.g. the 2022 Papua split) are mapped to today’s, village by village, so that time series are comparable.',
  },
  'meth.aggregation.p2': {
    id: 'Persentase dihitung dari jumlah: rawan % = (Bahaya + Waspada) ÷ desa dinilai; cakupan = desa dinilai ÷ semua desa/kelurahan; skor rata-rata dari desa yang melaporkan skor. Perubahan adalah selisih terhadap tahun sebelumnya; perubahan persentase dalam poin persen.',
    en: 'Rates are computed from counts: vulnerable % = (Bahaya + Waspada) ÷ villages assessed; coverage = villages assessed ÷ all villages; the mean score over villages that reported one. A change is the difference from the year before; changes of percentages are in percentage points.',
  },
  'meth.protection': { id: 'Perlindungan jumlah kecil', en: 'Protecting small counts' },
  'meth.protection.p1': {
    id: 'Situs ini tidak pernah menerbitkan apa pun di bawah kabupaten/kota: tidak ada desa, RW, koordinat atau nama tempat. Menyebut kampung mana yang “Bahaya” menstigma warganya dan dapat membahayakan pelapor.',
    en: 'This site never publishes anything below regency/city: no village, neighbourhood, coordinate or place name. Naming which neighbourhood is “Bahaya” stigmatises its residents and can endanger informants.',
  },
  'meth.protection.p2': {
    id: 'Jumlah orang (tersangka, penyalah guna, peserta, peserta perempuan, lulus, berwirausaha) dari 1 sampai {km1} disamarkan (k = {k}). Persentase dan rata-rata yang dihitung dari kurang dari {k} orang juga disamarkan.',
    en: 'Counts of persons (suspects, drug users, participants, women participants, graduates, entrepreneurs) from 1 to {km1} are suppressed (k = {k}). Rates and means computed from fewer than {k} persons are suppressed too.',
  },
  'meth.protection.p3': {
    id: 'Penyamaran pelengkap: angka lain ikut disamarkan bila angka yang disamarkan dapat dihitung ulang dari angka yang terbit, mis. total provinsi dikurangi kabupaten/kota lainnya, jumlah semua jenis kegiatan dikurangi jenis lainnya, atau angka tahun ini dikurangi perubahannya. Karena itu tanda [c] juga muncul pada angka yang tidak kecil, dan tanda itu sendiri tidak mengungkapkan besarnya angka.',
    en: 'Complementary suppression: other figures are suppressed too wherever a suppressed figure could be worked out from published ones, e.g. a province total minus its other regencies/cities, all activity kinds minus the other kinds, or this year’s figure minus its change. That is why [c] also appears on figures that are not small, and the mark itself reveals nothing about the size of a figure.',
  },
  'meth.protection.p4': {
    id: 'Audit: pada setiap pembangunan situs, sebuah audit pemrograman linear menghitung, untuk setiap angka yang dilindungi, rentang nilai yang masih mungkin dari semua angka yang terbit. Bila ada angka dengan kurang dari {possible} nilai yang mungkin, pembangunan gagal dan tidak ada yang terbit. Pemeriksa kebocoran lalu memindai setiap berkas situs dan unduhan untuk kode desa, koordinat dan teks yang tidak boleh terbit. Rilis ini: {cells} sel disamarkan.',
    en: 'Audit: on every build, a linear-programming audit works out, for every protected figure, the range of values still possible given everything published. If any figure is left with fewer than {possible} possible values, the build fails and nothing is published. A leak guard then scans every file of the site and the downloads for village codes, coordinates and text that must never be published. This release: {cells} cells suppressed.',
  },
  'meth.protection.programme': {
    id: 'Program per desa: tabel peralihan (dengan dan tanpa program) dan jangkauan (menurut kategori desa) membagi desa menurut ada tidaknya program. Di kabupaten/kota dengan satu atau beberapa desa program, siapa pun yang tahu dari siaran pers ke mana program pergi akan dapat membaca kategori IKRN desa itu. Karena itu, bila kelompok desa program sebuah wilayah dan tahun kurang dari {k} desa, semua angka pembagiannya disamarkan — termasuk nol — bersama pasangannya (tanpa program; kegiatan, peserta dan anggaran menurut kategori desa), pelengkap dipilih seperti untuk jumlah orang, dan audit membuktikan bahwa setiap angka itu tetap bisa 0 dan bisa 1 atau lebih: kategori desa program tidak pernah dapat disimpulkan. Hanya angka yang totalnya sendiri 0 yang tidak perlu dilindungi (totalnya sudah mengatakannya). Pembagian menurut kategori desa pada tabel jangkauan hanya terbit untuk semua jenis kegiatan bersama.',
    en: 'Programmes by village: the transitions table (with and without a programme) and the reach table (by the village’s category) split villages by whether they had a programme. In a regency/city with one or a few programme villages, anyone who knows from a press release where a programme went could read that village’s IKRN category. So where a region’s programme group in a year counts fewer than {k} villages, every figure of its split is suppressed — zeros included — together with its counterpart (without a programme; activities, participants and budget by the village’s category), complements are chosen as for counts of persons, and the audit proves that each of those figures can still be 0 and can still be 1 or more: a programme village’s category can never be inferred. Only a figure whose own total is 0 needs no protection (the total says it already). The reach split by village category is published for all activity kinds together only.',
  },
  'meth.protection.releases': {
    id: 'Semua rilis sekaligus: pembaca menyimpan setiap rilis yang pernah terbit, dan halaman Perubahan data menunjukkan setiap angka lama → baru. Karena itu audit tidak hanya memeriksa rilis ini, tetapi semua rilis bersama-sama (rilis terdahulu yang diperiksa: {releases}): angka yang sama di dua rilis dianggap satu angka, angka yang direvisi dianggap dua. Aturannya: (1) angka yang pernah terbit dan tidak berubah tetap terbit — ia sudah publik; (2) angka yang pernah disamarkan dan tidak berubah tetap disamarkan, agar pelengkapnya tidak dapat dipakai kemudian; (3) bila angka yang sudah terbit direvisi, ikut disamarkan sebagian hubungannya (mis. total provinsi yang baru) sehingga selisih lama − baru tidak membuka angka yang disamarkan. Nilai sebenarnya dari sel [c] setiap rilis disimpan secara privat bersama data (tidak pernah terbit) agar audit berikutnya tetap tepat.',
    en: 'All releases at once: readers keep every release ever published, and the Data changes page shows every figure old → new. So the audit does not check this release alone but all releases together (earlier releases checked: {releases}): a figure that is the same in two releases counts as one figure, a revised figure as two. The rules: (1) a figure once published and unchanged stays published — it is public already; (2) a figure once suppressed and unchanged stays suppressed, so that its complements cannot be used later; (3) when a published figure is revised, part of its relations is suppressed too (e.g. the new province total), so that old − new cannot reveal a suppressed figure. The true values of each release’s [c] cells are kept privately with the data (never published) so that later audits stay exact.',
  },
  'meth.marks': { id: 'Tanda pada tabel, grafik dan unduhan', en: 'Marks in tables, charts and downloads' },
  'meth.marks.p1': {
    id: 'Sel tanpa angka diberi tanda yang sama di halaman, CSV, XLSX dan JSON (konvensi yang dikenal jurnalis data):',
    en: 'A cell without a number carries the same mark on the pages and in CSV, XLSX and JSON (a convention data journalists know):',
  },
  'meth.map': { id: 'Apa yang tidak bisa ditunjukkan peta', en: 'What the map cannot show' },
  'meth.map.items': {
    id: 'Warna menunjukkan angka seluruh kabupaten/kota, bukan di mana di dalamnya desa rawan berada.|Wilayah yang luas tetapi jarang penduduknya tampak dominan; kota kecil hampir tidak terlihat (karena itu diberi titik, dan DKI Jakarta diperbesar).|Persentase rawan dihitung dari desa yang dinilai; bila cakupan rendah, angkanya mungkin tidak mewakili seluruh wilayah (di peta diberi garis putih). Lihat cakupan di setiap halaman.|Kategori IKRN adalah hasil penilaian, bukan angka kejahatan; perbandingan antarwilayah dan antartahun perlu hati-hati.|Kelas warna tetap, sama untuk semua tahun (lihat di bawah): warna yang sama berarti rentang angka yang sama di setiap tahun, tetapi bukan berarti desa yang sama dinilai.|Batas wilayah disederhanakan dan bukan batas resmi.',
    en: 'Colours show the figure of the whole regency/city, not where inside it the vulnerable villages are.|Large, thinly populated areas dominate the picture; small cities are barely visible (so they get a dot, and DKI Jakarta is enlarged).|The vulnerable share is computed over the villages assessed; where coverage is low it may not represent the whole region (white stripes on the map). See the coverage on every page.|IKRN categories are assessments, not crime rates; compare regions and years with care.|Colour classes are fixed, the same in every year (see below): the same colour means the same range of figures in every year, though not that the same villages were assessed.|Boundaries are simplified and are not official.',
  },
  'meth.colours': { id: 'Kelas warna dan cakupan rendah', en: 'Colour classes and low coverage' },
  'meth.colours.p1': {
    id: 'Setiap ukuran peta punya satu set kelas warna yang tetap, sama untuk semua tahun dan semua halaman, dipilih dari arti dan rentang ukurannya, bukan dari sebaran angka tahun yang ditampilkan. Persentase desa rawan dan skor IKRN rata-rata (0–100; makin tinggi makin rawan) dibagi dalam lima kelas selebar 20 poin. Cakupan umumnya rendah (nasional {national} pada {year}), jadi kelasnya lebih sempit di bagian bawah, dan kelas pertama berakhir tepat di batas cakupan rendah. Angka ditampilkan dengan satu desimal, maka batas kelas ditulis 0–19,9, 20–39,9, dan seterusnya: tidak ada angka yang masuk dua kelas. Warnanya dari ColorBrewer (YlOrRd untuk rawan dan skor, PuBu untuk cakupan), urut dari terang ke gelap dan aman bagi pembaca buta warna.',
    en: 'Each map measure has one fixed set of colour classes, the same in every year and on every page, chosen from what the measure means and its range, not from the spread of the year shown. The vulnerable share and the mean IKRN score (0–100; higher is more vulnerable) have five classes 20 points wide. Coverage is mostly low ({national} nationally in {year}), so its classes are narrower at the bottom, and the first ends exactly where low coverage ends. Figures are shown with one decimal, so classes are written 0–19.9, 20–39.9 and so on: no figure falls in two classes. The colours are ColorBrewer ramps (YlOrRd for the vulnerable share and the score, PuBu for coverage), light to dark and safe for colour-blind readers.',
  },
  'meth.colours.caption': { id: 'Kelas warna tiap ukuran peta (semua tahun)', en: 'Colour classes of each map measure (every year)' },
  'meth.colours.colClasses': { id: 'Kelas', en: 'Classes' },
  'meth.colours.colLow': { id: 'Cakupan rendah ditandai', en: 'Low coverage marked' },
  'meth.colours.yes': { id: 'ya', en: 'yes' },
  'meth.colours.no': { id: 'tidak (warnanya sudah cakupan)', en: 'no (its colour is the coverage)' },
  'meth.colours.p2': {
    id: 'Cakupan rendah: angka kabupaten/kota yang dihitung dari kurang dari {n} desa/kelurahan yang dinilai, atau dari kurang dari {pct}% desa/kelurahannya (cakupan yang diterbitkan, satu desimal: 9,9% rendah, 10,0% tidak), belum dapat dibandingkan dengan wilayah lain. Di peta persentase rawan dan skor, wilayah itu tetap diwarnai menurut kelasnya tetapi diberi garis-garis putih; namanya dibacakan dengan “cakupan rendah” setelah angkanya, di tabel kabupaten/kota tertulis “cakupan rendah” di bawah namanya, dan di halamannya sendiri di bawah persentase rawannya. Di peta cakupan tanda ini tidak dipakai, karena warnanya sendiri sudah menunjukkan cakupan. Pada {year}, {count} dari {total} kabupaten/kota bercakupan rendah.',
    en: 'Low coverage: the figures of a regency/city computed from fewer than {n} villages assessed, or from under {pct}% of its villages (the published coverage, one decimal: 9.9% is low, 10.0% is not), cannot yet be compared with other regions. On the maps of the vulnerable share and of the score such a region keeps the colour of its class but gets white stripes; its name is read out with “low coverage” after its figure, the regency/city tables say “low coverage” under its name, and so does its own page under its vulnerable share. The coverage map does not use this mark, since its colour already is the coverage. In {year}, {count} of {total} regencies/cities had low coverage.',
  },
  'meth.polygons': { id: 'Poligon peta', en: 'Map polygons' },
  'meth.polygons.p': {
    id: 'Peta memuat {polygons} poligon untuk {kab} kabupaten/kota: setiap kabupaten/kota punya poligon sendiri, termasuk kabupaten/kota hasil pemekaran terbaru.',
    en: 'The map has {polygons} polygons for {kab} regencies/cities: every regency/city has its own polygon, including the most recently formed ones.',
  },
  'meth.boundaries': { id: 'Sumber batas wilayah dan lisensi', en: 'Boundary source and licence' },
  'meth.boundaries.source': { id: 'Sumber', en: 'Source' },
  'meth.boundaries.licence': { id: 'Lisensi', en: 'Licence' },
  'meth.boundaries.processing': { id: 'Pengolahan', en: 'Processing' },
  'meth.boundaries.noLicence': { id: 'Berkas batas resmi datang tanpa keterangan lisensi.', en: 'The official boundary file came without licence terms.' },
  'meth.boundaries.download': {
    id: 'Geometri peta tidak ditawarkan untuk diunduh.',
    en: 'The map geometry is not offered as a download.',
  },
  'meth.regions': { id: 'Kode wilayah', en: 'Region codes' },
  'meth.regions.p1': {
    id: 'Kode dan nama wilayah mengikuti Kepmendagri (sumber: {source}). Provinsi ditulis dengan dua angka (mis. 31), kabupaten/kota dengan empat (mis. 31.72).',
    en: 'Region codes and names follow the Minister of Home Affairs’ decree (source: {source}). Provinces have two digits (e.g. 31), regencies/cities four (e.g. 31.72).',
  },

  // ── About ───────────────────────────────────────────────────────────────────────────────────
  'about.title': { id: 'Tentang situs ini', en: 'About this site' },
  'about.lead': {
    id: 'Situs ini menerbitkan hasil pemetaan kawasan rawan narkoba dan program pemberdayaan alternatif dalam bentuk yang dapat dibaca, dibandingkan dan diunduh oleh siapa saja.',
    en: 'This site publishes the results of the drug-vulnerable area mapping and the alternative-empowerment programmes in a form anyone can read, compare and download.',
  },
  'about.who': { id: 'Untuk siapa', en: 'Who it is for' },
  'about.who.p1': {
    id: 'Untuk masyarakat yang ingin tahu keadaan wilayahnya, untuk jurnalis yang mengutip dan mengunduh data, dan untuk pemerintah daerah yang merencanakan program.',
    en: 'For residents who want to know about their region, for journalists who quote and download the data, and for local governments planning programmes.',
  },
  'about.data': { id: 'Data', en: 'Data' },
  'about.data.synthetic': {
    id: 'Data yang kini ditampilkan adalah data contoh sintetis: memakai kode desa Kemendagri yang sebenarnya tetapi angka buatan, dikalibrasi ke total nasional yang pernah diterbitkan BNN untuk 2020 dan 2021. Data ini bukan rilis resmi BNN.',
    en: 'The data shown now are a synthetic sample: real Kemendagri village codes but made-up figures, calibrated to the national totals BNN published for 2020 and 2021. They are not an official BNN release.',
  },
  'about.data.real': {
    id: 'Data diterbitkan oleh {publisher} dan diperbarui setiap tahun.',
    en: 'The data are published by {publisher} and updated every year.',
  },
  'about.data.licence': { id: 'Lisensi data: {licence}. Kutip sumbernya bila memakai data ini.', en: 'Data licence: {licence}. Please credit the source when you use the data.' },
  'about.fonts': {
    id: 'Gambar grafik dan peta (SVG dan PNG) memakai huruf Open Sans dari paket npm {package}, dengan lisensi SIL Open Font License 1.1:',
    en: 'Chart and map images (SVG and PNG) use the Open Sans typeface from the npm package {package}, under the SIL Open Font License 1.1:',
  },
  'about.fonts.licence': { id: 'teks lisensi', en: 'licence text' },
  'about.privacy': { id: 'Privasi', en: 'Privacy' },
  'about.privacy.p1': {
    id: 'Situs ini statis: tanpa cookie, tanpa analitik, tanpa formulir yang mengirim data, dan tanpa permintaan ke pihak ketiga (tidak ada CDN atau huruf dari luar). Pencarian wilayah berjalan di peramban Anda.',
    en: 'This site is static: no cookies, no analytics, no forms that send data, and no requests to third parties (no CDN or external fonts). The region search runs in your browser.',
  },
  'about.access': { id: 'Aksesibilitas', en: 'Accessibility' },
  'about.access.p1': {
    id: 'Setiap grafik dan peta punya tabel data. Peta dapat dipakai dengan papan ketik dan pembaca layar. Situs berfungsi tanpa JavaScript, dari layar 320 piksel, dan dapat dicetak.',
    en: 'Every chart and the map have a data table. The map works with a keyboard and screen readers. The site works without JavaScript, from 320-pixel screens, and prints well.',
  },
  'about.contact': { id: 'Kontak', en: 'Contact' },
  'about.contact.p1': { id: 'Pertanyaan dan koreksi data: {contact}', en: 'Questions and data corrections: {contact}' },

  // ── Not found ───────────────────────────────────────────────────────────────────────────────
  'notFound.title': { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  'notFound.text': {
    id: 'Alamat ini tidak ada (lagi). Cari wilayah lewat kolom pencarian atau daftar wilayah.',
    en: 'This address does not exist (any more). Find a region with the search field or the list of regions.',
  },
} as const satisfies Record<string, Bilingual>;
