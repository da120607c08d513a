import type { z } from 'zod';
import { fastKindOf, type FastKind } from '../contract/cells.ts';
import { DESA_CODE_PATTERN } from '../reference/region-codes.ts';

/**
 * A fast path compiled from a row schema: every cell schema declares its kind (zod metadata,
 * see contract/cells.ts), and for each kind a small function accepts the common valid forms.
 * When any cell (or a check between cells) is not accepted, the row goes to zod, which either
 * accepts it after all (an unusual but valid form, e.g. `12,0`) or explains what is wrong, so
 * the messages are exactly zod's. The fast path never accepts what zod would refuse, and gives
 * the same output where both accept (tests/unit/fast-row.test.ts checks this on random rows).
 */
const REJECT = Symbol('reject');
type CellParser = (raw: string) => unknown;

const WHOLE = /^\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function cellParser(kind: FastKind): CellParser {
  switch (kind.kind) {
    case 'whole-number':
      return (raw) => (WHOLE.test(raw) && raw.length < 16 ? Number(raw) : REJECT);
    case 'score': {
      const pattern = kind.decimalSeparator === ',' ? /^\d{1,3}(?:,(\d+))?$/ : /^\d{1,3}(?:\.(\d+))?$/;
      return (raw) => {
        if (!pattern.test(raw)) return REJECT;
        const value = Number(kind.decimalSeparator === ',' ? raw.replace(',', '.') : raw);
        return value <= 100 ? value : REJECT;
      };
    }
    case 'choice': {
      const values = new Set(kind.values);
      return (raw) => {
        const lower = raw.toLowerCase();
        return values.has(lower) ? lower : REJECT;
      };
    }
    case 'yes-no':
      return (raw) => {
        const lower = raw.toLowerCase();
        return lower === 'ya' ? true : lower === 'tidak' ? false : REJECT;
      };
    case 'desa-code':
      return (raw) => (DESA_CODE_PATTERN.test(raw) ? raw : REJECT);
    case 'date-in-year':
      return (raw) => {
        const match = ISO_DATE.exec(raw);
        if (!match) return REJECT;
        const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
        if (y !== kind.year) return REJECT;
        const date = new Date(Date.UTC(y, m - 1, d));
        return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? raw : REJECT;
      };
    case 'text':
      return (raw) => raw;
  }
}

/** Reads one record from its trimmed cells (in the file's column order; an empty cell is an absent one). */
export type FastRow = (cells: readonly string[]) => Record<string, unknown> | undefined;

/**
 * Compiles the fast path of an object schema for a file with columns `header`, or returns
 * undefined when some cell declares no kind (then every row goes to zod). `rowProblems` are the
 * schema's checks between cells. A column of the schema that the file lacks is an absent cell.
 */
export function compileFastRow(
  shape: Record<string, z.ZodType>,
  rowProblems: ((row: Record<string, unknown>) => unknown[]) | undefined,
  header: readonly string[],
): FastRow | undefined {
  const cells: { name: string; index: number; parse: CellParser; optional: boolean }[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const declared = fastKindOf(schema);
    if (!declared) return undefined;
    cells.push({ name, index: header.indexOf(name), parse: cellParser(declared.kind), optional: declared.optional });
  }
  return (record) => {
    const row: Record<string, unknown> = {};
    for (const cell of cells) {
      const raw = cell.index === -1 ? '' : (record[cell.index] ?? '');
      if (raw === '') {
        if (!cell.optional) return undefined;
        continue;
      }
      const value = cell.parse(raw);
      if (value === REJECT) return undefined;
      row[cell.name] = value;
    }
    if (rowProblems && rowProblems(row).length > 0) return undefined;
    return row;
  };
}
