/**
 * Every word the charts show or announce, in Bahasa Indonesia (`id`) and English (`en`): titles,
 * key and axis labels, units, source lines, table headers and captions, and the templates of the
 * computed takeaway sentences. One table, keyed; `ChartText` makes both languages complete.
 *
 * Numbers arrive here already formatted (format.ts); the templates only place them.
 */
import type { JenisProgram } from '../../pipeline/contract/program.ts';
import type { Marker } from '../../pipeline/publish/markers.ts';
import type { Lang } from './format.ts';

export type Category = 'bahaya' | 'waspada' | 'siaga' | 'aman';
export type ProgramMeasure = 'peserta' | 'lulus' | 'berwirausaha';
export type Direction = 'up' | 'down' | 'same';

/** A change between two years: the values already formatted. */
export interface Change {
  dir: Direction;
  from: string;
  to: string;
  y0: number;
  y1: number;
}

export interface ChartText {
  and: string;
  year: string;
  /** Stands in for a region name when the records are empty. */
  thisRegion: string;
  /** The mark and what it means, e.g. "[c] disamarkan untuk melindungi jumlah kecil". */
  marks: Record<Marker, string>;
  /** Caption of a table: its title, then the meaning of the marks in it (if any). */
  caption: (title: string, marks: string[]) => string;
  source: { ikrn: string; program: string; synthetic: string };
  /** Shown inside an SVG that has nothing to draw. */
  message: { noData: string; suppressed: string; mixed: string };
  /** Sentences added to a takeaway when some years have no number. */
  note: { missing: (years: string) => string; suppressed: (years: string) => string };
  /** "X rose from A (2019) to B (2025)." and its variants, for a subject. */
  change: (subject: string, c: Change) => string;
  single: (subject: string, value: string, year: number) => string;

  categories: {
    /** `where`: "name, 2019–2025" (parts may be missing). */
    title: (where: string) => string;
    units: string;
    /** Short names in the chart's key. */
    key: Record<Category, string>;
    /** Table headers (may be longer than the key). */
    column: Record<Category | 'rawan' | 'dinilai', string>;
    subject: (name: string) => string;
    assessed: (a: string, y0: number, b: string, y1: number) => string;
    none: (name: string) => string;
  };
  share: {
    title: (where: string) => string;
    units: string;
    subject: (name: string) => string;
    compare: (year: number, list: string) => string;
    none: (name: string) => string;
  };
  programTrend: {
    title: (where: string) => string;
    units: string;
    measure: Record<ProgramMeasure, string>;
    subject: (name: string) => string;
    latest: (year: number, lulus: string, berwirausaha: string) => string;
    none: (name: string) => string;
    allSuppressed: (name: string) => string;
  };
  programKinds: {
    title: (where: string) => string;
    units: string;
    kind: Record<JenisProgram, string>;
    column: { kind: string; kegiatan: string; peserta: string };
    topActivities: (year: number, name: string, kinds: string, n: string, total: string, tie: boolean) => string;
    /** All activities were of one kind. */
    onlyKind: (year: number, name: string, kind: string, n: string, one: boolean) => string;
    topParticipants: (kinds: string, n: string, tie: boolean) => string;
    someSuppressed: string;
    allSuppressed: string;
    noActivities: (year: number, name: string) => string;
    none: (name: string) => string;
  };
}

/** ", where" (or ": where"), nothing when `where` is empty. */
const sep = (where: string, by = ', ') => (where ? `${by}${where}` : '');

