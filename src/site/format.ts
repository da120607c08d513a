/**
 * Numbers and marks as the pages show them: Indonesian (id-ID: 1.234,5) or British English
 * (en-GB: 1,234.5). Pure functions, one cached `Intl.NumberFormat` per style.
 *
 * A cell is a number or one of the marks of the public dataset (`[c]` suppressed, `[x]` no data,
 * `[z]` not applicable, src/pipeline/publish/markers.ts). Marks are always shown as such, never
 * as 0 or a blank.
 */
import { isMarker, MARKERS, type Marker } from '../pipeline/publish/markers.ts';
import type { Lang } from './routes.ts';

export type Cell = number | Marker;
export type MarkKind = 'suppressed' | 'no-data' | 'not-applicable';

export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** The true minus sign (U+2212) reads better than a hyphen and is announced as "minus". */
const MINUS = '\u2212';

/** A number with a fixed number of decimals (default 0). */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return nf(lang, digits).format(n).replace('-', MINUS);
}

/** A number with at most one decimal, without a trailing ",0" (legends, map labels). */
export function formatShort(lang: Lang, n: number): string {
  return formatNumber(lang, n, Number.isInteger(n) ? 0 : 1);
}

/** "12,3%" / "12.3%" (no space, as in Indonesian style guides and British usage). */
export function formatPercent(lang: Lang, n: number, digits = 1): string {
  return `${formatNumber(lang, n, digits)}%`;
}

/** A change with its sign: "+12", "−3,4", "0". */
export function formatSigned(lang: Lang, n: number, digits = 0): string {
  const s = formatNumber(lang, Math.abs(n), digits);
  if (Number(s.replace(/[^0-9]/g, '')) === 0) return s;
  return n > 0 ? `+${s}` : `${MINUS}${s}`;
}

/** Rupiah, rounded to a readable magnitude: "Rp116,0 juta" / "IDR 116.0 million". */
export function formatRupiah(lang: Lang, n: number): string {
  const abs = Math.abs(n);
  const [div, id, en] =
    abs >= 1e12 ? [1e12, 'triliun', 'trillion'] : abs >= 1e9 ? [1e9, 'miliar', 'billion'] : abs >= 1e6 ? [1e6, 'juta', 'million'] : [1, '', ''];
  const num = div === 1 ? formatNumber(lang, n) : formatNumber(lang, n / div, 1);
  const word = lang === 'id' ? id : en;
  return lang === 'id' ? `Rp${num}${word ? ` ${word}` : ''}` : `IDR ${num}${word ? ` ${word}` : ''}`;
}

export function markKind(mark: Marker): MarkKind {
  return mark === MARKERS.suppressed ? 'suppressed' : mark === MARKERS.noData ? 'no-data' : 'not-applicable';
}

export { isMarker, MARKERS };
export type { Marker };

export type CellStyle = 'int' | 'dec1' | 'percent' | 'signed' | 'signed1' | 'pp' | 'rupiah' | 'score';

/** A number as text in a given style (no mark handling). */
export function formatStyled(lang: Lang, n: number, style: CellStyle): string {
  switch (style) {
    case 'int':
      return formatNumber(lang, n);
    case 'dec1':
    case 'score':
      return formatNumber(lang, n, 1);
    case 'percent':
      return formatPercent(lang, n);
    case 'signed':
      return formatSigned(lang, n);
    case 'signed1':
      return formatSigned(lang, n, 1);
    case 'pp':
      return `${formatSigned(lang, n, 1)} ${lang === 'id' ? 'poin' : 'pp'}`;
    case 'rupiah':
      return formatRupiah(lang, n);
  }
}

/** A cell as plain text: the number formatted, or the mark itself ("[c]"). */
export function cellText(lang: Lang, cell: Cell, style: CellStyle = 'int'): string {
  return typeof cell === 'number' ? formatStyled(lang, cell, style) : cell;
}

/** The number of a cell, or undefined for a mark. */
export const num = (cell: Cell | undefined): number | undefined => (typeof cell === 'number' ? cell : undefined);
