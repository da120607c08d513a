/**
 * Reading numbers as Excel writes them. A semicolon-delimited file uses the decimal comma
 * (Indonesian locale), a comma-delimited file the decimal point. Thousands separators are never
 * accepted: `1.234` could be one thousand two hundred thirty-four or one point two three four.
 */
export type DecimalSeparator = '.' | ',';

export type NumberProblem =
  | 'number.invalid'
  | 'number.dash'
  | 'number.negative'
  | 'number.fraction'
  | 'number.ambiguous-separator';

export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const DIGITS = /^\d+$/;
const THOUSANDS_GROUPS = /^-?\d{1,3}([.,]\d{3})+$/;
const DECIMAL = /^(-?)(\d+)(?:([.,])(\d+))?$/;
/** A dash alone (hyphen, en dash, em dash, minus…), as spreadsheets show "not reported". */
const DASH = /^[-\u2010-\u2015\u2212]+$/;

/** Parses a non-negative whole number (counts of desa or persons, rupiah). */
export function readWholeNumber(raw: string, decimalSeparator: DecimalSeparator): NumberReading {
  if (DIGITS.test(raw)) return { ok: true, value: Number(raw) };
  if (THOUSANDS_GROUPS.test(raw)) return { ok: false, problem: 'number.ambiguous-separator' };
  const decimal = readDecimal(raw, decimalSeparator);
  if (!decimal.ok) return decimal;
  if (decimal.value < 0) return { ok: false, problem: 'number.negative' };
  if (!Number.isInteger(decimal.value)) return { ok: false, problem: 'number.fraction' };
  return decimal;
}

/**
 * Parses a decimal number written with the file's decimal separator. A point in a semicolon
 * file is accepted where it cannot be a thousands separator (`45.5`, not `45.500`); a comma in a
 * comma-delimited file never is.
 */
export function readDecimal(raw: string, decimalSeparator: DecimalSeparator): NumberReading {
  const match = DECIMAL.exec(raw);
  if (!match) return { ok: false, problem: DASH.test(raw) ? 'number.dash' : 'number.invalid' };
  const [, sign = '', whole = '', separator, fraction] = match;
  if (separator !== undefined && fraction !== undefined && separator !== decimalSeparator) {
    if (decimalSeparator === '.' || fraction.length === 3) {
      return { ok: false, problem: 'number.ambiguous-separator' };
    }
  }
  const value = Number(`${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
  return { ok: true, value };
}
