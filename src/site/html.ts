/**
 * HTML escaping, the one place for it. Astro escapes what a template writes with `{…}`; these are
 * for the HTML and SVG strings the site builds itself (`set:html` tables, lists, notes, the map
 * and chart SVG): every dynamic value in them goes through `escapeHtml` (element text) or
 * `escapeAttribute` (a double-quoted attribute value). Both write `&`, `<`, `>` and `"` as
 * entities, so the same text is safe in either place.
 */
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/g;

/** Text for an element's content: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/** A value for a double-quoted attribute (`href="…"`, `aria-label="…"`, `data-key="…"`). */
export function escapeAttribute(value: string | number): string {
  return escapeHtml(value);
}

/** `<a href="url">text</a>`, both escaped. */
export function link(url: string, text: string): string {
  return `<a href="${escapeAttribute(url)}">${escapeHtml(text)}</a>`;
}
