/**
 * What every download says about itself, in Bahasa Indonesia and English: licence, sources,
 * citation, the meaning of the marks and the units. The XLSX README sheet, datapackage.json and
 * the downloads and dictionary pages all take their words from here, so they never disagree.
 */
import { MARKERS, type Marker } from '../publish/markers.ts';
import type { FieldMeta } from '../publish/public-schema.ts';
import type { ReleaseMeta } from '../release/release.ts';

/** The workbook's file name under /data/. */
export const XLSX_NAME = 'peta-kawasan-rawan-narkoba.xlsx';

export type Lang = 'id' | 'en';
export interface Bilingual {
  id: string;
  en: string;
}

export interface Licence {
  /** SPDX identifier (or the text of meta.license when it is not one we know). */
  name: string;
  title: string;
  path?: string;
}

const LICENCES: Record<string, Omit<Licence, 'name'>> = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', path: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { title: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)', path: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { title: 'Creative Commons Zero 1.0 Universal (CC0 1.0)', path: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODC-BY-1.0': { title: 'Open Data Commons Attribution License v1.0', path: 'https://opendatacommons.org/licenses/by/1-0/' },
  'ODbL-1.0': { title: 'Open Data Commons Open Database License v1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'PDDL-1.0': { title: 'Open Data Commons Public Domain Dedication and License v1.0', path: 'https://opendatacommons.org/licenses/pddl/1-0/' },
};

/** The licence of the data: meta.license (default CC-BY-4.0), with its title and URL when known. */
export function licenceOf(meta: Pick<ReleaseMeta, 'license'>): Licence {
  const name = meta.license?.trim() || 'CC-BY-4.0';
  const known = LICENCES[name];
  return known ? { name, ...known } : { name, title: name };
}

export const REGION_SOURCE_URL = 'https://github.com/fityannugroho/idn-area-data';
export const BNN_URL = 'https://bnn.go.id/';

/** Where the data come from (Data Package `sources`). */
export function sourcesOf(meta: Pick<ReleaseMeta, 'synthetic' | 'regionSource'>): { title: string; path: string; 'x-title-en': string }[] {
  const ikrn = meta.synthetic
    ? {
        title: 'Data contoh SINTETIS yang meniru struktur pemetaan Indeks Kawasan Rawan Narkoba (IKRN) BNN; bukan data resmi',
        'x-title-en': 'SYNTHETIC sample data imitating the structure of BNN’s drug-vulnerable-area mapping (IKRN); not official data',
      }
    : {
        title: 'Badan Narkotika Nasional (BNN): pemetaan Indeks Kawasan Rawan Narkoba (IKRN)',
        'x-title-en': 'National Narcotics Board (BNN): drug-vulnerable-area mapping (Indeks Kawasan Rawan Narkoba, IKRN)',
      };
  return [
    { ...ikrn, path: BNN_URL },
    {
      title: `Kode dan nama wilayah: ${meta.regionSource} — Keputusan Menteri Dalam Negeri tentang kode dan data wilayah administrasi pemerintahan`,
      'x-title-en': `Region codes and names: ${meta.regionSource} — Minister of Home Affairs decree on administrative region codes`,
      path: REGION_SOURCE_URL,
    },
  ];
}

export interface CitationInput {
  meta: Pick<ReleaseMeta, 'title' | 'publisher' | 'license'>;
  release: { id: string; date: string };
  /** Absolute URL of the data folder (e.g. https://example.go.id/data/), when the site URL is known. */
  dataUrl?: string;
}

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2025-06-30` → `30 Juni 2025` / `30 June 2025`. */
export function longDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[lang][(month ?? 1) - 1]} ${year}`;
}

/** APA-style (7th edition, data set) citation. */
export function citationApa(input: CitationInput, lang: Lang): string {
  const year = input.release.date.slice(0, 4);
  const kind = lang === 'id' ? 'Set data' : 'Data set';
  const version = lang === 'id' ? 'Versi' : 'Version';
  const url = input.dataUrl ? ` ${input.dataUrl}` : '';
  return `${input.meta.publisher}. (${year}). ${input.meta.title} (${version} ${input.release.id}) [${kind}].${url}`;
}

/** A plain citation for a news story or a footnote. */
export function citationPlain(input: CitationInput, lang: Lang): string {
  const licence = licenceOf(input.meta);
  const url = input.dataUrl ? ` ${input.dataUrl}` : '';
  return lang === 'id'
    ? `Sumber: ${input.meta.publisher}, “${input.meta.title}”, rilis ${input.release.id} (${longDate(input.release.date, 'id')}), lisensi ${licence.name}.${url}`
    : `Source: ${input.meta.publisher}, “${input.meta.title}”, release ${input.release.id} (${longDate(input.release.date, 'en')}), licence ${licence.name}.${url}`;
}

