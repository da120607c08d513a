/**
 * The map data JSON (`/data-peta.json`, written by `mapData()` in page-map.ts) that the client
 * script fetches to recolour the national map for another year or measure. Types only, so the
 * browser script shares them without shipping anything.
 */
import type { Lang } from '../../i18n/lang.ts';

export interface MeasureData {
  /** The measure's fixed classes (breaks.ts): the same for every year. */
  thresholds: number[];
  colors: string[];
  /** Legend label of each class, per language ("0–19,9" / "0–19.9"). */
  legend: Record<Lang, string[]>;
  /** Whether low coverage is drawn striped and named on this measure (not on coverage itself). */
  marksLowCoverage: boolean;
  /** By year: the figure of each kab/kota, in the order of `codes` (a number or a mark). */
  values: Record<string, (number | string)[]>;
}

export interface MapData {
  years: number[];
  codes: string[];
  names: string[];
  /** By year: indices (into `codes`) of the kab/kota with low coverage (src/site/coverage.ts). */
  lowCoverage: Record<string, number[]>;
  measures: Record<string, MeasureData>;
}
