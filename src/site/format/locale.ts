/**
 * The number formats of the pages: Indonesian (id-ID: 1.234,5) or British English
 * (en-GB: 1,234.5), one cached `Intl.NumberFormat` per language and number of decimals.
 */
import type { Lang } from '../routes.ts';

export { LOCALES } from '../../i18n/locales.ts';
import { LOCALES } from '../../i18n/locales.ts';

/** The true minus sign (U+2212) reads better than a hyphen and is announced as "minus". */
export const MINUS = '\u2212';

/** Decimals: exactly `digits`, or from 0 up to `max` (no trailing zeros). */
export type Digits = number | { max: number };

const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: Lang, digits: Digits): Intl.NumberFormat {
  const [min, max] = typeof digits === 'number' ? [digits, digits] : [0, digits.max];
  const key = `${lang}:${min}:${max}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    formats.set(key, f);
  }
  return f;
}
