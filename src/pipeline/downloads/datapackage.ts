/**
 * `datapackage.json`: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
 * describing every tabular download (CSV, Excel-Indonesia CSV, JSON) and the XLSX workbook:
 * path, format, media type, encoding, size, SHA-256, and for tabular resources the Table Schema
 * (bilingual titles and descriptions, units, missing values `[c]`, `[x]`, `[z]`).
 */
import type { PublicTableName } from '../publish/public-schema.ts';
import { tableSchema, type TableSchema } from '../publish/table-schema.ts';
import type { CsvDialect } from './csv.ts';
import { licenceOf, sourcesOf, SYNTHETIC_NOTE, TABLE_TEXT } from './publication.ts';
import type { ReleaseMeta } from '../release/release.ts';

export const DATAPACKAGE_NAME = 'peta-kawasan-rawan-narkoba';

/** One file described by the package. */
export interface PackageResourceFile {
  name: string;
  /** Relative to datapackage.json (which lives in /data/). */
  path: string;
  format: 'csv' | 'json' | 'xlsx';
  mediatype: string;
  bytes: number;
  sha256: string;
  table?: PublicTableName;
  dialect?: CsvDialect;
}

/** The Table Schema of a resource: number fields carry the decimal mark of its dialect. */
export function resourceSchema(table: PublicTableName, dialect?: CsvDialect): TableSchema {
  const schema = tableSchema(table);
  if (!dialect || dialect.decimalChar === '.') return schema;
  return { ...schema, fields: schema.fields.map((field) => (field.type === 'number' ? { ...field, decimalChar: dialect.decimalChar } : field)) };
}

export interface DataPackageInput {
  meta: ReleaseMeta;
  release: { id: string; date: string };
  resources: readonly PackageResourceFile[];
  /** Absolute URL of the site, when known (homepage). */
  siteUrl?: string;
}

function resourceDescriptor(file: PackageResourceFile): Record<string, unknown> {
  const base: Record<string, unknown> = {
    name: file.name,
    path: file.path,
    format: file.format,
    mediatype: file.mediatype,
    encoding: file.format === 'xlsx' ? undefined : 'utf-8',
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
  };
  if (!file.table) {
    return {
      ...base,
      profile: 'data-resource',
      title: 'Buku kerja Excel: README, wilayah, kawasan, program, kamus',
      description: 'Semua tabel dalam satu berkas XLSX, satu lembar per tabel, didahului lembar README.',
      'x-title-en': 'Excel workbook: README, wilayah, kawasan, program, kamus',
      'x-description-en': 'All tables in one XLSX file, one sheet per table, after a README sheet.',
    };
  }
  const text = TABLE_TEXT[file.table];
  const variant =
    file.format === 'json'
      ? { id: ' (JSON)', en: ' (JSON)' }
      : file.dialect?.name === 'excel-id'
        ? { id: ' (CSV untuk Excel berbahasa Indonesia: titik koma, koma desimal)', en: ' (CSV for Excel set to Indonesian: semicolon, decimal comma)' }
        : { id: ' (CSV)', en: ' (CSV)' };
  const descriptor: Record<string, unknown> = {
    ...base,
    profile: 'tabular-data-resource',
    title: `${text.title.id}${variant.id}`,
    description: text.description.id,
    'x-title-en': `${text.title.en}${variant.en}`,
    'x-description-en': text.description.en,
  };
  if (file.format === 'csv' && file.dialect) {
    descriptor.dialect = { delimiter: file.dialect.delimiter, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false };
  }
  descriptor.schema = resourceSchema(file.table, file.dialect);
  return descriptor;
}

/** The descriptor, as a plain object (keys in a fixed order). */
export function dataPackage(input: DataPackageInput): Record<string, unknown> {
  const { meta, release } = input;
  const licence = licenceOf(meta);
  const descriptor: Record<string, unknown> = {
    profile: 'data-package',
    name: DATAPACKAGE_NAME,
    title: meta.title,
    description:
      'Data agregat pemetaan kawasan rawan narkoba (IKRN) dan program pemberdayaan alternatif per kabupaten/kota, provinsi dan nasional per tahun. Tidak ada data di bawah kabupaten/kota; jumlah kecil disembunyikan ([c]).' +
      (meta.synthetic ? ` ${SYNTHETIC_NOTE.id}` : ''),
    'x-description-en':
      'Aggregate data of the drug-vulnerable-area mapping (IKRN) and alternative-empowerment programmes per regency/city, province and nation per year. Nothing below regency/city; small counts are suppressed ([c]).' +
      (meta.synthetic ? ` ${SYNTHETIC_NOTE.en}` : ''),
    version: release.id,
    created: `${release.date}T00:00:00Z`,
    ...(input.siteUrl ? { homepage: input.siteUrl } : {}),
    keywords: ['IKRN', 'kawasan rawan narkoba', 'drug-vulnerable areas', 'BNN', 'Indonesia', 'pemberdayaan alternatif'],
    languages: ['id', 'en'],
    licenses: [licence.path ? { name: licence.name, path: licence.path, title: licence.title } : { name: licence.name, title: licence.title }],
    sources: sourcesOf(meta),
    contributors: [{ title: meta.publisher, role: 'publisher', email: meta.contact }],
    'x-synthetic': meta.synthetic,
    'x-years': meta.years,
    'x-disclosure-threshold': meta.disclosureThreshold,
    'x-missing-values': {
      '[c]': 'disembunyikan untuk melindungi jumlah kecil / suppressed to protect small counts',
      '[x]': 'tidak ada data / no data',
      '[z]': 'tidak berlaku / not applicable',
    },
    resources: input.resources.map(resourceDescriptor),
  };
  return descriptor;
}

export function dataPackageJson(input: DataPackageInput): string {
  return `${JSON.stringify(dataPackage(input), null, 2)}\n`;
}
