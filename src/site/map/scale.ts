/**
 * Classed colour scale of the choropleth. The classes of each measure are FIXED (breaks.ts): the
 * same in every year, so a colour means the same figure whatever year is shown. Pure: the map, its
 * legend, the client's recolouring and the data table all read the same `Classes`.
 */

export interface Classes {
  /** Lower bound of every class after the first, strictly increasing: class i is [thresholds[i-1], thresholds[i]). */
  thresholds: readonly number[];
  /** One colour per class: `colors.length === thresholds.length + 1`. */
  colors: readonly string[];
  /** The measure's range: the first class starts at `domain[0]`, the last ends at `domain[1]` (inclusive). */
  domain: readonly [number, number];
  /**
   * The step of the figures shown (0.1: one decimal). A class's label ends one step below the next
   * class's lower bound ("0–19,9", "20–39,9"), so labels never overlap in the precision shown.
   */
  step: number;
}

/** Index of the class holding `value` (below the domain: the first; above: the last). */
export function binOf(c: Pick<Classes, 'thresholds'>, value: number): number {
  let i = 0;
  while (i < c.thresholds.length && value >= c.thresholds[i]!) i++;
  return i;
}

export function colorOf(c: Classes, value: number): string {
  return c.colors[binOf(c, value)] ?? '#ccc';
}

export interface LegendBin {
  /** Lower bound (inclusive) and the largest figure shown in the class (inclusive). */
  from: number;
  to: number;
  color: string;
  label: string;
}

/** `x` without the float noise of a subtraction (19.900000000000002 → 19.9). */
const clean = (x: number): number => Number(x.toPrecision(12));

/**
 * Legend rows of the classes: "from–to" with the caller's number format (e.g. Indonesian decimal
 * comma), `to` one step below the next class; pass `label` to word it differently.
 */
export function legendBins(
  c: Classes,
  format: (n: number) => string,
  label: (from: string, to: string, index: number, count: number) => string = (from, to) => `${from}–${to}`,
): LegendBin[] {
  const lower = [c.domain[0], ...c.thresholds];
  return c.colors.map((color, i) => {
    const from = lower[i]!;
    const next = c.thresholds[i];
    const to = next === undefined ? c.domain[1] : clean(next - c.step);
    return { from, to, color, label: label(format(from), format(to), i, c.colors.length) };
  });
}
