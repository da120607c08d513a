import { z } from 'zod';
import { DESA_CODE_PATTERN } from '../reference/region-codes.ts';
import { readDecimal, readWholeNumber, type DecimalSeparator } from './numbers.ts';

/**
 * Zod schemas for single CSV cells: each takes the trimmed text of a non-empty cell and yields
 * a typed value. Every issue carries a message code from `messages.ts` (never zod's own English
 * text), so the validator can explain it in Bahasa Indonesia and English.
 */

/**
 * The kind of a cell, carried as zod metadata so that the validator can compile a fast path for
 * the common, valid case (see validate/fast-row.ts); zod itself stays the authority and explains
 * every cell the fast path does not accept.
 */
export type FastKind =
  | { kind: 'whole-number' }
  | { kind: 'score'; decimalSeparator: DecimalSeparator }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'yes-no' }
  | { kind: 'desa-code' }
  | { kind: 'date-in-year'; year: number }
  | { kind: 'text' };

const fast = <T extends z.ZodType>(schema: T, kind: FastKind): T => schema.meta({ fast: kind });

/** The fast-path kind of a cell schema (looking through `.optional()`), if it declares one. */
export function fastKindOf(schema: z.ZodType): { kind: FastKind; optional: boolean } | undefined {
  const optional = schema instanceof z.ZodOptional;
  const inner = optional ? (schema as z.ZodOptional<z.ZodType>).unwrap() : schema;
  const meta = inner.meta() as { fast?: FastKind } | undefined;
  return meta?.fast ? { kind: meta.fast, optional } : undefined;
}

/** What a cell's schema needs to know about the file it comes from. */
export interface CellContext {
  decimalSeparator: DecimalSeparator;
  /** The year of the folder the file sits in (`data/<year>/…`). */
  year: number;
}

export function wholeNumberCell(decimalSeparator: DecimalSeparator) {
  const schema = z.string().transform((raw, ctx) => {
    const reading = readWholeNumber(raw, decimalSeparator);
    if (reading.ok) return reading.value;
    ctx.addIssue({ code: 'custom', message: reading.problem, input: raw });
    return z.NEVER;
  });
  return fast(schema, { kind: 'whole-number' });
}

export function scoreCell(decimalSeparator: DecimalSeparator) {
  const schema = z.string().transform((raw, ctx) => {
    const reading = readDecimal(raw, decimalSeparator);
    if (!reading.ok) {
      ctx.addIssue({ code: 'custom', message: reading.problem, input: raw });
      return z.NEVER;
    }
    if (reading.value < 0 || reading.value > 100) {
      ctx.addIssue({ code: 'custom', message: 'score.range', input: raw });
      return z.NEVER;
    }
    return reading.value;
  });
  return fast(schema, { kind: 'score', decimalSeparator });
}

/** One of a fixed list of lower-case words; capitals and surrounding spaces are forgiven. */
export function choiceCell<const T extends readonly [string, ...string[]]>(values: T) {
  const schema = z
    .string()
    .transform((raw) => raw.toLowerCase())
    .pipe(z.enum(values, { error: 'choice.invalid' }));
  return fast(schema, { kind: 'choice', values });
}

export const YES_NO = ['ya', 'tidak'] as const;
export const yesNoCell = fast(
  choiceCell(YES_NO).transform((value) => value === 'ya'),
  { kind: 'yes-no' },
);

export const desaCodeCell = fast(z.string().regex(DESA_CODE_PATTERN, { error: 'code.malformed' }), { kind: 'desa-code' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/** An ISO date `YYYY-MM-DD` that exists in the calendar and falls in the file's year. */
export function dateInYearCell(year: number) {
  const schema = z.string().transform((raw, ctx) => {
    const match = ISO_DATE.exec(raw);
    if (!match) {
      const message = DAY_FIRST_DATE.test(raw) ? 'date.day-first' : 'date.format';
      ctx.addIssue({ code: 'custom', message, input: raw });
      return z.NEVER;
    }
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      ctx.addIssue({ code: 'custom', message: 'date.impossible', input: raw });
      return z.NEVER;
    }
    if (y !== year) {
      ctx.addIssue({ code: 'custom', message: 'date.outside-year', input: raw, params: { year } });
      return z.NEVER;
    }
    return raw;
  });
  return fast(schema, { kind: 'date-in-year', year });
}

/** Free text (read; published only where the contract says so). */
export const textCell = fast(z.string(), { kind: 'text' });

/** Free text that is read but never published. */
export const privateTextCell = textCell;
