/**
 * Catalogue section: every word the charts show or announce (src/site/charts/): titles, key and
 * axis labels, units, source lines, table captions, and the templates of the computed takeaway
 * sentences. Numbers arrive already formatted; the templates only place them. A title is
 * followed by ", <region, years>" (share: ": …") when there is one.
 */
import type { Bilingual } from './lang.ts';

export const chartMessages = {
  // ── Shared ──────────────────────────────────────────────────────────────────────────────────
  'chart.year': { id: 'Tahun', en: 'Year' },
  'chart.thisRegion': { id: 'wilayah ini', en: 'this region' },
  'chart.caption': { id: '{title}.', en: '{title}.' },
  'chart.captionMarks': { id: '{title}. Tanda: {marks}.', en: '{title}. Marks: {marks}.' },
  'chart.source.ikrn': { id: 'Sumber: BNN, pemetaan IKRN', en: 'Source: BNN, IKRN mapping' },
  'chart.source.program': { id: 'Sumber: BNN, program pemberdayaan alternatif', en: 'Source: BNN, alternative-empowerment programme' },
  'chart.source.synthetic': { id: '{source} (data contoh sintetis)', en: '{source} (synthetic sample data)' },
  'chart.message.noData': { id: 'Tidak ada data untuk digambar. Lihat tabel.', en: 'No data to draw. See the table.' },
  'chart.message.suppressed': {
    id: 'Semua angka disamarkan [c] untuk melindungi jumlah kecil. Lihat tabel.',
    en: 'All figures are suppressed [c] to protect small counts. See the table.',
  },
  'chart.message.mixed': {
    id: 'Tidak ada angka untuk digambar: disamarkan [c] atau tidak ada data [x]. Lihat tabel.',
    en: 'No figures to draw: suppressed [c] or no data [x]. See the table.',
  },
  'chart.note.missing': { id: 'Tidak ada data untuk {years}.', en: 'No data for {years}.' },
  'chart.note.suppressed': {
    id: 'Angka {years} disamarkan untuk melindungi jumlah kecil.',
    en: 'Figures for {years} are suppressed to protect small counts.',
  },
  'chart.change.same': { id: '{subject} sama pada {y0} dan {y1}: {to}.', en: '{subject} was the same in {y0} and {y1}: {to}.' },
  'chart.change.up': { id: '{subject} naik dari {from} ({y0}) menjadi {to} ({y1}).', en: '{subject} rose from {from} ({y0}) to {to} ({y1}).' },
  'chart.change.down': { id: '{subject} turun dari {from} ({y0}) menjadi {to} ({y1}).', en: '{subject} fell from {from} ({y0}) to {to} ({y1}).' },
  'chart.single': { id: '{subject}: {value} ({year}).', en: '{subject}: {value} ({year}).' },

  // ── categories-trend ────────────────────────────────────────────────────────────────────────
  'chart.categories.title': { id: 'Kategori desa/kelurahan yang dinilai', en: 'Assessed villages by category' },
  'chart.categories.units': { id: 'desa/kelurahan', en: 'villages (desa/kelurahan)' },
  'chart.categories.key.bahaya': { id: 'Bahaya', en: 'Bahaya (danger)' },
  'chart.categories.key.waspada': { id: 'Waspada', en: 'Waspada (alert)' },
  'chart.categories.key.siaga': { id: 'Siaga', en: 'Siaga (standby)' },
  'chart.categories.key.aman': { id: 'Aman', en: 'Aman (safe)' },
  'chart.categories.column.rawan': { id: 'Rawan', en: 'Vulnerable' },
  'chart.categories.column.dinilai': { id: 'Dinilai', en: 'Assessed' },
  'chart.categories.subject': { id: 'Desa rawan (Bahaya + Waspada) di {name}', en: 'Vulnerable villages (Bahaya + Waspada) in {name}' },
  'chart.categories.assessed': { id: 'Desa yang dinilai: {a} ({y0}) dan {b} ({y1}).', en: 'Villages assessed: {a} ({y0}) and {b} ({y1}).' },
  'chart.categories.none': { id: 'Tidak ada data kategori desa untuk {name}.', en: 'No village category data for {name}.' },

  // ── rawan-share ─────────────────────────────────────────────────────────────────────────────
  'chart.share.title': { id: 'Persentase desa rawan', en: 'Share of vulnerable villages' },
  'chart.share.units': { id: 'persen dari desa/kelurahan yang dinilai', en: 'percent of villages assessed' },
  'chart.share.subject': { id: 'Persentase desa rawan di {name}', en: 'The share of vulnerable villages in {name}' },
  'chart.share.compare': { id: 'Pada {year}: {list}.', en: 'In {year}: {list}.' },
  'chart.share.none': { id: 'Tidak ada data persentase desa rawan untuk {name}.', en: 'No data on the share of vulnerable villages for {name}.' },

  // ── program-trend ───────────────────────────────────────────────────────────────────────────
  'chart.programTrend.title': {
    id: 'Peserta, lulusan dan wirausaha baru pemberdayaan alternatif',
    en: 'Alternative-empowerment participants, graduates and new entrepreneurs',
  },
  'chart.programTrend.units': { id: 'orang', en: 'persons' },
  'chart.programTrend.measure.peserta': { id: 'Peserta', en: 'Participants' },
  'chart.programTrend.measure.lulus': { id: 'Lulus', en: 'Graduates' },
  'chart.programTrend.measure.berwirausaha': { id: 'Berwirausaha', en: 'Entrepreneurs' },
  'chart.programTrend.subject': { id: 'Peserta pemberdayaan alternatif di {name}', en: 'Alternative-empowerment participants in {name}' },
  'chart.programTrend.latest': {
    id: 'Pada {year}, {lulus} orang lulus dan {berwirausaha} orang berwirausaha.',
    en: 'In {year}, {lulus} graduated and {berwirausaha} started a business.',
  },
  'chart.programTrend.none': {
    id: 'Tidak ada data peserta pemberdayaan alternatif untuk {name}.',
    en: 'No data on alternative-empowerment participants for {name}.',
  },
  'chart.programTrend.allSuppressed': {
    id: 'Semua angka peserta di {name} disamarkan untuk melindungi jumlah kecil.',
    en: 'All participant figures for {name} are suppressed to protect small counts.',
  },

  // ── program-kinds ───────────────────────────────────────────────────────────────────────────
  'chart.programKinds.title': { id: 'Kegiatan dan peserta per jenis kegiatan', en: 'Activities and participants by kind of activity' },
  'chart.programKinds.units': { id: 'kegiatan; orang', en: 'activities; persons' },
  'chart.programKinds.kind.pelatihan_keterampilan': { id: 'Pelatihan keterampilan', en: 'Life-skill training' },
  'chart.programKinds.kind.kewirausahaan': { id: 'Kewirausahaan', en: 'Entrepreneurship' },
  'chart.programKinds.kind.bimtek_pendamping': { id: 'Bimtek pendamping', en: 'Mentor training' },
  'chart.programKinds.kind.sosialisasi_p4gn': { id: 'Sosialisasi P4GN', en: 'P4GN socialisation' },
  'chart.programKinds.kind.kampung_bersinar': { id: 'Kampung Bersinar', en: 'Kampung Bersinar' },
  'chart.programKinds.column.kind': { id: 'Jenis kegiatan', en: 'Kind of activity' },
  'chart.programKinds.column.kegiatan': { id: 'Kegiatan', en: 'Activities' },
  'chart.programKinds.column.peserta': { id: 'Peserta', en: 'Participants' },
  'chart.programKinds.topActivities': {
    id: 'Pada {year}, kegiatan terbanyak di {name} adalah {kinds} ({n} dari {total} kegiatan).',
    en: 'In {year}, the most common kind of activity in {name} was {kinds} ({n} of {total} activities).',
  },
  'chart.programKinds.topActivitiesTie': {
    id: 'Pada {year}, kegiatan terbanyak di {name} adalah {kinds} (masing-masing {n} dari {total} kegiatan).',
    en: 'In {year}, the most common kind of activity in {name} was {kinds} ({n} each of {total} activities).',
  },
  'chart.programKinds.onlyKind': {
    id: 'Pada {year}, satu-satunya jenis kegiatan di {name} adalah {kind} ({n} kegiatan).',
    en: 'In {year}, the only kind of activity in {name} was {kind} ({n} activities).',
  },
  'chart.programKinds.onlyKindOne': {
    id: 'Pada {year}, satu-satunya jenis kegiatan di {name} adalah {kind} ({n} kegiatan).',
    en: 'In {year}, the only kind of activity in {name} was {kind} ({n} activity).',
  },
  'chart.programKinds.topParticipants': { id: 'Peserta terbanyak: {kinds} ({n} orang).', en: 'Most participants: {kinds} ({n}).' },
  'chart.programKinds.topParticipantsTie': { id: 'Peserta terbanyak: {kinds} (masing-masing {n} orang).', en: 'Most participants: {kinds} ({n} each).' },
  'chart.programKinds.someSuppressed': {
    id: 'Sebagian angka peserta disamarkan untuk melindungi jumlah kecil.',
    en: 'Some participant figures are suppressed to protect small counts.',
  },
  'chart.programKinds.allSuppressed': {
    id: 'Semua angka peserta disamarkan untuk melindungi jumlah kecil.',
    en: 'All participant figures are suppressed to protect small counts.',
  },
  'chart.programKinds.noActivities': {
    id: 'Tidak ada kegiatan pemberdayaan alternatif di {name} pada {year}.',
    en: 'No alternative-empowerment activities in {name} in {year}.',
  },
  'chart.programKinds.none': {
    id: 'Tidak ada data kegiatan pemberdayaan alternatif untuk {name}.',
    en: 'No data on alternative-empowerment activities for {name}.',
  },
  // ── program-follow-up ───────────────────────────────────────────────────────────────────────
  'chart.followUp.title': { id: 'Desa rawan yang keluar dari rawan tahun berikutnya', en: 'Vulnerable villages out of the vulnerable classes the next year' },
  'chart.followUp.series.ada_program': { id: 'Ada program tahun sebelumnya', en: 'With a programme the year before' },
  'chart.followUp.series.tanpa_program': { id: 'Tanpa program', en: 'Without a programme' },
  'chart.followUp.column.years': { id: 'Tahun', en: 'Years' },
  'chart.followUp.column.base.ada_program': { id: 'Rawan, ada program (desa)', en: 'Vulnerable, with programme (villages)' },
  'chart.followUp.column.share.ada_program': { id: 'Keluar, ada program', en: 'Left, with programme' },
  'chart.followUp.column.base.tanpa_program': { id: 'Rawan, tanpa program (desa)', en: 'Vulnerable, without (villages)' },
  'chart.followUp.column.share.tanpa_program': { id: 'Keluar, tanpa program', en: 'Left, without' },
  'chart.followUp.units': { id: 'persen desa rawan yang dinilai pada kedua tahun', en: 'percent of vulnerable villages assessed in both years' },
  'chart.followUp.latest': {
    id: 'Dari {from} ke {to}, {with} desa rawan yang mendapat program keluar dari rawan (dari {nWith} desa), dibanding {without} desa rawan tanpa program (dari {nWithout} desa).',
    en: 'From {from} to {to}, {with} of vulnerable villages with a programme left the vulnerable classes (of {nWith} villages), against {without} of those without (of {nWithout}).',
  },
  'chart.followUp.none': { id: 'Belum ada desa rawan yang dinilai pada dua tahun berturut-turut di {name}.', en: 'No vulnerable village of {name} was assessed in two consecutive years yet.' },
  'chart.followUp.suppressed': {
    id: 'Pembagian dengan dan tanpa program di {name} disamarkan [c]: kelompok desa program di sini atau di wilayah terkait kecil, dan angkanya akan menyebut kategori desa-desa itu.',
    en: 'The split with and without a programme is suppressed [c] for {name}: a group of programme villages here or in a related area is small, and the figures would name those villages’ category.',
  },
  'chart.followUp.notCausal': {
    id: 'Ini gambaran, bukan bukti bahwa program penyebabnya: desa yang dinilai berubah dari tahun ke tahun, dan program ditempatkan di tempat kebutuhan paling tinggi.',
    en: 'This describes, it does not prove that programmes are the cause: the villages assessed change from year to year, and programmes are placed where the need is highest.',
  },
} as const satisfies Record<string, Bilingual>;
