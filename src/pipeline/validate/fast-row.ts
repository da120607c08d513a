import type { z } from 'zod';
import { fastKindOf, type FastKind } from '../contract/cells.ts';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the characters of `raw` from `from` to before `to` are all ASCII digits. */
function digits(raw: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = raw.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The cells' forms are checked character by character rather than with regular expressions: a
 * national year file has ~10 such cells on each of its 83,762 lines (issue 17).
 */
function cellParser(kind: FastKind): CellParser {
  switch (kind.kind) {
    case 'whole-number':
      // Up to 15 digits: every such number is exact in a double, so the digits add up to Number(raw).
      return (raw) => {
        const length = raw.length;
        if (length >= 16) return REJECT;
        let value = 0;
        for (let at = 0; at < length; at++) {
          const digit = raw.charCodeAt(at) - 48;
          if (digit < 0 || digit > 9) return REJECT;
          value = value * 10 + digit;
        }
        return value;
      };
    case 'score': {
      // One to three digits, then optionally the separator and at least one digit.
      const separator = kind.decimalSeparator.charCodeAt(0);
      return (raw) => {
        let whole = 0;
        while (whole < raw.length && whole < 4 && digits(raw, whole, whole + 1)) whole++;
        if (whole === 0 || whole > 3) return REJECT;
        if (whole < raw.length && (raw.charCodeAt(whole) !== separator || whole + 1 === raw.length || !digits(raw, whole + 1, raw.length))) return REJECT;
        const value = Number(separator === 44 ? raw.replace(',', '.') : raw);
        return value <= 100 ? value : REJECT;
      };
    }
    case 'choice': {
      // A handful of values: comparing with each is cheaper than hashing the cell.
      const values = [...kind.values];
      return (raw) => {
        const lower = raw.toLowerCase();
        for (const value of values) if (value === lower) return value;
        return REJECT;
      };
    }
    case 'yes-no':
      return (raw) => {
        const lower = raw.toLowerCase();
        return lower === 'ya' ? true : lower === 'tidak' ? false : REJECT;
      };
    case 'desa-code':
      // DESA_CODE_PATTERN (`11.01.01.2001`), spelled out.
      return (raw) =>
        raw.length === 13 &&
        raw.charCodeAt(2) === 46 &&
        raw.charCodeAt(5) === 46 &&
        raw.charCodeAt(8) === 46 &&
        digits(raw, 0, 2) &&
        digits(raw, 3, 5) &&
        digits(raw, 6, 8) &&
        digits(raw, 9, 13)
          ? raw
          : REJECT;
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

/**
 * Reads one record from its trimmed cells (in the file's column order; an empty cell is an absent
 * one, whose property is left undefined).
 */
export type FastRow = (cells: readonly string[]) => Record<string, unknown> | undefined;

/**
 * Compiles the fast path of an object schema for a file with columns `header`, or returns
 * undefined when some cell declares no kind (then every row goes to zod). `rowProblems` are the
 * schema's checks between cells. A column of the schema that the file lacks is an absent cell.
 *
 * The reader is generated as one straight-line function for the file's layout (as zod compiles
 * its own object parsers): every row it reads is one object literal, so all rows share one
 * shape, and each cell's parser is called from a call site of its own. A loop over the cells
 * storing properties by name made the rows of a file take many shapes and every call and store
 * megamorphic (issue 17).
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
  // Only column positions and property names (the schema's own, quoted as JSON) enter the code.
  const steps = cells.map(({ index, optional }, at) => {
    const absent = optional ? `v${at} = undefined;` : 'return undefined;';
    if (index === -1) return optional ? `const v${at} = undefined;` : 'return undefined;';
    return `let v${at}; raw = cells[${index}] ?? ''; if (raw === '') { ${absent} } else { v${at} = p${at}(raw); if (v${at} === REJECT) return undefined; }`;
  });
  const source = `
    const [${cells.map((_, at) => `p${at}`).join(', ')}] = parsers;
    return function fastRow(cells) {
      let raw;
      ${steps.join('\n      ')}
      const row = { ${cells.map(({ name }, at) => `${JSON.stringify(name)}: v${at}`).join(', ')} };
      if (rowProblems !== undefined && rowProblems(row).length > 0) return undefined;
      return row;
    };`;
  return new Function('parsers', 'REJECT', 'rowProblems', source)(
    cells.map((cell) => cell.parse),
    REJECT,
    rowProblems,
  ) as FastRow;
}
