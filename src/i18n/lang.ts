/** The two languages of the site, files and logs: Bahasa Indonesia first, English second. */
import { z } from 'zod';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A text in both languages: a catalogue entry, or a bilingual value of the data (map notes). */
export const bilingualSchema = z.object({ id: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

const OTHER: Record<Lang, Lang> = { id: 'en', en: 'id' };

/** The language a page links to in its language switch. */
export const otherLang = (lang: Lang): Lang => OTHER[lang];

/** A `--lang` option: the language it names, Indonesian when it names none. */
export const langOption = (value: string | undefined): Lang => (LANGS.find((lang) => lang === value) ?? 'id');

/** A `--lang id|en|both` option: the languages to print, both unless it names one. */
export const languagesOption = (value: string | undefined): Lang[] => {
  const one = LANGS.find((lang) => lang === value);
  return one ? [one] : [...LANGS];
};
