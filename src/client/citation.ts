/**
 * Completes each figure's citation (src/components/FigureCite.astro) for the reader: the access
 * date (`[data-access-date]`) becomes today's date in the page's language, and a URL given as a
 * path (`[data-cite-url]`: the site's address was not configured at build time, also the embed
 * snippet's `src`) becomes absolute with this page's origin.
 */
import { localeOf } from '../i18n/locales.ts';

const today = new Intl.DateTimeFormat(localeOf(document.documentElement.lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) span.textContent = today;
for (const span of document.querySelectorAll<HTMLElement>('[data-cite-url]')) {
  if (span.textContent?.startsWith('/')) span.textContent = new URL(span.textContent, location.href).href;
}
