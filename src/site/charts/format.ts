/**
 * Numbers and marks in the charts: the pages' own formats (../format/: id-ID 1.234,5 or
 * en-GB 1,234.5, percent without a space) plus what only charts need. A mark is shown as
 * itself, never as 0 or a blank.
 */
import { type Cell, isMarker, MARKERS, type Marker } from '../format/index.ts';
import type { Lang } from '../routes.ts';

export { cellText, formatNumber, formatPercent, formatPercentTick, num } from '../format/index.ts';
export { type Cell, isMarker, type Lang, MARKERS, type Marker };

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
