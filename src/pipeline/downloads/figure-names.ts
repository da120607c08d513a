/**
 * What a figure file is, for every place that makes or names one (figures.ts writes the files;
 * the pages link to them; a reader's browser draws the PNGs that are not built, src/client/):
 * where it lives under /data/ — `grafik/<folder>/<id>.csv` (language-neutral), `<id>.svg` and
 * `<id>.png` (Indonesian), `<id>.en.svg` and `<id>.en.png` (English) — and how its PNG is drawn:
 * the scale and the font files (png.ts renders with them at build time; the site serves the
 * same files to the browser, src/pages/huruf/).
 */
import type { Lang } from '../../i18n/index.ts';

export const FIGURE_DIR = 'grafik';
export type FigureFormat = 'csv' | 'svg' | 'png';
const LANG_SUFFIX: Record<Lang, string> = { id: '', en: '.en' };

/** Name of a figure file relative to /data/ (`lang` null: the language-neutral CSV). */
export function figureFileName(figure: { folder: string; id: string }, format: FigureFormat, lang: Lang | null): string {
  return `${FIGURE_DIR}/${figure.folder}/${figure.id}${lang ? LANG_SUFFIX[lang] : ''}.${format}`;
}

/**
 * Pixels per SVG unit of every figure PNG: the national map's figure (1,008 units wide) becomes
 * 1,200 px, a province's (688) 819 px; the text is the same size in every PNG. The PNG is
 * `round(width × PNG_SCALE)` × `round(height × PNG_SCALE)` pixels.
 */
export const PNG_SCALE = 1200 / 1008;

/** The background every figure PNG is drawn on (the build's and the reader's browser's). */
export const PNG_BACKGROUND = '#ffffff';

/** The typeface of every figure (frame.ts names it first): Open Sans, SIL Open Font License 1.1. */
export const FIGURE_FONT_FAMILY = 'Open Sans';

/**
 * Its files, from the npm package `@expo-google-fonts/open-sans` (`file`, relative to the
 * package), with the weight they are drawn at and the name the site serves them under (`name`,
 * in /huruf/): regular, and semibold for headings and the note.
 */
export const FIGURE_FONTS: readonly { weight: number; file: string; name: string }[] = [
  { weight: 400, file: '400Regular/OpenSans_400Regular.ttf', name: 'open-sans-400.ttf' },
  { weight: 600, file: '600SemiBold/OpenSans_600SemiBold.ttf', name: 'open-sans-600.ttf' },
];

/** The package the font files come from, and its copy of the font's licence (the OFL's full text). */
export const FIGURE_FONT_PACKAGE = '@expo-google-fonts/open-sans';
export const FIGURE_FONT_LICENCE = { file: 'LICENSE_FONT', name: 'OFL.txt' } as const;