export const TEXT: Record<Lang, ChartText> = {
  id: {
    and: 'dan',
    year: 'Tahun',
    thisRegion: 'wilayah ini',
    marks: {
      '[c]': '[c] disamarkan untuk melindungi jumlah kecil',
      '[x]': '[x] tidak ada data',
      '[z]': '[z] tidak berlaku',
    },
    caption: (title, marks) => (marks.length ? `${title}. Tanda: ${marks.join('; ')}.` : `${title}.`),
    source: {
      ikrn: 'Sumber: BNN, pemetaan IKRN',
      program: 'Sumber: BNN, program pemberdayaan alternatif',
      synthetic: ' (data contoh sintetis)',
    },
    message: {
      noData: 'Tidak ada data untuk digambar. Lihat tabel.',
      suppressed: 'Semua angka disamarkan [c] untuk melindungi jumlah kecil. Lihat tabel.',
      mixed: 'Tidak ada angka untuk digambar: disamarkan [c] atau tidak ada data [x]. Lihat tabel.',
    },
    note: {
      missing: (years) => `Tidak ada data untuk ${years}.`,
      suppressed: (years) => `Angka ${years} disamarkan untuk melindungi jumlah kecil.`,
    },
    change: (subject, c) =>
      c.dir === 'same'
        ? `${subject} sama pada ${c.y0} dan ${c.y1}: ${c.to}.`
        : `${subject} ${c.dir === 'up' ? 'naik' : 'turun'} dari ${c.from} (${c.y0}) menjadi ${c.to} (${c.y1}).`,
    single: (subject, value, year) => `${subject}: ${value} (${year}).`,
    categories: {
      title: (where) => `Kategori desa/kelurahan yang dinilai${sep(where)}`,
      units: 'desa/kelurahan',
      key: { bahaya: 'Bahaya', waspada: 'Waspada', siaga: 'Siaga', aman: 'Aman' },
      column: { bahaya: 'Bahaya', waspada: 'Waspada', siaga: 'Siaga', aman: 'Aman', rawan: 'Rawan', dinilai: 'Dinilai' },
      subject: (name) => `Desa rawan (Bahaya + Waspada) di ${name}`,
      assessed: (a, y0, b, y1) => `Desa yang dinilai: ${a} (${y0}) dan ${b} (${y1}).`,
      none: (name) => `Tidak ada data kategori desa untuk ${name}.`,
    },
    share: {
      title: (where) => `Persentase desa rawan${sep(where, ': ')}`,
      units: 'persen dari desa/kelurahan yang dinilai',
      subject: (name) => `Persentase desa rawan di ${name}`,
      compare: (year, list) => `Pada ${year}: ${list}.`,
      none: (name) => `Tidak ada data persentase desa rawan untuk ${name}.`,
    },
    programTrend: {
      title: (where) => `Peserta, lulusan dan wirausaha baru pemberdayaan alternatif${sep(where)}`,
      units: 'orang',
      measure: { peserta: 'Peserta', lulus: 'Lulus', berwirausaha: 'Berwirausaha' },
      subject: (name) => `Peserta pemberdayaan alternatif di ${name}`,
      latest: (year, lulus, wira) => `Pada ${year}, ${lulus} orang lulus dan ${wira} orang berwirausaha.`,
      none: (name) => `Tidak ada data peserta pemberdayaan alternatif untuk ${name}.`,
      allSuppressed: (name) => `Semua angka peserta di ${name} disamarkan untuk melindungi jumlah kecil.`,
    },
    programKinds: {
      title: (where) => `Kegiatan dan peserta per jenis kegiatan${sep(where)}`,
      units: 'kegiatan; orang',
      kind: {
        pelatihan_keterampilan: 'Pelatihan keterampilan',
        kewirausahaan: 'Kewirausahaan',
        bimtek_pendamping: 'Bimtek pendamping',
        sosialisasi_p4gn: 'Sosialisasi P4GN',
        kampung_bersinar: 'Kampung Bersinar',
      },
      column: { kind: 'Jenis kegiatan', kegiatan: 'Kegiatan', peserta: 'Peserta' },
      topActivities: (year, name, kinds, n, total, tie) =>
        `Pada ${year}, kegiatan terbanyak di ${name} adalah ${kinds} (${tie ? 'masing-masing ' : ''}${n} dari ${total} kegiatan).`,
      onlyKind: (year, name, kind, n) => `Pada ${year}, satu-satunya jenis kegiatan di ${name} adalah ${kind} (${n} kegiatan).`,
      topParticipants: (kinds, n, tie) => `Peserta terbanyak: ${kinds} (${tie ? 'masing-masing ' : ''}${n} orang).`,
      someSuppressed: 'Sebagian angka peserta disamarkan untuk melindungi jumlah kecil.',
      allSuppressed: 'Semua angka peserta disamarkan untuk melindungi jumlah kecil.',
      noActivities: (year, name) => `Tidak ada kegiatan pemberdayaan alternatif di ${name} pada ${year}.`,
      none: (name) => `Tidak ada data kegiatan pemberdayaan alternatif untuk ${name}.`,
    },
  },
  en: {
    and: 'and',
    year: 'Year',
    thisRegion: 'this region',
    marks: {
      '[c]': '[c] suppressed to protect small counts',
      '[x]': '[x] no data',
      '[z]': '[z] not applicable',
    },
    caption: (title, marks) => (marks.length ? `${title}. Marks: ${marks.join('; ')}.` : `${title}.`),
    source: {
      ikrn: 'Source: BNN, IKRN mapping',
      program: 'Source: BNN, alternative-empowerment programme',
      synthetic: ' (synthetic sample data)',
    },
    message: {
      noData: 'No data to draw. See the table.',
      suppressed: 'All figures are suppressed [c] to protect small counts. See the table.',
      mixed: 'No figures to draw: suppressed [c] or no data [x]. See the table.',
    },
    note: {
      missing: (years) => `No data for ${years}.`,
      suppressed: (years) => `Figures for ${years} are suppressed to protect small counts.`,
    },
    change: (subject, c) =>
      c.dir === 'same'
        ? `${subject} was the same in ${c.y0} and ${c.y1}: ${c.to}.`
        : `${subject} ${c.dir === 'up' ? 'rose' : 'fell'} from ${c.from} (${c.y0}) to ${c.to} (${c.y1}).`,
    single: (subject, value, year) => `${subject}: ${value} (${year}).`,
    categories: {
      title: (where) => `Assessed villages by category${sep(where)}`,
      units: 'villages (desa/kelurahan)',
      key: { bahaya: 'Bahaya (danger)', waspada: 'Waspada (alert)', siaga: 'Siaga (standby)', aman: 'Aman (safe)' },
      column: {
        bahaya: 'Bahaya (danger)',
        waspada: 'Waspada (alert)',
        siaga: 'Siaga (standby)',
        aman: 'Aman (safe)',
        rawan: 'Vulnerable',
        dinilai: 'Assessed',
      },
      subject: (name) => `Vulnerable villages (Bahaya + Waspada) in ${name}`,
      assessed: (a, y0, b, y1) => `Villages assessed: ${a} (${y0}) and ${b} (${y1}).`,
      none: (name) => `No village category data for ${name}.`,
    },
    share: {
      title: (where) => `Share of vulnerable villages${sep(where, ': ')}`,
      units: 'percent of villages assessed',
      subject: (name) => `The share of vulnerable villages in ${name}`,
      compare: (year, list) => `In ${year}: ${list}.`,
      none: (name) => `No data on the share of vulnerable villages for ${name}.`,
    },
    programTrend: {
      title: (where) => `Alternative-empowerment participants, graduates and new entrepreneurs${sep(where)}`,
      units: 'persons',
      measure: { peserta: 'Participants', lulus: 'Graduates', berwirausaha: 'Entrepreneurs' },
      subject: (name) => `Alternative-empowerment participants in ${name}`,
      latest: (year, lulus, wira) => `In ${year}, ${lulus} graduated and ${wira} started a business.`,
      none: (name) => `No data on alternative-empowerment participants for ${name}.`,
      allSuppressed: (name) => `All participant figures for ${name} are suppressed to protect small counts.`,
    },
    programKinds: {
      title: (where) => `Activities and participants by kind of activity${sep(where)}`,
      units: 'activities; persons',
      kind: {
        pelatihan_keterampilan: 'Life-skill training',
        kewirausahaan: 'Entrepreneurship',
        bimtek_pendamping: 'Mentor training',
        sosialisasi_p4gn: 'P4GN socialisation',
        kampung_bersinar: 'Kampung Bersinar',
      },
      column: { kind: 'Kind of activity', kegiatan: 'Activities', peserta: 'Participants' },
      topActivities: (year, name, kinds, n, total, tie) =>
        `In ${year}, the most common kind of activity in ${name} was ${kinds} (${n}${tie ? ' each' : ''} of ${total} activities).`,
      onlyKind: (year, name, kind, n, one) => `In ${year}, the only kind of activity in ${name} was ${kind} (${n} ${one ? 'activity' : 'activities'}).`,
      topParticipants: (kinds, n, tie) => `Most participants: ${kinds} (${n}${tie ? ' each' : ''}).`,
      someSuppressed: 'Some participant figures are suppressed to protect small counts.',
      allSuppressed: 'All participant figures are suppressed to protect small counts.',
      noActivities: (year, name) => `No alternative-empowerment activities in ${name} in ${year}.`,
      none: (name) => `No data on alternative-empowerment activities for ${name}.`,
    },
  },
};

export function textOf(lang: Lang): ChartText {
  return TEXT[lang];
}
