/**
 * A cell of a public table as HTML, the one renderer for every page: a number in its style
 * (format/), a mark (`[c]`, `[x]`, `[z]`) visibly as itself with its meaning for screen readers,
 * any other text escaped. Hundreds of cells a page are cheaper as strings than as components.
 */
import { MARK_KEY } from '../i18n/fields.ts';
import { t } from '../i18n/index.ts';
import { type CellStyle, formatStyled, isMarker, MARKERS, type Marker } from './format/index.ts';
import { escapeHtml } from './html.ts';
import type { Lang } from './routes.ts';

/** A mark's word ("disamarkan" / "suppressed"). */
export function markWord(lang: Lang, mark: Marker): string {
  return t(lang, MARK_KEY[mark]);
}

/** A mark as shown on pages: "[c]" visibly, with its meaning for screen readers. */
export function markHtml(lang: Lang, mark: Marker): string {
  return `<span class="mark">${mark}<span class="sr-only"> (${escapeHtml(markWord(lang, mark))})</span></span>`;
}

/**
 * A cell as HTML: a number formatted in `style`, a mark with its meaning (a missing cell is
 * `[x]`), any other text (already formatted, e.g. a chart's table) escaped.
 */
export function cellHtml(lang: Lang, cell: number | string | undefined, style: CellStyle = 'int'): string {
  if (cell === undefined) return markHtml(lang, MARKERS.noData);
  if (typeof cell === 'number') return escapeHtml(formatStyled(lang, cell, style));
  return isMarker(cell) ? markHtml(lang, cell) : escapeHtml(cell);
}
