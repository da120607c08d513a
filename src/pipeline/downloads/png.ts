/**
 * PNG of a figure's SVG, rendered at build time with resvg (`@resvg/resvg-js`, a Rust renderer
 * whose binary ships in a platform package of the npm registry: no install script, no download).
 *
 * Deterministic: resvg reads no system font (`loadSystemFonts: false`); every text is drawn with
 * Open Sans (SIL Open Font License 1.1), whose TTF files ship in the npm package
 * `@expo-google-fonts/open-sans` (figure-names.ts names them; a reader's browser draws the other
 * figures' PNGs with the same files and scale, src/client/figure-png.ts), so a clean CI machine
 * draws the same pixels as a laptop. The PNG holds nothing but the pixels of that SVG (no text chunk, no date): the same SVG gives the
 * same bytes.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FIGURE_FONT_FAMILY, FIGURE_FONT_PACKAGE, FIGURE_FONTS, PNG_BACKGROUND, PNG_SCALE } from './figure-names.ts';

export { FIGURE_FONT_FAMILY, PNG_SCALE };

const require = createRequire(import.meta.url);

/** The font files every figure is drawn with (figure-names.ts: each file loaded costs ~15 ms a render). */
export const FIGURE_FONT_FILES: readonly string[] = FIGURE_FONTS.map(({ file }) => require.resolve(`${FIGURE_FONT_PACKAGE}/${file}`));

/**
 * Everything resvg is told besides the SVG (the PNG cache, png-cache.ts, keys its files by these
 * options too, so a change here renders every PNG again).
 */
export const PNG_RENDER_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  background: PNG_BACKGROUND,
  font: {
    loadSystemFonts: false,
    fontFiles: [...FIGURE_FONT_FILES],
    defaultFontFamily: FIGURE_FONT_FAMILY,
    sansSerifFamily: FIGURE_FONT_FAMILY,
  },
};

/** The PNG of a standalone SVG, `PNG_SCALE` pixels per unit, on `PNG_BACKGROUND`. */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, PNG_RENDER_OPTIONS);
  return new Uint8Array(resvg.render().asPng());
}
