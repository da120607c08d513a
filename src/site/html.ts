/**
 * Small HTML-string helpers for the big tables (hundreds of cells per page are cheaper as strings
 * than as components). Every dynamic value goes through `esc`.
 */
import { t } from '../i18n/index.ts';
import { type Cell, type CellStyle, formatStyled, type Marker } from './format.ts';
import type { Lang } from './routes.ts';

/** A table column (see DataTable.astro). */
export interface Column {
  label: string;
  num?: boolean;
}

export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const MARK_KEY = { '[c]': 'mark.c', '[x]': 'mark.x', '[z]': 'mark.z' } as const;

/** A mark as shown on pages: "[c]" visibly, with its meaning for screen readers. */
export function markHtml(lang: Lang, mark: Marker): string {
  return `<span class="mark">${mark}<span class="sr-only"> (${esc(t(lang, MARK_KEY[mark]))})</span></span>`;
}

export function markWord(lang: Lang, mark: Marker): string {
  return t(lang, MARK_KEY[mark]);
}

/** A cell as HTML: the formatted number, or its mark. */
export function cellHtml(lang: Lang, cell: Cell | undefined, style: CellStyle = 'int'): string {
  if (cell === undefined) return markHtml(lang, '[x]');
  return typeof cell === 'number' ? esc(formatStyled(lang, cell, style)) : markHtml(lang, cell);
}

export function link(hrefValue: string, text: string): string {
  return `<a href="${esc(hrefValue)}">${esc(text)}</a>`;
}
