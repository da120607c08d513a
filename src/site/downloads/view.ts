/** Small formatting helpers for the downloads, changelog and dictionary pages (pure). */
import { isMarker } from '../../pipeline/publish/markers.ts';
import { longDate, type Lang } from '../../pipeline/downloads/publication.ts';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function esc(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `2 118 382` bytes → `2,1 MB` / `2.1 MB` (decimal units, as file managers show them). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`;
}

export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALE[lang]);
}

/** A cell value of a public table as text: numbers in the page's locale, marks as they are. */
export function formatCell(value: string | number, lang: Lang): string {
  if (typeof value === 'number') return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 }).replace('-', '\u2212');
  return value;
}

/** A cell as HTML, marks with their meaning for screen readers. */
export function cellHtml(value: string | number, lang: Lang, markWords: Record<string, string>): string {
  if (typeof value === 'string' && isMarker(value)) return `<span class="mark">${esc(value)}<span class="sr-only"> (${esc(markWords[value] ?? '')})</span></span>`;
  return esc(formatCell(value, lang));
}

export const dateText = (date: string, lang: Lang) => longDate(date, lang);

/** An id usable in a URL fragment: `rilis-2025.1`. */
export function releaseAnchor(id: string): string {
  return `rilis-${id.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}
