/**
 * Shared pieces of the chart descriptions: sizes, palettes, text-width estimates, axes, the frame
 * of a chart over years (`yearPlot`), the key (legend with text), end-of-line value labels, and
 * the labels that stand in for bars or points that are not drawn because the number is
 * suppressed or missing.
 *
 * Type sizes. The SVG scales with its container (viewBox, width 100%), so a fixed font size
 * would shrink to 6 px on a phone. `chartsCss` therefore sets the root font size in three steps
 * (style.ts): 14 units when the chart is ≥ 560 px wide, 18 from 400 px, 25 below; at every
 * rendered width from 288 px up, text is ≥ 11 CSS px. Everything here is laid out so that it
 * still fits at the largest size (`FONT.max`): labels sit in rows sized for it, margins are
 * measured with it, and vertical offsets are in `em` where they follow the text.
 */
import * as Plot from '@observablehq/plot';

export const FONT = { base: 14, mid: 18, max: 25 } as const;
/** Height of one row of text at the largest size. */
export const LINE = Math.ceil(FONT.max * 1.25);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Relative advance widths (em) of common characters in a sans-serif face; rough but generous. */
function charEm(ch: string): number {
  if (/[ .,:;'’|!ilj()[\]ft]/.test(ch)) return 0.34;
  if (/[mwMW%@]/.test(ch)) return 0.96;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[0-9]/.test(ch)) return 0.64;
  return 0.6;
}

/** Estimated width of `text` at `font` units (default: the largest size). */
export function textWidth(text: string, font: number = FONT.max): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * font);
}

/** Round ticks from 0: [0, step, …, ≥ max], about `count` intervals. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

/** Category fills, dark → light (Bahaya → Aman): ordered in lightness, so they read in greyscale. */
export const CATEGORY_COLORS = {
  bahaya: '#7f1d1d',
  waspada: '#d1502f',
  siaga: '#f0a64a',
  aman: '#cfdbe6',
} as const;

export type SymbolName = 'circle' | 'square' | 'triangle';

/** How one line is drawn: colour, dash and symbol differ together (colour is never the only cue). */
export interface LineStyle {
  stroke: string;
  dash: string | null;
  symbol: SymbolName;
  width: number;
}

/** Okabe–Ito hues, darkened for ≥ 4.5:1 contrast on white; solid/dashed/dotted; ●/■/▲. */
export const LINE_STYLES: readonly LineStyle[] = [
  { stroke: '#b84a00', dash: null, symbol: 'circle', width: 3 },
  { stroke: '#0065a0', dash: '7,4', symbol: 'square', width: 2 },
  { stroke: '#555555', dash: '2,3', symbol: 'triangle', width: 2 },
  { stroke: '#007a5a', dash: '10,3,2,3', symbol: 'circle', width: 2 },
];

/** Participants (main), graduates, entrepreneurs: blue solid ●, green dashed ■, vermillion dotted ▲. */
export const PROGRAM_STYLES: readonly LineStyle[] = [
  { stroke: '#0065a0', dash: null, symbol: 'circle', width: 3 },
  { stroke: '#007a5a', dash: '7,4', symbol: 'square', width: 2 },
  { stroke: '#b84a00', dash: '2,3', symbol: 'triangle', width: 2 },
];

export function lineStyle(i: number): LineStyle {
  return LINE_STYLES[i % LINE_STYLES.length]!;
}

/** Radius of the dots (and of the symbols in the key), in SVG units. */
export const SYMBOL_SIZE = 5.5;

type Doc = Document;
function el(doc: Doc, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Path of a symbol centred on 0,0 (the key draws exactly what the dots draw). */
export function symbolPath(symbol: SymbolName, r = SYMBOL_SIZE): string {
  switch (symbol) {
    case 'circle':
      return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const h = r * 1.15;
      return `M0,${-h}L${h},${h * 0.75}H${-h}Z`;
    }
  }
}

