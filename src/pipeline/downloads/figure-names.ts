/**
 * Where a figure's files live under /data/ (figures.ts writes them; the pages link to them):
 * `grafik/<folder>/<id>.csv` (language-neutral), `<id>.svg` and `<id>.png` (Indonesian),
 * `<id>.en.svg` and `<id>.en.png` (English).
 */
import type { Lang } from '../../i18n/index.ts';

export const FIGURE_DIR = 'grafik';
export type FigureFormat = 'csv' | 'svg' | 'png';
const LANG_SUFFIX: Record<Lang, string> = { id: '', en: '.en' };

/** Name of a figure file relative to /data/ (`lang` null: the language-neutral CSV). */
export function figureFileName(figure: { folder: string; id: string }, format: FigureFormat, lang: Lang | null): string {
  return `${FIGURE_DIR}/${figure.folder}/${figure.id}${lang ? LANG_SUFFIX[lang] : ''}.${format}`;
}
