import type { PlotOptions } from '@observablehq/plot';
import type { KawasanRecord, ProgramRecord, TransitionRecord } from '../../pipeline/publish/public-schema.ts';
import type { Lang } from './format.ts';

export type { Lang };

/** What to draw. Each kind takes the public records of one region (see index.ts). */
export type ChartSpec =
  | { kind: 'categories-trend'; records: KawasanRecord[] }
  | { kind: 'rawan-share'; series: { label: string; records: KawasanRecord[] }[] }
  | { kind: 'program-trend'; records: ProgramRecord[] }
  | { kind: 'program-kinds'; records: ProgramRecord[] }
  | { kind: 'program-follow-up'; records: TransitionRecord[] };

export type ChartKind = ChartSpec['kind'];

export interface ChartOptions {
  /**
   * The data are the synthetic sample (`meta.synthetic` of the public dataset's index.json):
   * the source line then says so. Default `true`, so that sample data can never be shown as
   * an official BNN figure by omission; pass `false` for a real release.
   */
  synthetic?: boolean;
  /** Width of the drawing in SVG units (the viewBox); the SVG itself scales to its container. Default 640. */
  width?: number;
}

export interface TableColumn {
  key: string;
  label: string;
  align: 'left' | 'right';
}

/**
 * The numbers a chart draws, language-neutral, for its CSV (src/site/figures/chart-figures.ts):
 * one object per row, keyed by `columns` (`kode`, `nama`, `tahun`, then the published fields);
 * cells as the public dataset has them (numbers unrounded, marks `[c]`/`[x]`/`[z]`, absent = `[x]`).
 * Every number of the table is one of these, formatted.
 */
export interface ChartData {
  columns: string[];
  rows: Record<string, string | number | undefined>[];
}

export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  /** One row per year (or per kind); every cell already formatted, marks shown as `[c]`/`[x]`/`[z]`. */
  rows: string[][];
}

export interface RenderedChart {
  /** `<svg role="img" aria-label="title. takeaway">…</svg>`, no width/height attributes. */
  svg: string;
  title: string;
  takeaway: string;
  units: string;
  source: string;
  table: ChartTable;
  data: ChartData;
}

/** Shared inputs of the per-kind builders. */
export interface ChartContext {
  lang: Lang;
  width: number;
}

/**
 * A chart described as data: the Plot options (pure, no document), or a message when there is
 * nothing to draw, plus every text around it.
 */
export interface ChartModel {
  title: string;
  takeaway: string;
  units: string;
  /** Which source line: IKRN mapping or the empowerment programme. */
  source: 'ikrn' | 'program';
  table: ChartTable;
  data: ChartData;
  plot: PlotOptions | null;
  /** Shown in the small SVG when `plot` is null. */
  message: string;
}

export type Category = 'bahaya' | 'waspada' | 'siaga' | 'aman';
export type ProgramMeasure = 'peserta' | 'lulus' | 'berwirausaha';

/** A change between two years: the values already formatted. */
export interface Change {
  dir: 'up' | 'down' | 'same';
  from: string;
  to: string;
  y0: number;
  y1: number;
}
