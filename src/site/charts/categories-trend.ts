/**
 * categories-trend: the assessed desa/kelurahan of one region per year, as bars stacked by
 * category, Bahaya at the base (darkest) up to Aman (lightest). A year with any category that is
 * not a number gets no bar at all (a partial stack would misplace the others) and shows its
 * mark at the baseline instead; the table shows every cell.
 */
import * as Plot from '@observablehq/plot';
import type { KawasanRecord } from '../../pipeline/publish/public-schema.ts';
import { byYear, where, changeSentence, count, emptyMessage, gapNotes, table, worstMark, yearRange } from './common.ts';
import { cellText, num } from './format.ts';
import {
  CATEGORY_COLORS,
  type KeyItem,
  keyHeight,
  keyMark,
  niceTicks,
  X_AXIS_HEIGHT,
  xYearAxis,
  yAxis,
  yAxisMargin,
} from './marks.ts';
import { type Category, textOf } from './text.ts';
import type { ChartContext, ChartModel } from './types.ts';

export const CATEGORIES: readonly Category[] = ['bahaya', 'waspada', 'siaga', 'aman'];
const PLOT_HEIGHT = 210;

export function categoriesTrend(records: readonly KawasanRecord[], { lang, width }: ChartContext): ChartModel {
  const t = textOf(lang);
  const rows = byYear(records, 'categories-trend');
  const years = rows.map((r) => r.tahun);
  const name = rows[0]?.nama ?? t.thisRegion;
  const title = t.categories.title(where(rows[0]?.nama, yearRange(years)));
  const fmt = count(lang);

  const columns = [
    { key: 'tahun', label: t.year, align: 'left' as const },
    ...CATEGORIES.map((c) => ({ key: c, label: t.categories.column[c], align: 'right' as const })),
    { key: 'rawan', label: t.categories.column.rawan, align: 'right' as const },
    { key: 'dinilai', label: t.categories.column.dinilai, align: 'right' as const },
  ];
  const tableRows = rows.map((r) => [String(r.tahun), ...CATEGORIES.map((c) => cellText(lang, r[c])), cellText(lang, r.rawan), cellText(lang, r.dinilai)]);

  // Takeaway: the change in rawan desa, the assessed desa of the same two years, then the gaps.
  const sentences: string[] = [];
  const rawan = changeSentence(t, t.categories.subject(name), rows, (r) => r.rawan, fmt);
  sentences.push(rawan ?? t.categories.none(name));
  const withRawan = rows.filter((r) => num(r.rawan) !== undefined);
  const first = withRawan[0];
  const last = withRawan[withRawan.length - 1];
  if (first && last && first !== last && num(first.dinilai) !== undefined && num(last.dinilai) !== undefined) {
    sentences.push(t.categories.assessed(fmt(num(first.dinilai)!), first.tahun, fmt(num(last.dinilai)!), last.tahun));
  }
  if (rawan) sentences.push(...gapNotes(t, rows, (r) => CATEGORIES.map((c) => r[c])));

  const model = {
    title,
    takeaway: sentences.join(' '),
    units: t.categories.units,
    source: 'ikrn' as const,
    table: table(t, title, columns, tableRows),
  };

  const complete = rows.filter((r) => CATEGORIES.every((c) => num(r[c]) !== undefined));
  if (!complete.length) {
    return { ...model, plot: null, message: emptyMessage(t, rows.flatMap((r) => CATEGORIES.map((c) => r[c]))) };
  }
  const bars = complete.flatMap((r) =>
    CATEGORIES.map((c) => ({ tahun: r.tahun, value: num(r[c])!, fill: CATEGORY_COLORS[c] })).filter((b) => b.value > 0),
  );
  const notes = rows
    .filter((r) => !complete.includes(r))
    .map((r) => ({ tahun: r.tahun, mark: worstMark(CATEGORIES.map((c) => r[c])) ?? '' }));

  const key: KeyItem[] = CATEGORIES.map((c) => ({ label: t.categories.key[c], glyph: { type: 'swatch', fill: CATEGORY_COLORS[c] } }));
  const ticks = niceTicks(Math.max(...complete.map((r) => CATEGORIES.reduce((s, c) => s + num(r[c])!, 0))));
  const marginLeft = yAxisMargin(ticks, fmt);
  const marginTop = keyHeight(key, width) + 16;
  const marginRight = 6;

  return {
    ...model,
    message: '',
    plot: {
      height: marginTop + PLOT_HEIGHT + X_AXIS_HEIGHT,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom: X_AXIS_HEIGHT,
      x: { type: 'band', domain: years, paddingInner: 0.3, paddingOuter: 0.15 },
      y: { domain: [0, ticks[ticks.length - 1]!] },
      color: { type: 'identity' },
      marks: [
        ...yAxis(ticks, fmt),
        Plot.barY(bars, { x: 'tahun', y: 'value', fill: 'fill', stroke: 'white', strokeWidth: 0.75, className: 'kc-bar' }),
        Plot.ruleY([0]),
        Plot.text(notes, { x: 'tahun', y: 0, text: 'mark', lineAnchor: 'bottom', dy: -6, className: 'kc-note' }),
        ...xYearAxis(years, width - marginLeft - marginRight, width),
        keyMark(key, width),
      ],
    },
  };
}
