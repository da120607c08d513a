/**
 * The figures' typeface as files of the site (/huruf/): the two Open Sans files the build draws
 * the static PNGs with (src/pipeline/downloads/figure-names.ts names them) and the text of their
 * licence, the SIL Open Font License 1.1, copied byte for byte from the npm package. A reader's
 * browser fetches the fonts only when it draws a PNG (src/client/figure-png.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FIGURE_FONT_LICENCE, FIGURE_FONT_PACKAGE, FIGURE_FONTS } from '../../pipeline/publish/public-schema.ts';
import { withBase } from '../routes.ts';

export const FONT_DIR = '/huruf/';

/** Every file of /huruf/: its name and where it comes from in the package. */
export const FONT_FILES: readonly { name: string; file: string; type: string }[] = [
  ...FIGURE_FONTS.map(({ name, file }) => ({ name, file, type: 'font/ttf' })),
  { ...FIGURE_FONT_LICENCE, type: 'text/plain; charset=utf-8' },
];

/**
 * The bytes of one file of /huruf/, resolved from this module (Astro bundles it under the
 * working folder, so Node finds the project's node_modules as it does for png.ts).
 */
export function fontFileBytes(name: string): Uint8Array<ArrayBuffer> {
  const entry = FONT_FILES.find((f) => f.name === name);
  if (!entry) throw new Error(`no font file "${name}" (known: ${FONT_FILES.map((f) => f.name).join(', ')})`);
  const require = createRequire(import.meta.url);
  return new Uint8Array(readFileSync(require.resolve(`${FIGURE_FONT_PACKAGE}/${entry.file}`)));
}

/** The fonts as a browser draws a PNG with them: `<weight> <url>` pairs, comma separated (base path included). */
export function pngFontsAttribute(): string {
  return FIGURE_FONTS.map(({ weight, name }) => `${weight} ${withBase(`${FONT_DIR}${name}`)}`).join(',');
}

/** Link to the licence text (base path included). */
export const fontLicenceHref = (): string => withBase(`${FONT_DIR}${FIGURE_FONT_LICENCE.name}`);
