/**
 * categories-trend: the assessed desa/kelurahan of one region per year, as bars stacked by
 * category, Bahaya at the base (darkest) up to Aman (lightest). A year with any category that is
 * not a number gets no bar at all (a partial stack would misplace the others) and shows its
 * mark at the baseline instead; the table shows every cell.
 */
import * as Plot from '@observablehq/plot';
import type { KawasanRecord } from '../../pipeline/publish/public-schema.ts';
import { t } from '../../i18n/index.ts';
import { byYear, recordData, where, changeSentence, count, emptyMessage, gapNotes, table, titled, worstMark, yearRange } from './common.ts';
import { cellText, num } from './format.ts';
import { CATEGORY_COLORS, type KeyItem, niceTicks, yearNotesMark, yearPlot } from './marks.ts';
import type { Category, ChartContext, ChartModel, Lang } from './types.ts';

export const CATEGORIES: readonly Category[] = ['bahaya', 'waspada', 'siaga', 'aman'];

export function categoriesTrend(records: readonly KawasanRecord[], { lang, width }: ChartContext): ChartModel {
  const rows = byYear(records, 'categories-trend');
  const years = rows.map((r) => r.tahun);
  const name = rows[0]?.nama ?? t(lang, 'chart.thisRegion');
  const title = titled(lang, 'chart.categories.title', where(rows[0]?.nama, yearRange(years)));
  const fmt = count(lang);

  const columns = [
    { key: 'tahun', label: t(lang, 'chart.year'), align: 'left' as const },
    ...CATEGORIES.map((c) => ({ key: c, label: t(lang, `chart.categories.key.${c}`), align: 'right' as const })),
    { key: 'rawan', label: t(lang, 'chart.categories.column.rawan'), align: 'right' as const },
    { key: 'dinilai', label: t(lang, 'chart.categories.column.dinilai'), align: 'right' as const },
  ];
  const tableRows = rows.map((r) => [String(r.tahun), ...CATEGORIES.map((c) => cellText(lang, r[c])), cellText(lang, r.rawan), cellText(lang, r.dinilai)]);

  const model = {
    title,
    takeaway: categoriesTakeaway(lang, rows, name, fmt),
    units: t(lang, 'chart.categories.units'),
    source: 'ikrn' as const,
    table: table(lang, title, columns, tableRows),
    data: recordData(rows, ['tahun', ...CATEGORIES, 'rawan', 'dinilai']),
  };

  const complete = rows.filter((r) => CATEGORIES.every((c) => num(r[c]) !== undefined));
  if (!complete.length) {
    return { ...model, plot: null, message: emptyMessage(lang, rows.flatMap((r) => CATEGORIES.map((c) => r[c]))) };
  }
  return { ...model, message: '', plot: categoriesPlot(lang, width, years, rows, complete, fmt) };
}

/** Takeaway: the change in rawan desa, the assessed desa of the same two years, then the gaps. */
function categoriesTakeaway(lang: Lang, rows: readonly KawasanRecord[], name: string, fmt: (n: number) => string): string {
  const sentences: string[] = [];
  const rawan = changeSentence(lang, t(lang, 'chart.categories.subject', { name }), rows, (r) => r.rawan, fmt);
  sentences.push(rawan ?? t(lang, 'chart.categories.none', { name }));
  const withRawan = rows.filter((r) => num(r.rawan) !== undefined);
  const first = withRawan[0];
  const last = withRawan[withRawan.length - 1];
  if (first && last && first !== last && num(first.dinilai) !== undefined && num(last.dinilai) !== undefined) {
    sentences.push(t(lang, 'chart.categories.assessed', { a: fmt(num(first.dinilai)!), y0: first.tahun, b: fmt(num(last.dinilai)!), y1: last.tahun }));
  }
  if (rawan) sentences.push(...gapNotes(lang, rows, (r) => CATEGORIES.map((c) => r[c])));
  return sentences.join(' ');
}

/** Bars stacked by category for the complete years, the other years' marks at the baseline, the key on top. */
function categoriesPlot(
  lang: Lang,
  width: number,
  years: readonly number[],
  rows: readonly KawasanRecord[],
  complete: readonly KawasanRecord[],
  fmt: (n: number) => string,
): Plot.PlotOptions {
  const bars = complete.flatMap((r) =>
    CATEGORIES.map((c) => ({ tahun: r.tahun, value: num(r[c])!, fill: CATEGORY_COLORS[c] })).filter((b) => b.value > 0),
  );
  const notes = rows
    .filter((r) => !complete.includes(r))
    .map((r) => ({ tahun: r.tahun, mark: worstMark(CATEGORIES.map((c) => r[c])) ?? '' }));

  const key: KeyItem[] = CATEGORIES.map((c) => ({ label: t(lang, `chart.categories.key.${c}`), glyph: { type: 'swatch', fill: CATEGORY_COLORS[c] } }));
  const ticks = niceTicks(Math.max(...complete.map((r) => CATEGORIES.reduce((s, c) => s + num(r[c])!, 0))));
  const x: Plot.ScaleOptions = { type: 'band', domain: years, paddingInner: 0.3, paddingOuter: 0.15 };
  const marks = [
    Plot.barY(bars, { x: 'tahun', y: 'value', fill: 'fill', stroke: 'white', strokeWidth: 0.75, className: 'kc-bar' }),
    Plot.ruleY([0]),
    yearNotesMark(notes),
  ];
  return yearPlot({ width, years, key, ticks, tickFormat: fmt, marginRight: 6, x }, marks, { color: { type: 'identity' } });
}
