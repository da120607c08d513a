import { crosswalkRowSchema } from '../../pipeline/contract/crosswalk.ts';
import { KAWASAN_PRIVATE_COLUMNS, kawasanRowSchema } from '../../pipeline/contract/kawasan.ts';
import { PROGRAM_PRIVATE_COLUMNS, programRowSchema } from '../../pipeline/contract/program.ts';
import { schemaColumns } from '../../pipeline/validate/table.ts';

/** The columns of one input table, read from its zod schema (never written twice). */
export interface TableColumns {
  /** File name inside its folder. */
  file: string;
  /** Every contract column, in contract (schema) order. */
  all: readonly string[];
  /** Columns that must be present and filled in. */
  required: readonly string[];
  /** Contract columns that are read but never published. */
  private: readonly string[];
  /** Optional columns outside the schema that are accepted and never published. */
  extraPrivate: readonly string[];
}

// Column names do not depend on the decimal separator or the year; any context will do.
const context = { decimalSeparator: '.', year: 2000 } as const;

function columnsOf(
  file: string,
  schema: Parameters<typeof schemaColumns>[0],
  privateColumns: readonly string[],
): TableColumns {
  const { all, required } = schemaColumns(schema);
  return {
    file,
    all,
    required,
    private: privateColumns.filter((name) => all.includes(name)),
    extraPrivate: privateColumns.filter((name) => !all.includes(name)),
  };
}

/** The three CSV tables staff edit: `<tahun>/kawasan.csv`, `<tahun>/program.csv`, `wilayah/kode-lama.csv`. */
export const STAFF_TABLES = {
  kawasan: columnsOf('kawasan.csv', kawasanRowSchema(context), KAWASAN_PRIVATE_COLUMNS),
  program: columnsOf('program.csv', programRowSchema(context), PROGRAM_PRIVATE_COLUMNS),
  crosswalk: columnsOf('kode-lama.csv', crosswalkRowSchema, []),
} as const satisfies Record<string, TableColumns>;

export type StaffTable = keyof typeof STAFF_TABLES;

/** The tables of a year folder, in the order staff meet them. */
export const YEAR_TABLES = ['kawasan', 'program'] as const satisfies readonly StaffTable[];
