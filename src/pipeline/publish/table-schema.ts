import { JENIS_PROGRAM } from '../contract/program.ts';
import { fieldText } from '../../i18n/fields.ts';
import { MARKERS } from './markers.ts';
import { PRIMARY_KEY } from './tables.ts';
import { LEVELS, PROGRAM_SPLITS, PUBLIC_SCHEMA_VERSION, tableFields, type PublicTableName, type TableSchema, type TableSchemaField } from './public-schema.ts';

/** A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/); zod schema in public-schema.ts. */
export type { TableSchema, TableSchemaField };

const ENUMS: Record<string, string[]> = {
  tingkat: [...LEVELS],
  jenis: ['semua', ...JENIS_PROGRAM],
  program: [...PROGRAM_SPLITS],
};

/** The Table Schema of a public table, generated from its zod schema and the dictionary. */
export function tableSchema(table: PublicTableName): TableSchema {
  return {
    fields: tableFields(table).map(({ name, meta }) => {
      const text = fieldText(name, meta);
      if (!text) throw new Error(`no dictionary entry for field ${name}`);
      const type =
        name === 'tahun' ? 'year' : meta.kind === 'dimension' ? 'string' : meta.kind === 'count' || meta.kind === 'person-count' ? 'integer' : 'number';
      return {
        name,
        type,
        title: text.title.id,
        description: text.description.id,
        'x-title-en': text.title.en,
        'x-description-en': text.description.en,
        ...(meta.unit ? { 'x-unit': meta.unit } : {}),
        'x-kind': meta.kind,
        ...(ENUMS[name] ? { constraints: { enum: ENUMS[name] } } : {}),
      };
    }),
    primaryKey: [...PRIMARY_KEY[table]],
    missingValues: [MARKERS.suppressed, MARKERS.noData, MARKERS.notApplicable],
    'x-version': PUBLIC_SCHEMA_VERSION,
  };
}
