/**
 * A cell of the public dataset is a number or one of its marks (`[c]` suppressed, `[x]` no data,
 * `[z]` not applicable; src/pipeline/publish/markers.ts). Marks are always shown as such, never
 * as 0 or a blank; a missing cell is `[x]`.
 */
import { isMarker, MARKERS, type Marker } from '../../pipeline/publish/markers.ts';
import type { Lang } from '../routes.ts';
import { type CellStyle, formatStyled } from './styled.ts';

export type Cell = number | Marker;

/** A cell as plain text: the number formatted, or the mark itself ("[c]"). */
export function cellText(lang: Lang, cell: Cell | undefined, style: CellStyle = 'int'): string {
  if (cell === undefined) return MARKERS.noData;
  return isMarker(cell) ? cell : formatStyled(lang, cell, style);
}

/** The number of a cell, or undefined for a mark (never 0 for a mark). */
export function num(cell: Cell | undefined): number | undefined {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined;
}
