/**
 * CSS the site includes once (in its stylesheet, not inline). The SVGs carry no `style`
 * attribute and no `<style>` element, so a strict CSP needs no 'unsafe-inline'.
 *
 * - `.kc`: scales with its container (viewBox, width 100%, height auto).
 * - `.kc-r` (charts drawn at the default width 640): the root font size steps up as the chart
 *   gets narrower, so that text stays ≥ 11 CSS px from 288 px to any width: 14 units at
 *   ≥ 560 px, 18 at 400–559 px, 25 below (layouts leave room for 25). The steps follow the
 *   viewport (chart ≈ viewport − 32 px), and, more precisely, the chart's own width when an
 *   ancestor is a size container: wrap the SVG in `.kc-box` (or any `container-type:inline-size`).
 *   Year labels that only fit at the smaller steps are classed `kc-alt`/`kc-alt-mid` and hidden
 *   at the larger ones (marks.ts, xYearAxis).
 * - Text takes the page's font and colour (`currentColor`).
 */
import { FONT } from './marks.ts';

const HIDE_MID = '.kc-r .kc-alt-mid';
const HIDE_MAX = '.kc-r .kc-alt';

export const chartsCss = [
  `.kc{display:block;width:100%;height:auto;overflow:visible;font-family:inherit;font-size:${FONT.base}px}`,
  `.kc text{font-variant-numeric:tabular-nums}`,
  `.kc-box{container-type:inline-size}`,
  // Steps by the viewport (the chart is about as wide as a phone's screen)…
  `@media (max-width:591.98px){.kc-r{font-size:${FONT.mid}px}${HIDE_MID}{display:none}}`,
  `@media (max-width:431.98px){.kc-r{font-size:${FONT.max}px}${HIDE_MAX}{display:none}}`,
  // …or, inside a size container (.kc-box), by the chart's own width.
  `@container (min-width:560px){.kc-r{font-size:${FONT.base}px}${HIDE_MID},${HIDE_MAX}{display:inline}}`,
  `@container (min-width:400px) and (max-width:559.98px){.kc-r{font-size:${FONT.mid}px}${HIDE_MAX}{display:inline}${HIDE_MID}{display:none}}`,
  `@container (max-width:399.98px){.kc-r{font-size:${FONT.max}px}${HIDE_MID},${HIDE_MAX}{display:none}}`,
].join('\n');
