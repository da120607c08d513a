/**
 * Classed colour scale for the choropleth. Pure: the map, its legend and the data table all read
 * the same `Classification`, so a value always lands in the same bin everywhere.
 */

/**
 * ColorBrewer YlOrRd (6 classes, palest dropped so the lowest bin stays visible on white):
 * sequential, single direction light→dark, marked colour-blind safe, print- and greyscale-friendly.
 */
export const DEFAULT_COLORS: readonly string[] = ['#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];

export type ClassMethod = 'quantile' | 'nice-quantile' | 'equal-interval';

export interface Classification {
  /** Interior break points, strictly increasing; bin i is [thresholds[i-1], thresholds[i]). */
  thresholds: number[];
  /** One colour per bin: `colors.length === thresholds.length + 1` (empty when no values). */
  colors: string[];
  /** Smallest and largest classified value (`null` when there are none). */
  min: number | null;
  max: number | null;
}

export interface ClassifyOptions {
  colors?: readonly string[];
  method?: ClassMethod;
}

/** Rounds to two significant digits ("nice" enough for a legend, stable for the table). */
export function niceRound(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log10(Math.abs(x))) - 1;
  const f = 10 ** e;
  const r = Math.round(x / f) * f;
  return Number(r.toPrecision(12));
}

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (h - lo);
}

/** `k` colours spread over the whole ramp (first and last always included). */
function spread(colors: readonly string[], k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [colors[Math.floor((colors.length - 1) / 2)]!];
  return Array.from({ length: k }, (_, i) => colors[Math.round((i * (colors.length - 1)) / (k - 1))]!);
}

/**
 * Breaks `values` into at most `colors.length` bins. Non-finite values are ignored.
 * - quantile: breaks at equal-count quantiles;
 * - nice-quantile (default): quantile breaks rounded to two significant digits;
 * - equal-interval: equal-width bins between min and max.
 * Duplicate or out-of-range breaks are removed, so there may be fewer bins than colours
 * (the colours are then spread over the ramp).
 */
export function classify(values: Iterable<number>, options: ClassifyOptions = {}): Classification {
  const colors = options.colors ?? DEFAULT_COLORS;
  const method = options.method ?? 'nice-quantile';
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { thresholds: [], colors: [], min: null, max: null };
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const n = colors.length;
  const raw: number[] = [];
  for (let i = 1; i < n; i++) {
    const p = i / n;
    let t = method === 'equal-interval' ? min + (max - min) * p : quantile(sorted, p);
    if (method !== 'quantile') t = niceRound(t);
    raw.push(t);
  }
  const thresholds: number[] = [];
  for (const t of raw) {
    if (t > min && t <= max && (thresholds.length === 0 || t > thresholds[thresholds.length - 1]!)) thresholds.push(t);
  }
  return { thresholds, colors: spread(colors, thresholds.length + 1), min, max };
}

/** Index of the bin holding `value`. */
export function binOf(c: Classification, value: number): number {
  let i = 0;
  while (i < c.thresholds.length && value >= c.thresholds[i]!) i++;
  return i;
}

export function colorOf(c: Classification, value: number): string {
  return c.colors[binOf(c, value)] ?? '#ccc';
}

export interface LegendBin {
  /** Lower bound (inclusive) and upper bound (exclusive, inclusive for the last bin). */
  from: number;
  to: number;
  color: string;
  label: string;
}

/**
 * Legend rows for the bins. The default label is "from–to" with the caller's number format
 * (e.g. Indonesian decimal comma); pass `label` to word it differently.
 */
export function legendBins(
  c: Classification,
  format: (n: number) => string,
  label: (from: string, to: string, index: number, count: number) => string = (from, to) => `${from}–${to}`,
): LegendBin[] {
  if (c.min === null || c.max === null) return [];
  const bounds = [c.min, ...c.thresholds, c.max];
  return c.colors.map((color, i) => {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    return { from, to, color, label: label(format(from), format(to), i, c.colors.length) };
  });
}