/** The marks, in the order they are explained everywhere. */
export const MARK_TEXT: Record<Marker, { label: Bilingual; description: Bilingual }> = {
  [MARKERS.suppressed]: {
    label: { id: 'disembunyikan', en: 'suppressed' },
    description: {
      id: 'Disembunyikan untuk melindungi jumlah kecil (kurang dari ambang, bawaan 10 orang) dan sel lain yang dapat dipakai menghitungnya kembali, juga bersama rilis terdahulu: sel yang pernah disembunyikan tetap disembunyikan selama angkanya tidak berubah, dan angka yang pernah terbit tetap terbit. Tanda yang sama dipakai untuk keduanya, sehingga tanda itu sendiri tidak membuka apa pun.',
      en: 'Hidden to protect small counts (below the threshold, 10 persons by default) and the other cells from which they could be worked out, also together with earlier releases: a cell once hidden stays hidden while its figure is unchanged, and a figure once published stays published. The same mark is used for both, so the mark itself reveals nothing.',
    },
  },
  [MARKERS.noData]: {
    label: { id: 'tidak ada data', en: 'no data' },
    description: {
      id: 'Tidak tersedia: tidak ada desa/kelurahan yang dinilai, atau angka tidak dilaporkan.',
      en: 'Not available: no village was assessed, or the figure was not reported.',
    },
  },
  [MARKERS.notApplicable]: {
    label: { id: 'tidak berlaku', en: 'not applicable' },
    description: {
      id: 'Tidak berlaku: misalnya persentase dengan penyebut nol, atau perubahan pada tahun pertama.',
      en: 'Not applicable: e.g. a percentage whose base is zero, or a change in the first year.',
    },
  },
};

export const FORMULA_NOTE: Bilingual = {
  id: "Teks yang diawali =, +, -, @, tab atau CR diberi awalan tanda kutip tunggal ' agar tidak pernah dijalankan sebagai rumus oleh Excel; angka (termasuk angka negatif) tetap angka.",
  en: "Text beginning with =, +, -, @, a tab or a carriage return is prefixed with a single quote ' so that Excel can never run it as a formula; numbers (negative ones too) stay numbers.",
};

export const UNIT_TEXT: Record<NonNullable<FieldMeta['unit']>, Bilingual> = {
  desa: { id: 'desa/kelurahan', en: 'villages (desa/kelurahan)' },
  orang: { id: 'orang', en: 'persons' },
  kegiatan: { id: 'kegiatan', en: 'activities' },
  kasus: { id: 'kasus', en: 'cases' },
  persen: { id: 'persen (%)', en: 'percent (%)' },
  'poin-persen': { id: 'poin persen', en: 'percentage points' },
  skor: { id: 'skor 0–100', en: 'score 0–100' },
  rupiah: { id: 'rupiah', en: 'rupiah' },
  'rupiah-per-bulan': { id: 'rupiah per bulan', en: 'rupiah per month' },
};

export const TABLE_TEXT: Record<'wilayah' | 'kawasan' | 'program', { title: Bilingual; description: Bilingual }> = {
  wilayah: {
    title: { id: 'Wilayah', en: 'Regions' },
    description: {
      id: 'Daftar unit publikasi (nasional, 38 provinsi, kabupaten/kota) dengan jumlah desa/kelurahan, kode lama dan catatan perubahan batas.',
      en: 'The publication units (nation, 38 provinces, regencies/cities) with their number of villages, former codes and notes on boundary changes.',
    },
  },
  kawasan: {
    title: { id: 'Kawasan rawan narkoba', en: 'Drug-vulnerable areas' },
    description: {
      id: 'Hasil pemetaan IKRN per wilayah dan tahun: desa dinilai, kategori Bahaya/Waspada/Siaga/Aman, indikator, dan perubahan dari tahun sebelumnya.',
      en: 'IKRN mapping results per region and year: villages assessed, Bahaya/Waspada/Siaga/Aman categories, indicators and changes from the year before.',
    },
  },
  program: {
    title: { id: 'Program pemberdayaan alternatif', en: 'Alternative-empowerment programmes' },
    description: {
      id: 'Kegiatan pemberdayaan alternatif per wilayah, tahun dan jenis kegiatan (semua = seluruh jenis): peserta, kelulusan, usaha baru, pendapatan, anggaran.',
      en: 'Alternative-empowerment activities per region, year and kind (semua = all kinds): participants, graduation, new businesses, income, budget.',
    },
  },
};

export const SYNTHETIC_NOTE: Bilingual = {
  id: 'DATA SINTETIS: angka-angka ini dibuat oleh generator contoh dan BUKAN data resmi BNN. Jangan dikutip sebagai fakta.',
  en: 'SYNTHETIC DATA: these figures were made by a sample generator and are NOT official BNN data. Do not quote them as facts.',
};
