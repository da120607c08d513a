/**
 * Spreadsheet formula (CSV) injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab or
 * a carriage return can run as a formula when a CSV or XLSX file is opened or edited in Excel,
 * LibreOffice or Google Sheets (OWASP, "CSV Injection"). Every TEXT value written to a CSV or
 * XLSX file goes through `neutraliseText`, which prefixes such values with a single quote `'`.
 * Numbers are never text: they are written as numbers, so `-3` stays the number −3.
 *
 * Also neutralised, as a margin of safety: the full-width forms `＝ ＋ － ＠` (some spreadsheet
 * versions accept them as operators), triggers after leading white space (` =1+1`), and text
 * that already begins with `'` (so the rule can be undone exactly: `restoreText` removes the
 * one quote that `neutraliseText` added, and nothing else).
 *
 * JSON files carry the exact text: JSON is not opened by spreadsheets as formulas.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;
export const NEUTRALISING_PREFIX = "'";

const TRIGGER_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;

/** True when a spreadsheet could read this text as a formula (or it begins with the prefix). */
export function needsNeutralising(text: string): boolean {
  return text.startsWith(NEUTRALISING_PREFIX) || TRIGGER_START.test(text);
}

/** The text as it is written into a CSV or XLSX text cell: inert, never a formula. */
export function neutraliseText(text: string): string {
  return needsNeutralising(text) ? NEUTRALISING_PREFIX + text : text;
}

/** Undoes `neutraliseText` (for readers that want the exact published text back). */
export function restoreText(text: string): string {
  return text.startsWith(NEUTRALISING_PREFIX) ? text.slice(NEUTRALISING_PREFIX.length) : text;
}

/** True when a text cell cannot start a formula (what the tests check on every written cell). */
export function isInertText(text: string): boolean {
  return !TRIGGER_START.test(text);
}
