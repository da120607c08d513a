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
 *
 * A cell is read where it lies, `text` from `start` to before `end` (issue 17): a plain line of a
 * year file is read straight from the file's text (csv.ts, `PlainRecord`), and only the values a
 * row keeps (a desa code, a score's digits, a text) become strings of their own.
 */
const REJECT = Symbol('reject');
type CellParser = (text: string, start: number, end: number) => unknown;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the characters of `text` from `from` to before `to` are all ASCII digits. */
function digits(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The value of `values` the cell spells, ignoring case (as zod's choice cells do), or REJECT. */
function choiceOf<T extends string>(values: readonly T[], text: string, start: number, end: number): T | typeof REJECT {
  const length = end - start;
  for (const value of values) if (value.length === length && text.startsWith(value, start)) return value;
  const lower = text.slice(start, end).toLowerCase();
  for (const value of values) if (value === lower) return value;
  return REJECT;
}

const YES_NO = ['ya', 'tidak'] as const;

/** The cells' forms are checked character by character rather than with regular expressions. */
function cellParser(kind: FastKind): CellParser {
  switch (kind.kind) {
    case 'whole-number':
      // Up to 15 digits: every such number is exact in a double, so the digits add up to Number(raw).
      return (text, start, end) => {
        if (end - start >= 16) return REJECT;
        let value = 0;
        for (let at = start; at < end; at++) {
          const digit = text.charCodeAt(at) - 48;
          if (digit < 0 || digit > 9) return REJECT;
          value = value * 10 + digit;
        }
        return value;
      };
    case 'score': {
      // One to three digits, then optionally the separator and at least one digit.
      const separator = kind.decimalSeparator.charCodeAt(0);
      return (text, start, end) => {
        let whole = start;
        while (whole < end && whole - start < 4 && digits(text, whole, whole + 1)) whole++;
        if (whole === start || whole - start > 3) return REJECT;
        if (whole < end && (text.charCodeAt(whole) !== separator || whole + 1 === end || !digits(text, whole + 1, end))) return REJECT;
        const raw = text.slice(start, end);
        const value = Number(separator === 44 ? raw.replace(',', '.') : raw);
        return value <= 100 ? value : REJECT;
      };
    }
    case 'choice': {
      const values = [...kind.values];
      return (text, start, end) => choiceOf(values, text, start, end);
    }
    case 'yes-no':
      return (text, start, end) => {
        const answer = choiceOf(YES_NO, text, start, end);
        return answer === REJECT ? REJECT : answer === 'ya';
      };
    case 'desa-code':
      return (text, start, end) => {
        const raw = text.slice(start, end);
        return DESA_CODE_PATTERN.test(raw) ? raw : REJECT;
      };
    case 'date-in-year':
      return (text, start, end) => {
        const raw = text.slice(start, end);
        const match = ISO_DATE.exec(raw);
        if (!match) return REJECT;
        const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
        if (y !== kind.year) return REJECT;
        const date = new Date(Date.UTC(y, m - 1, d));
        return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? raw : REJECT;
      };
    case 'text':
      return (text, start, end) => text.slice(start, end);
  }
}

/**
 * Reads one record from its trimmed cells (in the file's column order; an empty cell is an absent
 * one, whose property is left undefined).
 */
export type FastRow = (cells: readonly string[]) => Record<string, unknown> | undefined;

/** The same from cells lying in `text`: cell `i` from `starts[i]` to before `ends[i]`, trimmed. */
export type FastRowInPlace = (text: string, starts: Int32Array, ends: Int32Array) => Record<string, unknown> | undefined;

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
): { fromCells: FastRow; inPlace: FastRowInPlace } | undefined {
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
    return `let v${at}; start = starts[${index}]; end = ends[${index}]; if (start === end) { ${absent} } else { v${at} = p${at}(text, start, end); if (v${at} === REJECT) return undefined; }`;
  });
  const source = `
    const [${cells.map((_, at) => `p${at}`).join(', ')}] = parsers;
    return function fastRow(text, starts, ends) {
      let start, end;
      ${steps.join('\n      ')}
      const row = { ${cells.map(({ name }, at) => `${JSON.stringify(name)}: v${at}`).join(', ')} };
      if (rowProblems !== undefined && rowProblems(row).length > 0) return undefined;
      return row;
    };`;
  const inPlace = new Function('parsers', 'REJECT', 'rowProblems', source)(
    cells.map((cell) => cell.parse),
    REJECT,
    rowProblems,
  ) as FastRowInPlace;
  // Cells held as strings (the general way, for the rare rows read so) are laid end to end.
  const starts = new Int32Array(header.length);
  const ends = new Int32Array(header.length);
  const fromCells: FastRow = (record) => {
    let text = '';
    for (let index = 0; index < header.length; index++) {
      starts[index] = text.length;
      text += record[index] ?? '';
      ends[index] = text.length;
    }
    return inPlace(text, starts, ends);
  };
  return { fromCells, inPlace };
}
