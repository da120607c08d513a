/**
 * The number and date locale of each language. Imports nothing, so that the browser scripts
 * (src/client/) can use it without pulling the catalogue into their bundle.
 */
export const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/** The locale of a language tag read from the page (`<html lang>`); Indonesian for any other tag. */
export function localeOf(lang: string): string {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang as keyof typeof LOCALES] : LOCALES.id;
}
