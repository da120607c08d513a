/**
 * PNG of a figure's SVG, rendered at build time with resvg (`@resvg/resvg-js`, a Rust renderer
 * whose binary ships in a platform package of the npm registry: no install script, no download).
 *
 * Deterministic: resvg reads no system font (`loadSystemFonts: false`); every text is drawn with
 * Open Sans (SIL Open Font License 1.1), whose TTF files ship in the npm package
 * `@expo-google-fonts/open-sans`, so a clean CI machine draws the same pixels as a laptop. The
 * PNG holds nothing but the pixels of that SVG (no text chunk, no date): the same SVG gives the
 * same bytes.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The font files every figure is drawn with: regular, and semibold for headings and the note (each file loaded costs ~15 ms a render). */
export const FIGURE_FONT_FILES: readonly string[] = ['400Regular/OpenSans_400Regular.ttf', '600SemiBold/OpenSans_600SemiBold.ttf'].map((file) =>
  require.resolve(`@expo-google-fonts/open-sans/${file}`),
);
export const FIGURE_FONT_FAMILY = 'Open Sans';

/**
 * Pixels per SVG unit: the national map's figure (1,008 units wide) becomes 1,200 px, a
 * province's (688) 819 px; the text is the same size in every PNG.
 */
export const PNG_SCALE = 1200 / 1008;

/** The PNG of a standalone SVG, `PNG_SCALE` pixels per unit, on white. */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [...FIGURE_FONT_FILES],
      defaultFontFamily: FIGURE_FONT_FAMILY,
      sansSerifFamily: FIGURE_FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
