/**
 * The line chart shared by rawan-share and program-trend: one line per series over the years,
 * a dot at every number, a gap (no line, no dot) where a cell is a mark, the mark written at the
 * baseline under that year, the key above, and the last values labelled at the right end.
 */
import * as Plot from '@observablehq/plot';
import type { Marker } from '../../pipeline/publish/markers.ts';
import { worstMark } from './common.ts';
import { type Cell, num } from './format.ts';
import { type EndLabel, endLabelsMark, type KeyItem, type LineStyle, plotSymbol, textWidth, yearNotesMark, yearPlot } from './marks.ts';

export interface LineSeries {
  label: string;
  style: LineStyle;
  /** The cell of each year (absent = no record that year). */
  cells: Map<number, Cell>;
}

export interface LineChartInput {
  years: readonly number[];
  series: readonly LineSeries[];
  /** Y ticks from 0 (the last one is the top of the scale). */
  ticks: readonly number[];
  tickFormat: (n: number) => string;
  valueFormat: (n: number) => string;
  width: number;
}

/** True when at least one cell of one series is a number. */
export function hasNumbers(series: readonly LineSeries[]): boolean {
  return series.some((s) => [...s.cells.values()].some((c) => num(c) !== undefined));
}

export function lineChartPlot({ years, series, ticks, tickFormat, valueFormat, width }: LineChartInput): Plot.PlotOptions {
  const key: KeyItem[] = series.map((s) => ({ label: s.label, glyph: { type: 'line', style: s.style } }));
  const last = years[years.length - 1]!;
  const ends: EndLabel[] = series.flatMap((s) => {
    const v = num(s.cells.get(last));
    return v === undefined ? [] : [{ x: last, value: v, text: valueFormat(v), style: s.style }];
  });
  const notes: { tahun: number; mark: Marker }[] = [];
  for (const year of years) {
    const mark = worstMark(series.map((s) => s.cells.get(year)));
    if (mark) notes.push({ tahun: year, mark });
  }
  const marginRight = Math.max(12, ...ends.map((e) => textWidth(e.text) + 4)) - 8;
  const marks: Plot.Markish[] = [Plot.ruleY([0])];
  series.forEach((s, i) => {
    const data = years.map((tahun) => ({ tahun, v: num(s.cells.get(tahun)) ?? NaN }));
    marks.push(
      Plot.line(data, {
        x: 'tahun',
        y: 'v',
        stroke: s.style.stroke,
        strokeWidth: s.style.width,
        strokeDasharray: s.style.dash ?? undefined,
        className: `kc-line kc-s${i}`,
      }),
      Plot.dot(
        data.filter((d) => Number.isFinite(d.v)),
        { x: 'tahun', y: 'v', symbol: plotSymbol(s.style.symbol), fill: s.style.stroke, stroke: 'white', strokeWidth: 1, className: `kc-dot kc-s${i}` },
      ),
    );
  });
  marks.push(yearNotesMark(notes), endLabelsMark(ends));
  return yearPlot({ width, years, key, ticks, tickFormat, marginRight, x: { type: 'point', domain: years, padding: 0.35 } }, marks);
}
