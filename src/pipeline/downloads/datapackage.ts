/**
 * `datapackage.json`: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
 * describing every tabular download (CSV, Excel-Indonesia CSV, JSON), the XLSX workbook and the
 * list of figure files (`grafik/index.json`, which gives each map file's size and SHA-256):
 * path, format, media type, encoding, size, SHA-256, and for tabular resources the Table Schema
 * (bilingual titles and descriptions, units, missing values `[c]`, `[x]`, `[z]`).
 */
import type { PublicTableName } from '../publish/public-schema.ts';
import { tableSchema, type TableSchema } from '../publish/table-schema.ts';
import type { CsvDialect } from './csv.ts';
import { bilingual, type Lang, t, tBoth } from '../../i18n/index.ts';
import { licenceOf, sourcesOf } from './publication.ts';
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
  /** A file that is not a table: the workbook (default) or the list of figure files. */
  about?: 'workbook' | 'figures';
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
    const figures = file.about === 'figures';
    const title = bilingual(figures ? 'dp.figures' : 'dp.workbook');
    const description = bilingual(figures ? 'dp.figures.description' : 'dp.workbook.description');
    return { ...base, profile: 'data-resource', title: title.id, description: description.id, 'x-title-en': title.en, 'x-description-en': description.en };
  }
  const variant = file.format === 'json' ? 'dp.resource.json' : file.dialect?.name === 'excel-id' ? 'dp.resource.csv-excel-id' : 'dp.resource.csv';
  const table = file.table;
  const title = { id: t('id', variant, { table: t('id', `table.${table}`) }), en: t('en', variant, { table: t('en', `table.${table}`) }) };
  const description = bilingual(`table.${file.table}.description`);
  const descriptor: Record<string, unknown> = {
    ...base,
    profile: 'tabular-data-resource',
    title: title.id,
    description: description.id,
    'x-title-en': title.en,
    'x-description-en': description.en,
  };
  if (file.format === 'csv' && file.dialect) {
    descriptor.dialect = { delimiter: file.dialect.delimiter, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false };
  }
  descriptor.schema = resourceSchema(file.table, file.dialect);
  return descriptor;
}

/** What the package holds, and that it is synthetic when it is. */
const packageDescription = (lang: Lang, synthetic: boolean) => [t(lang, 'dp.description'), ...(synthetic ? [t(lang, 'dl.synthetic')] : [])].join(' ');

/** The descriptor, as a plain object (keys in a fixed order). */
export function dataPackage(input: DataPackageInput): Record<string, unknown> {
  const { meta, release } = input;
  const licence = licenceOf(meta);
  const descriptor: Record<string, unknown> = {
    profile: 'data-package',
    name: DATAPACKAGE_NAME,
    title: meta.title,
    description: packageDescription('id', meta.synthetic),
    'x-description-en': packageDescription('en', meta.synthetic),
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
    'x-missing-values': { '[c]': tBoth('mark.c.short'), '[x]': tBoth('mark.x'), '[z]': tBoth('mark.z') },
    resources: input.resources.map(resourceDescriptor),
  };
  return descriptor;
}

export function dataPackageJson(input: DataPackageInput): string {
  return `${JSON.stringify(dataPackage(input), null, 2)}\n`;
}
