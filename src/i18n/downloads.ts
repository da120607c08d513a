/**
 * Catalogue section: the downloads, changelog and data-dictionary pages, and the words the
 * download files say about themselves (licence, sources, citation, the XLSX README sheet,
 * datapackage.json, the JSON API index), so that pages and files never disagree.
 */
import type { Bilingual } from './lang.ts';

export const downloadsMessages = {
  // ── Shared ──────────────────────────────────────────────────────────────────────────────────
  'dl.notPrepared': {
    id: 'Berkas unduhan belum disiapkan untuk build ini. Jalankan npm run build.',
    en: 'The download files were not prepared for this build. Run npm run build.',
  },
  'dl.release': { id: 'Rilis', en: 'Release' },
  'dl.releaseDate': { id: 'Tanggal rilis', en: 'Release date' },
  'dl.years': { id: 'Tahun data', en: 'Data years' },
  'dl.previous': { id: 'Rilis sebelumnya', en: 'Previous release' },
  'dl.none': { id: 'tidak ada', en: 'none' },
  'dl.draft': {
    id: 'Draf: data build ini belum dicatat sebagai rilis di folder releases/. Nomor rilis memuat sidik isi data ({hash}) agar tidak tertukar dengan rilis resmi {next}.',
    en: 'Draft: the data of this build are not yet recorded as a release in the releases/ folder. The release number carries a fingerprint of the data ({hash}) so it cannot be mistaken for the official release {next}.',
  },
  'dl.status': { id: 'Status data', en: 'Data status' },
  'dl.status.official': { id: 'Data resmi', en: 'Official data' },
  'dl.licence': { id: 'Lisensi', en: 'Licence' },
  'dl.licence.text': {
    id: 'Data boleh disalin, diolah dan diterbitkan ulang, juga untuk keperluan komersial, dengan menyebut sumbernya ({licence}).',
    en: 'The data may be copied, transformed and republished, also commercially, as long as the source is credited ({licence}).',
  },
  'dl.licence.other': { id: 'Data diterbitkan dengan lisensi {licence}.', en: 'The data are published under the {licence} licence.' },

  // ── Downloads page ──────────────────────────────────────────────────────────────────────────
  'dl.title': { id: 'Unduh data', en: 'Download the data' },
  'dl.lead': {
    id: 'Semua angka situs ini dalam format terbuka: CSV, Excel (XLSX) dan JSON, dengan kamus data, sidik SHA-256 dan keterangan perubahan. Tingkat nasional, provinsi dan kabupaten/kota; tidak ada data di bawah kabupaten/kota.',
    en: 'Every figure of this site in open formats: CSV, Excel (XLSX) and JSON, with a data dictionary, SHA-256 checksums and a changelog. National, province and regency/city level; nothing below regency/city.',
  },
  'dl.about': { id: 'Tentang rilis ini', en: 'About this release' },
  'dl.files': { id: 'Berkas', en: 'Files' },
  'dl.files.lead': {
    id: 'Setiap tabel tersedia dalam tiga bentuk berisi angka yang sama. Alamat berkas tetap sama dari rilis ke rilis.',
    en: 'Each table comes in three forms holding the same figures. File addresses stay the same from release to release.',
  },
  'dl.files.caption': { id: 'Berkas unduhan rilis {release}', en: 'Download files of release {release}' },
  'dl.col.file': { id: 'Berkas', en: 'File' },
  'dl.col.format': { id: 'Format', en: 'Format' },
  'dl.col.size': { id: 'Ukuran', en: 'Size' },
  'dl.col.changed': { id: 'Isi terakhir berubah', en: 'Content last changed' },
  'dl.col.sha': { id: 'SHA-256', en: 'SHA-256' },
  'dl.col.region': { id: 'Wilayah', en: 'Region' },
  'dl.format.csv': { id: 'CSV (koma, titik desimal)', en: 'CSV (comma, decimal point)' },
  'dl.format.csv-excel-id': { id: 'CSV untuk Excel berbahasa Indonesia (titik koma, koma desimal)', en: 'CSV for Excel set to Indonesian (semicolon, decimal comma)' },
  'dl.format.xlsx': { id: 'Excel (XLSX): semua tabel, lembar README dan kamus', en: 'Excel (XLSX): all tables, README and dictionary sheets' },
  'dl.format.json': { id: 'JSON', en: 'JSON' },
  'dl.format.datapackage': { id: 'Frictionless Data Package: skema, satuan, sidik setiap berkas', en: 'Frictionless Data Package: schemas, units, checksum of every file' },
  'dl.format.changelog': { id: 'JSON: setiap perubahan angka antarrilis', en: 'JSON: every changed figure between releases' },
  'dl.format.sha256sums': { id: 'Daftar sidik SHA-256 (format sha256sum)', en: 'SHA-256 checksum list (sha256sum format)' },
  'dl.format.apiIndex': { id: 'JSON: daftar berkas per wilayah', en: 'JSON: list of the per-region files' },
  'dl.group.workbook': { id: 'Semua tabel dalam satu buku kerja', en: 'All tables in one workbook' },
  'dl.group.metadata': { id: 'Keterangan dan pemeriksaan', en: 'Metadata and checks' },
  'dl.rows': { id: '{n} baris', en: '{n} rows' },
  'dl.csv.heading': { id: 'Dua versi CSV', en: 'Two CSV versions' },
  'dl.csv.standard': {
    id: 'CSV biasa (mis. kawasan.csv): pemisah koma dan titik desimal, untuk Excel berbahasa Inggris, LibreOffice, R, Python dan sejenisnya.',
    en: 'Plain CSV (e.g. kawasan.csv): comma separator and decimal point, for Excel set to English, LibreOffice, R, Python and the like.',
  },
  'dl.csv.excelId': {
    id: 'CSV untuk Excel berbahasa Indonesia (mis. kawasan-excel-id.csv): pemisah titik koma dan koma desimal, sehingga langsung terbuka dalam kolom-kolom yang benar bila Windows/Excel diatur ke bahasa Indonesia.',
    en: 'CSV for Excel set to Indonesian (e.g. kawasan-excel-id.csv): semicolon separator and decimal comma, so it opens straight into the right columns when Windows/Excel is set to Indonesian.',
  },
  'dl.csv.common': {
    id: 'Keduanya UTF-8 dengan BOM (huruf beraksen terbaca benar), akhir baris CRLF, satu baris judul berisi nama kolom. Sel tanpa angka berisi tanda yang sama di semua format.',
    en: 'Both are UTF-8 with a BOM (accented letters read right), CRLF line ends, one header row of column names. Cells without a number hold the same marks in every format.',
  },
  'dl.csv.codes': {
    id: 'Kode wilayah seperti 11.10 bisa diubah Excel menjadi angka (11,1 atau 1110) saat membuka CSV. Gunakan berkas XLSX (kode tersimpan sebagai teks), atau impor CSV lewat Data → Dari Teks/CSV dan atur kolom kode sebagai Teks.',
    en: 'Excel may turn region codes such as 11.10 into numbers (11.1 or 1110) when it opens a CSV. Use the XLSX file (codes are stored as text), or import the CSV through Data → From Text/CSV and set the code column to Text.',
  },
  'dl.marks.heading': { id: 'Tanda pada sel tanpa angka', en: 'Marks in cells without a number' },
  'dl.verify.heading': { id: 'Memeriksa keaslian berkas', en: 'Checking the files' },
  'dl.verify.text': {
    id: 'Sidik SHA-256 setiap berkas tercantum di tabel di atas, di SHA256SUMS dan di datapackage.json. Unduh berkas beserta SHA256SUMS ke satu folder, lalu jalankan:',
    en: 'The SHA-256 checksum of every file is in the table above, in SHA256SUMS and in datapackage.json. Download the files and SHA256SUMS into one folder, then run:',
  },
  'dl.verify.windows': { id: 'Di Windows (PowerShell), bandingkan hasil ini dengan tabel:', en: 'On Windows (PowerShell), compare the result with the table:' },
  'dl.api.heading': { id: 'Berkas JSON per wilayah (API statis)', en: 'JSON files per region (static API)' },
  'dl.api.text': {
    id: 'Setiap wilayah punya berkas JSON kecil di alamat tetap berisi semua tahun tabel kawasan dan program, misalnya {example}. Daftar lengkapnya ada di {index}. Versi v1 hanya bertambah kolom, tidak pernah mengganti atau menghapus kolom.',
    en: 'Every region has a small JSON file at a stable address holding all years of the kawasan and program tables, e.g. {example}. The full list is in {index}. Version v1 only ever gains fields; it never renames or removes one.',
  },
  'dl.api.details': { id: 'Semua {n} berkas per wilayah, dengan ukuran dan sidik', en: 'All {n} per-region files, with size and checksum' },
  'dl.api.caption': { id: 'Berkas JSON per wilayah', en: 'JSON file per region' },
  'dl.charts.heading': { id: 'Berkas setiap tampilan peta', en: 'Files of each map view' },
  'dl.charts.text': {
    id: 'Setiap tampilan peta — tiap tahun, tiap ukuran (rawan, skor IKRN, cakupan), peta nasional dan peta tiap provinsi — dapat diunduh: angka yang digambar (CSV, dengan tanda [c], [x] dan [z] seperti di tabel, dan cakupan penilaiannya) dan gambarnya (SVG) dalam bahasa Indonesia dan Inggris. Gambar memuat judul, legenda dan satuan, sumber dengan nomor rilis, lisensi data dan batas wilayah, serta catatan data. Gambar PNG (dibuat dari SVG yang sama) tersedia untuk tampilan yang ditampilkan halaman lebih dulu: tahun {year}, ukuran {measure}, peta nasional dan setiap provinsi; tampilan lain tersedia sebagai SVG. Tautan “Unduh” ada di bawah setiap peta (peta nasional: sesuai tahun dan ukuran yang dipilih). Semua berkas ada di folder {folder}, dengan daftar {index} (judul, tahun, ukuran, wilayah, ukuran berkas dan sidik) dan sidik {sums}; keduanya juga tercatat di {datapackage} dan SHA256SUMS. Grafik belum punya berkas sendiri: angkanya ada di tabel data di bawah setiap grafik dan di tabel unduhan di atas.',
    en: 'Every map view — each year, each measure (vulnerable, IKRN score, coverage), the national map and each province’s map — can be downloaded: the figures drawn (CSV, with the marks [c], [x] and [z] as in the tables, and the assessment coverage) and the image (SVG) in Indonesian and English. The image carries the title, legend and units, the source with the release number, the licences of the data and of the boundaries, and the data note. PNG images (made from the same SVG) exist for the view the pages show first: {year}, measure {measure}, the national map and each province’s; the other views are offered as SVG. The “Download” links are below every map (national map: for the year and measure chosen). All files are in the {folder} folder, listed in {index} (title, year, measure, region, file size and checksum) with checksums in {sums}; both are also listed in {datapackage} and SHA256SUMS. Charts have no files of their own yet: their figures are in the data table below every chart and in the download tables above.',
  },
  'dl.format.figureIndex': { id: 'JSON: setiap berkas peta (CSV, SVG, PNG) dengan ukuran dan sidik', en: 'JSON: every map file (CSV, SVG, PNG) with size and checksum' },
  'dl.format.figureSums': { id: 'Daftar sidik SHA-256 berkas peta', en: 'SHA-256 checksums of the map files' },
  'dp.figures': { id: 'Berkas setiap tampilan peta: daftar', en: 'Files of every map view: list' },
  'dp.figures.description': {
    id: 'Daftar setiap berkas peta di folder grafik/ (CSV angka yang digambar, SVG dan PNG per bahasa): judul, tahun, ukuran, wilayah, rilis, jalur, ukuran berkas dan SHA-256.',
    en: 'List of every map file in the grafik/ folder (CSV of the figures drawn, SVG and PNG per language): title, year, measure, region, release, path, file size and SHA-256.',
  },
  // ── Figure files (the words inside every downloadable map image) ─────────────────────────────
  // A no-break space keeps "rilis" and its number on one line of the image.
  'fig.source': { id: 'Sumber: {publisher}. {title}, rilis\u00a0{release} ({date}).', en: 'Source: {publisher}. {title}, release\u00a0{release} ({date}).' },
  'fig.licence': { id: 'Lisensi data: {licence}.', en: 'Data licence: {licence}.' },
  'fig.boundaries': { id: 'Batas wilayah: {source}, disederhanakan. {licence}', en: 'Boundaries: {source}, simplified. {licence}' },
  'fig.download': { id: 'Unduh peta ini:', en: 'Download this map:' },
  'fig.download.csv': { id: 'angka (CSV)', en: 'figures (CSV)' },
  'fig.download.svg': { id: 'gambar SVG', en: 'SVG image' },
  'fig.download.png': { id: 'gambar PNG', en: 'PNG image' },
  'dl.cite.heading': { id: 'Cara mengutip', en: 'How to cite' },
  'dl.cite.lead': {
    id: 'Sebutkan nomor rilis agar pembaca dapat menemukan angka yang sama persis: angka tahun lalu dapat direvisi pada rilis berikutnya (lihat {changelog}).',
    en: 'Give the release number so readers can find exactly the same figures: past years can be revised in a later release (see {changelog}).',
  },
  'dl.cite.apa': { id: 'Gaya APA', en: 'APA style' },
  'dl.cite.plain': { id: 'Untuk berita atau catatan kaki', en: 'For a news story or a footnote' },
  'dl.more': { id: 'Lihat juga', en: 'See also' },
  'dl.methodology': { id: 'Metodologi', en: 'Methodology' },
  'dl.noGeometry': {
    id: 'Geometri peta tidak termasuk unduhan: batas wilayah pada peta hanya ilustrasi.',
    en: 'The map geometry is not part of the downloads: the boundaries on the map are only an illustration.',
  },

  // ── Changelog page ──────────────────────────────────────────────────────────────────────────
  'cl.title': { id: 'Perubahan data', en: 'Data changelog' },
  'cl.lead': {
    id: 'Setiap rilis mencatat tahun yang ditambahkan dan SETIAP angka tahun sebelumnya yang berubah, termasuk sel yang baru disamarkan atau dibuka kembali. Tidak ada revisi yang diam-diam. Versi mesin: {json}.',
    en: 'Every release lists the years it added and EVERY figure of an earlier year that changed, including cells newly suppressed or shown again. No revision is silent. Machine-readable: {json}.',
  },
  'cl.releaseHeading': { id: 'Rilis {release}', en: 'Release {release}' },
  'cl.current': { id: 'rilis situs ini', en: 'this site’s release' },
  'cl.yearsAdded': { id: 'Tahun baru', en: 'Years added' },
  'cl.yearsRemoved': { id: 'Tahun dihapus', en: 'Years removed' },
  'cl.changed': { id: 'Angka tahun sebelumnya yang berubah', en: 'Figures of earlier years that changed' },
  'cl.changedCount': { id: '{n} sel', en: '{n} cells' },
  'cl.comparedWith': { id: 'Dibandingkan dengan', en: 'Compared with' },
  'cl.first': { id: 'Rilis pertama: semua tahun baru.', en: 'First release: every year is new.' },
  'cl.noChanges': { id: 'Tidak ada angka tahun sebelumnya yang berubah.', en: 'No figure of an earlier year changed.' },
  'cl.note': { id: 'Catatan', en: 'Note' },
  'cl.changes.caption': { id: 'Angka yang berubah pada rilis {release}', en: 'Figures changed in release {release}' },
  'cl.changes.details': { id: 'Tampilkan semua {n} perubahan', en: 'Show all {n} changes' },
  'cl.col.table': { id: 'Tabel', en: 'Table' },
  'cl.col.year': { id: 'Tahun', en: 'Year' },
  'cl.col.region': { id: 'Wilayah', en: 'Region' },
  'cl.col.jenis': { id: 'Jenis kegiatan', en: 'Activity kind' },
  'cl.col.field': { id: 'Kolom', en: 'Field' },
  'cl.col.old': { id: 'Lama', en: 'Old' },
  'cl.col.new': { id: 'Baru', en: 'New' },
  'cl.col.kind': { id: 'Perubahan', en: 'Change' },
  'cl.rowsAdded': { id: 'Baris baru pada tahun yang sudah terbit: {n}', en: 'Rows added to years already published: {n}' },
  'cl.rowsRemoved': { id: 'Baris yang hilang dari tahun yang sudah terbit: {n}', en: 'Rows removed from years already published: {n}' },
  'cl.kind.revised': { id: 'direvisi', en: 'revised' },
  'cl.kind.suppressed': { id: 'baru disamarkan', en: 'newly suppressed' },
  'cl.kind.unsuppressed': { id: 'dibuka kembali', en: 'shown again' },
  'cl.kind.reported': { id: 'kini tersedia', en: 'now available' },
  'cl.kind.withdrawn': { id: 'kini tidak tersedia', en: 'now unavailable' },
  'cl.kind.remarked': { id: 'tanda berganti', en: 'mark changed' },
  'cl.kind.text': { id: 'teks berubah', en: 'text changed' },
  'cl.kinds.explained': {
    id: 'Sel dapat baru disamarkan ([c]) karena angkanya kini di bawah ambang, atau untuk melindungi sel lain — juga terhadap rilis terdahulu, agar selisih angka lama dan baru tidak membuka angka yang disamarkan. Angka yang sudah terbit tetap terbit selama tidak berubah; sel [c] tetap [c] selama angkanya tidak berubah, dan baru dibuka bila angkanya direvisi dan tidak perlu dilindungi lagi. Halaman ini hanya menunjukkan angka yang memang terbit di salah satu rilis.',
    en: 'A cell can be newly suppressed ([c]) because its figure is now below the threshold, or to protect another cell — also against earlier releases, so that old minus new cannot reveal a suppressed figure. A published figure stays published while it is unchanged; a [c] cell stays [c] while its figure is unchanged, and is shown again only when its figure is revised and no longer needs protection. This page shows only figures that one of the releases published.',
  },

  // ── Data dictionary page ───────────────────────────────────────────────────────────────────
  'dd.title': { id: 'Kamus data', en: 'Data dictionary' },
  'dd.lead': {
    id: 'Arti setiap kolom dari setiap tabel unduhan, dibuat dari skema yang sama dengan berkasnya. Versi mesin (Frictionless Table Schema): {datapackage}.',
    en: 'The meaning of every column of every downloadable table, generated from the same schemas as the files. Machine-readable (Frictionless Table Schema): {datapackage}.',
  },
  'dd.contents': { id: 'Isi halaman', en: 'On this page' },
  'dd.marks': { id: 'Tanda pada sel tanpa angka', en: 'Marks in cells without a number' },
  'dd.formulas': { id: 'Teks dan rumus spreadsheet', en: 'Text and spreadsheet formulas' },
  'dd.table.rows': { id: 'Satu baris per {key}.', en: 'One row per {key}.' },
  'dd.table.files': { id: 'Berkas: {files}', en: 'Files: {files}' },
  'dd.table.caption': { id: 'Kolom tabel {table}', en: 'Columns of the {table} table' },
  'dd.col.field': { id: 'Kolom', en: 'Field' },
  'dd.col.title': { id: 'Judul', en: 'Title' },
  'dd.col.type': { id: 'Tipe', en: 'Type' },
  'dd.col.unit': { id: 'Satuan', en: 'Unit' },
  'dd.col.description': { id: 'Keterangan', en: 'Description' },
  'dd.type.string': { id: 'teks', en: 'text' },
  'dd.type.integer': { id: 'bilangan bulat', en: 'integer' },
  'dd.type.number': { id: 'bilangan', en: 'number' },
  'dd.type.year': { id: 'tahun', en: 'year' },
  'dd.type.orMark': { id: 'atau tanda', en: 'or a mark' },
  'dd.key.wilayah': { id: 'wilayah (kode)', en: 'region (kode)' },
  'dd.key.kawasan': { id: 'wilayah dan tahun (tahun, kode)', en: 'region and year (tahun, kode)' },
  'dd.key.program': { id: 'wilayah, tahun dan jenis kegiatan (tahun, kode, jenis)', en: 'region, year and activity kind (tahun, kode, jenis)' },
  'dd.values': { id: 'Nilai: {values}', en: 'Values: {values}' },

  // ── What the files say about themselves ────────────────────────────────────────────────────
  'dl.synthetic': {
    id: 'DATA SINTETIS: angka-angka ini dibuat oleh generator contoh dan BUKAN data resmi BNN. Jangan dikutip sebagai fakta.',
    en: 'SYNTHETIC DATA: these figures were made by a sample generator and are NOT official BNN data. Do not quote them as facts.',
  },
  'dl.formulas': {
    id: "Teks yang diawali =, +, -, @, tab atau CR diberi awalan tanda kutip tunggal ' agar tidak pernah dijalankan sebagai rumus oleh Excel; angka (termasuk angka negatif) tetap angka.",
    en: "Text beginning with =, +, -, @, a tab or a carriage return is prefixed with a single quote ' so that Excel can never run it as a formula; numbers (negative ones too) stay numbers.",
  },
  'cite.apa': {
    id: '{publisher}. ({year}). {title} (Versi {release}) [Set data].{url}',
    en: '{publisher}. ({year}). {title} (Version {release}) [Data set].{url}',
  },
  'cite.plain': {
    id: 'Sumber: {publisher}, “{title}”, rilis {release} ({date}), lisensi {licence}.{url}',
    en: 'Source: {publisher}, “{title}”, release {release} ({date}), licence {licence}.{url}',
  },
  'source.ikrn': {
    id: 'Badan Narkotika Nasional (BNN): pemetaan Indeks Kawasan Rawan Narkoba (IKRN)',
    en: 'National Narcotics Board (BNN): drug-vulnerable-area mapping (Indeks Kawasan Rawan Narkoba, IKRN)',
  },
  'source.ikrnSynthetic': {
    id: 'Data contoh SINTETIS yang meniru struktur pemetaan Indeks Kawasan Rawan Narkoba (IKRN) BNN; bukan data resmi',
    en: 'SYNTHETIC sample data imitating the structure of BNN’s drug-vulnerable-area mapping (IKRN); not official data',
  },
  'source.regions': {
    id: 'Kode dan nama wilayah: {source} — Keputusan Menteri Dalam Negeri tentang kode dan data wilayah administrasi pemerintahan',
    en: 'Region codes and names: {source} — Minister of Home Affairs decree on administrative region codes',
  },
  'dp.description': {
    id: 'Data agregat pemetaan kawasan rawan narkoba (IKRN) dan program pemberdayaan alternatif per kabupaten/kota, provinsi dan nasional per tahun. Tidak ada data di bawah kabupaten/kota; jumlah kecil disamarkan ([c]).',
    en: 'Aggregate data of the drug-vulnerable-area mapping (IKRN) and alternative-empowerment programmes per regency/city, province and nation per year. Nothing below regency/city; small counts are suppressed ([c]).',
  },
  'dp.workbook': { id: 'Buku kerja Excel: README, wilayah, kawasan, program, kamus', en: 'Excel workbook: README, wilayah, kawasan, program, kamus' },
  'dp.workbook.description': {
    id: 'Semua tabel dalam satu berkas XLSX, satu lembar per tabel, didahului lembar README.',
    en: 'All tables in one XLSX file, one sheet per table, after a README sheet.',
  },
  'dp.resource.json': { id: '{table} (JSON)', en: '{table} (JSON)' },
  'dp.resource.csv': { id: '{table} (CSV)', en: '{table} (CSV)' },
  'dp.resource.csv-excel-id': {
    id: '{table} (CSV untuk Excel berbahasa Indonesia: titik koma, koma desimal)',
    en: '{table} (CSV for Excel set to Indonesian: semicolon, decimal comma)',
  },
  'api.index': {
    id: 'Satu berkas JSON per wilayah (nasional, provinsi, kab/kota) berisi semua tahun tabel kawasan dan program. Jalur stabil: /data/v1/<tingkat>/<kode>.json; `path` di bawah ini relatif terhadap berkas indeks ini, sehingga tetap benar bila situs dipasang di sub-jalur.',
    en: 'One JSON file per unit (nation, province, regency/city) holding all years of the kawasan and program tables. Stable paths: /data/v1/<tingkat>/<kode>.json; each `path` below is relative to this index file, so it stays right when the site is served from a sub-path.',
  },

  // ── XLSX README sheet (labels are written "Indonesian / English") ───────────────────────────
  'xlsx.about': { id: 'Keterangan', en: 'About' },
  'xlsx.title': { id: 'Judul', en: 'Title' },
  'xlsx.source': { id: 'Sumber', en: 'Source' },
  'xlsx.citeApa': { id: 'Kutipan (APA)', en: 'Citation (APA)' },
  'xlsx.cite': { id: 'Kutipan', en: 'Citation' },
  'xlsx.levels': { id: 'Tingkat wilayah', en: 'Levels' },
  'xlsx.levels.text': { id: 'tidak pernah di bawah kabupaten/kota', en: 'never below regency/city' },
  'xlsx.protection': { id: 'Perlindungan', en: 'Protection' },
  'xlsx.protection.text': {
    id: 'Jumlah orang kurang dari {k} disamarkan, beserta sel lain yang dapat dipakai menghitungnya.',
    en: 'Counts of persons below {k} are suppressed, with the other cells from which they could be worked out.',
  },
  'xlsx.formulas': { id: 'Rumus', en: 'Formulas' },
  'xlsx.sheet': { id: 'Lembar', en: 'Sheet' },
  'xlsx.sheet.table': { id: '{title}: {description} ({n} baris)', en: '{title}: {description} ({n} rows)' },
  'xlsx.sheet.dictionary': {
    id: 'Kamus data: judul, satuan dan keterangan setiap kolom.',
    en: 'Data dictionary: title, unit and description of every column.',
  },
} as const satisfies Record<string, Bilingual>;