/** Plot's custom-symbol interface for the three symbols (so dots and key agree exactly). */
export function plotSymbol(symbol: SymbolName): { draw(context: CanvasPath, size: number): void } {
  return {
    draw(context) {
      const r = SYMBOL_SIZE;
      if (symbol === 'circle') {
        context.moveTo(r, 0);
        context.arc(0, 0, r, 0, 2 * Math.PI);
      } else if (symbol === 'square') {
        const s = r * 0.9;
        context.rect(-s, -s, 2 * s, 2 * s);
      } else {
        const h = r * 1.15;
        context.moveTo(0, -h);
        context.lineTo(h, h * 0.75);
        context.lineTo(-h, h * 0.75);
        context.closePath();
      }
    },
  };
}

export type KeyGlyph = { type: 'swatch'; fill: string } | { type: 'line'; style: LineStyle };
export interface KeyItem {
  label: string;
  glyph: KeyGlyph;
}

const GLYPH = 34;
const SWATCH = 16;
const GLYPH_GAP = 7;
const ITEM_GAP = 20;

/** Where each key item goes: greedy rows, each item sized for the largest font. */
export function layoutKey(items: readonly KeyItem[], width: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = GLYPH + GLYPH_GAP + textWidth(item.label);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    out.push({ x, row });
    x += w + ITEM_GAP;
  }
  return out;
}

/** Height taken by the key above the plot. */
export function keyHeight(items: readonly KeyItem[], width: number): number {
  if (!items.length) return 0;
  const rows = Math.max(...layoutKey(items, width).map((p) => p.row)) + 1;
  return rows * LINE;
}

/** The key, drawn in the top margin (y from 0): a glyph then its label, in rows. */
export function keyMark(items: readonly KeyItem[], width: number): Plot.RenderFunction {
  const places = layoutKey(items, width);
  return (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const g = el(doc, 'g', { class: 'kc-key', 'text-anchor': 'start' });
    items.forEach((item, i) => {
      const { x, row } = places[i]!;
      const cy = row * LINE + LINE / 2;
      if (item.glyph.type === 'swatch') {
        g.append(el(doc, 'rect', { x, y: cy - 8, width: SWATCH, height: SWATCH, fill: item.glyph.fill }));
      } else {
        const s = item.glyph.style;
        const line = el(doc, 'path', { d: `M${x},${cy}h${GLYPH}`, stroke: s.stroke, 'stroke-width': s.width });
        if (s.dash) line.setAttribute('stroke-dasharray', s.dash);
        g.append(line);
        g.append(el(doc, 'path', { d: symbolPath(s.symbol), transform: `translate(${x + GLYPH / 2},${cy})`, fill: s.stroke, stroke: 'white' }));
      }
      const label = el(doc, 'text', { x: x + (item.glyph.type === 'swatch' ? SWATCH : GLYPH) + GLYPH_GAP, y: cy, dy: '0.32em' });
      label.textContent = item.label;
      g.append(label);
    });
    return g as unknown as SVGElement;
  };
}

/** Spreads label positions (px, downwards) at least `gap` apart, kept within [lo, hi]. */
export function dodge(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => o.y);
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
  if (out.length && out[out.length - 1]! > hi) out[out.length - 1] = hi;
  for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
  if (out.length && out[0]! < lo) {
    out[0] = lo;
    for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
  }
  const result: number[] = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]!));
  return result;
}

export interface EndLabel {
  x: number;
  value: number;
  text: string;
  style: LineStyle;
}

/** Value labels right of the last points, pushed apart so they never overlap at the largest font. */
export function endLabelsMark(labels: readonly EndLabel[]): Plot.RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const doc = context.document;
    const g = el(doc, 'g', { class: 'kc-val', 'text-anchor': 'start' });
    const x = scales.x!;
    const y = scales.y!;
    const ys = dodge(
      labels.map((l) => y(l.value) as number),
      LINE * 0.92,
      dimensions.marginTop,
      dimensions.height - dimensions.marginBottom,
    );
    labels.forEach((l, i) => {
      const px = (x(l.x) as number) + 12;
      const t = el(doc, 'text', { x: px, y: ys[i]!, dy: '0.32em' });
      t.textContent = l.text;
      g.append(t);
    });
    return g as unknown as SVGElement;
  };
}

