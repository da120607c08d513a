/**
 * The number and date locale of each language. Imports nothing, so that the browser scripts
 * (src/client/) can use it without pulling the catalogue into their bundle.
 */
export const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/** The locale of a language tag read from the page (`<html lang>`); Indonesian unless it is English. */
export function localeOf(lang: string): string {
  return lang === 'en' ? LOCALES.en : LOCALES.id;
}
