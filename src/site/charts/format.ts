/**
 * Numbers and marks in the charts: the pages' own formats (../format.ts: id-ID 1.234,5 or
 * en-GB 1,234.5, percent without a space) plus what only charts need. A mark is shown as
 * itself, never as 0 or a blank.
 */
import { type Cell, formatNumber, formatPercent, formatShort, isMarker, MARKERS, type Marker } from '../format.ts';
import type { Lang } from '../routes.ts';

export { formatNumber, formatPercent, type Cell, type Lang };

/** Axis tick of a percent scale: "50%" (whole numbers only, no decimals). */
export function formatPercentTick(lang: Lang, n: number): string {
  return `${formatShort(lang, n)}%`;
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
