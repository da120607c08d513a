/** Fills each citation's access date (`[data-access-date]`, src/site/figures/citation.ts) with today's date in the page's language. */
const lang = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
const today = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) span.textContent = today;
