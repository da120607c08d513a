/**
 * Numbers and marks in the charts: Indonesian (id-ID: 1.234,5) or British English (en-GB:
 * 1,234.5), one cached `Intl.NumberFormat` per style. Pure; the same conventions as the pages
 * (percent without a space: "72,5%"; a mark is shown as itself, never as 0 or a blank).
 */
import { isMarker, MARKERS, type Marker } from '../../pipeline/publish/markers.ts';

export type Lang = 'id' | 'en';
export type Cell = number | Marker;

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
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

/** "8.743" / "8,743"; with `digits` decimals ("72,5"). Negative numbers get a true minus sign. */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return nf(lang, digits).format(n).replace('-', '\u2212');
}

/** "72,5%" / "72.5%": one decimal, no space. */
export function formatPercent(lang: Lang, n: number): string {
  return `${formatNumber(lang, n, 1)}%`;
}

/** Axis tick of a percent scale: "50%" (whole numbers only, no decimals). */
export function formatPercentTick(lang: Lang, n: number): string {
  return `${formatNumber(lang, n, Number.isInteger(n) ? 0 : 1)}%`;
}

export type NumberStyle = 'count' | 'percent';

/** A cell as text: the number formatted, or the mark itself ("[c]"). */
export function cellText(lang: Lang, cell: Cell | undefined, style: NumberStyle = 'count'): string {
  if (cell === undefined) return MARKERS.noData;
  if (isMarker(cell)) return cell;
  return style === 'percent' ? formatPercent(lang, cell) : formatNumber(lang, cell);
}

/** The number of a cell, or undefined for a mark (never 0 for a mark). */
export function num(cell: Cell | undefined): number | undefined {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined;
}

/** The mark of a non-number cell (`[x]` when the cell is absent). */
export function markOf(cell: Cell | undefined): Marker | undefined {
  if (cell === undefined) return MARKERS.noData;
  return isMarker(cell) ? cell : undefined;
}

/** "2020", "2020 dan 2021", "2020, 2022 dan 2023" (en: "and"). */
export function listText(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export { isMarker, MARKERS, type Marker };