/** Grid lines and labels of a zero-based y scale, labels in the left margin. */
export function yAxis(ticks: readonly number[], format: (n: number) => string): Plot.Markish[] {
  return [
    Plot.gridY(ticks, { strokeOpacity: 0.18 }),
    Plot.axisY(ticks, { tickSize: 0, tickPadding: 8, tickFormat: format, label: null }),
  ];
}

/** Margin that fits the y labels at the largest font. */
export function yAxisMargin(ticks: readonly number[], format: (n: number) => string): number {
  return Math.max(...ticks.map((t) => textWidth(format(t)))) + 12;
}

/** Width of the drawing that scales with the type steps of chartsCss (the `kc-r` class). */
export const DEFAULT_WIDTH = 640;

/**
 * Year labels under the plot. When they do not all fit at the largest type step, every other
 * year (counted back from the last) goes in a second axis classed `kc-alt` (hidden by chartsCss
 * at the largest step) or `kc-alt kc-alt-mid` (hidden from the middle step on). A drawing not
 * 640 wide has a fixed type size: only the labels that fit at it are drawn.
 */
export function xYearAxis(years: readonly number[], plotWidth: number, width: number): Plot.Markish[] {
  const per = plotWidth / Math.max(1, years.length);
  const fits = (font: number) => per >= textWidth('2000', font) + 4;
  const format = (d: number) => String(d);
  const axis = (ticks: readonly number[], className = 'kc-x') =>
    Plot.axisX(ticks, { tickSize: 0, tickPadding: 8, tickFormat: format, label: null, className });
  const responsive = width === DEFAULT_WIDTH;
  if (fits(responsive ? FONT.max : FONT.base)) return [axis(years)];
  const main = years.filter((_, i) => (years.length - 1 - i) % 2 === 0);
  const other = years.filter((_, i) => (years.length - 1 - i) % 2 === 1);
  if (!responsive || !fits(FONT.base)) return [axis(main)];
  return [axis(main), axis(other, fits(FONT.mid) ? 'kc-x kc-alt' : 'kc-x kc-alt kc-alt-mid')];
}

/** Space under the plot for the year labels. */
export const X_AXIS_HEIGHT = 8 + LINE;

/** Height of the plot area of a chart over years, between the key and the year labels. */
const YEAR_PLOT_HEIGHT = 210;

export interface YearFrame {
  width: number;
  years: readonly number[];
  key: readonly KeyItem[];
  /** Y ticks from 0 (the last one is the top of the scale). */
  ticks: readonly number[];
  tickFormat: (n: number) => string;
  marginRight: number;
  /** The year scale: bands for bars, points for lines. */
  x: Plot.ScaleOptions;
}

/**
 * A chart over years: the key on top, the zero-based y axis on the left, the year labels below,
 * and `marks` drawn between the y axis and the year labels. `options` adds scales (e.g. color).
 */
export function yearPlot(frame: YearFrame, marks: readonly Plot.Markish[], options: Plot.PlotOptions = {}): Plot.PlotOptions {
  const { width, years, key, ticks, tickFormat, marginRight } = frame;
  const marginTop = keyHeight(key, width) + 16;
  const marginLeft = yAxisMargin(ticks, tickFormat);
  return {
    height: marginTop + YEAR_PLOT_HEIGHT + X_AXIS_HEIGHT,
    marginTop,
    marginLeft,
    marginRight,
    marginBottom: X_AXIS_HEIGHT,
    x: frame.x,
    y: { domain: [0, ticks[ticks.length - 1]!] },
    ...options,
    marks: [...yAxis(ticks, tickFormat), ...marks, ...xYearAxis(years, width - marginLeft - marginRight, width), keyMark(key, width)],
  };
}

/** The marks of the years drawn without a bar or point, written at the baseline under the year. */
export function yearNotesMark(notes: readonly { tahun: number; mark: string }[]): Plot.Markish {
  return Plot.text(notes, { x: 'tahun', y: 0, text: 'mark', lineAnchor: 'bottom', dy: -6, className: 'kc-note' });
}
