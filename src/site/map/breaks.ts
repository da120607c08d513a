/**
 * The map's measures and their FIXED colour classes: one set of breaks per measure for every year,
 * chosen from what the measure means and its range (whole numbers, non-overlapping labels in the
 * one-decimal precision the site shows). Colours are ColorBrewer sequential ramps, marked
 * colour-blind safe, light → dark, with the palest step dropped so the lowest class stays visible
 * on white.
 */
import type { Classes } from './scale.ts';

export const MAP_MEASURES = ['rawan_persen', 'skor_rata', 'cakupan_persen'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** ColorBrewer YlOrRd (6 classes, palest dropped): more vulnerable is darker and redder. */
export const YL_OR_RD: readonly string[] = ['#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
/** ColorBrewer PuBu (6 classes, palest dropped): coverage is not a risk, so it has a hue of its own. */
export const PU_BU: readonly string[] = ['#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'];

/** Figures are published with one decimal (src/pipeline/aggregate/derive.ts). */
const ONE_DECIMAL = 0.1;

export const MAP_CLASSES: Readonly<Record<MapMeasure, Classes>> = {
  /** Share of assessed desa that are rawan, 0–100 %: five equal classes of 20 points. */
  rawan_persen: { thresholds: [20, 40, 60, 80], colors: YL_OR_RD, domain: [0, 100], step: ONE_DECIMAL },
  /** Mean IKRN score, 0–100, higher is more vulnerable: the same five classes of 20 points. */
  skor_rata: { thresholds: [20, 40, 60, 80], colors: YL_OR_RD, domain: [0, 100], step: ONE_DECIMAL },
  /**
   * Share of desa assessed, 0–100 %: skewed low (16.6 % nationally), so the classes are narrow at
   * the bottom; the first ends where low coverage starts to count (coverage.ts: under 10 %).
   */
  cakupan_persen: { thresholds: [10, 20, 30, 50], colors: PU_BU, domain: [0, 100], step: ONE_DECIMAL },
};

/**
 * Whether the map marks low coverage (coverage.ts) on a measure: yes for figures computed over the
 * desa assessed; not on the coverage map itself, whose colour already is the coverage.
 */
export const MARKS_LOW_COVERAGE: Readonly<Record<MapMeasure, boolean>> = {
  rawan_persen: true,
  skor_rata: true,
  cakupan_persen: false,
};
