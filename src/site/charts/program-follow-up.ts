/**
 * program-follow-up: of the desa rawan one year and assessed again the next, the share that left
 * the rawan classes (Siaga/Aman the next year), per year of arrival, for desa that had a
 * programme in the first year and for those that did not: two lines, 0–100 %. Descriptive, not
 * causal: the takeaway says so, with the number of desa each share rests on (coverage).
 */
import { MARKERS } from '../../pipeline/publish/markers.ts';
import type { TransitionRecord } from '../../pipeline/publish/public-schema.ts';
import { t } from '../../i18n/index.ts';
import { byYear, count, emptyMessage, table, titled, where, yearRange } from './common.ts';
import { type Cell, cellText, formatPercent, formatPercentTick, num } from './format.ts';
import { hasNumbers, lineChartPlot, type LineSeries } from './lines.ts';
import { PROGRAM_STYLES } from './marks.ts';
import type { ChartContext, ChartData, ChartModel } from './types.ts';

const TICKS = [0, 25, 50, 75, 100];
const SPLITS = ['ada_program', 'tanpa_program'] as const;

export function programFollowUp(records: readonly TransitionRecord[], { lang, width }: ChartContext): ChartModel {
  const rows = Object.fromEntries(SPLITS.map((split) => [split, byYear(records.filter((r) => r.program === split), `program-follow-up (${split})`)])) as Record<(typeof SPLITS)[number], TransitionRecord[]>;
  const years = [...new Set(SPLITS.flatMap((split) => rows[split].map((r) => r.tahun)))].sort((a, b) => a - b);
  const regionName = records[0]?.nama;
  const title = titled(lang, 'chart.followUp.title', where(regionName, yearRange(years)));
  const fmt = count(lang);
  const pct = (n: number) => formatPercent(lang, n);
  const series: LineSeries[] = SPLITS.map((split, i) => ({
    label: t(lang, `chart.followUp.series.${split}`),
    style: PROGRAM_STYLES[i]!,
    cells: new Map<number, Cell>(rows[split].map((r) => [r.tahun, r.rawan_keluar_persen])),
  }));
  const columns = [
    { key: 'tahun', label: t(lang, 'chart.followUp.column.years'), align: 'left' as const },
    ...SPLITS.flatMap((split) => [
      { key: `${split}-base`, label: t(lang, `chart.followUp.column.base.${split}`), align: 'right' as const },
      { key: `${split}-share`, label: t(lang, `chart.followUp.column.share.${split}`), align: 'right' as const },
    ]),
  ];
  const rowOf = (split: (typeof SPLITS)[number], year: number) => rows[split].find((r) => r.tahun === year);
  const tableRows = years.map((y) => [
    `${y - 1}→${y}`,
    ...SPLITS.flatMap((split) => [cellText(lang, rowOf(split, y)?.rawan_awal), cellText(lang, rowOf(split, y)?.rawan_keluar_persen, 'percent')]),
  ]);

  const latest = years.at(-1);
  const sentences: string[] = [];
  const [withP, withoutP] = SPLITS.map((split) => (latest === undefined ? undefined : rowOf(split, latest)));
  if (latest !== undefined && num(withP?.rawan_keluar_persen) !== undefined && num(withoutP?.rawan_keluar_persen) !== undefined) {
    sentences.push(
      t(lang, 'chart.followUp.latest', {
        from: latest - 1,
        to: latest,
        with: pct(num(withP!.rawan_keluar_persen)!),
        nWith: fmt(num(withP!.rawan_awal) ?? 0),
        without: pct(num(withoutP!.rawan_keluar_persen)!),
        nWithout: fmt(num(withoutP!.rawan_awal) ?? 0),
      }),
    );
  } else if (records.some((r) => r.program !== 'semua' && r.rawan_awal === MARKERS.suppressed)) {
    sentences.push(t(lang, 'chart.followUp.suppressed', { name: regionName ?? t(lang, 'chart.thisRegion') }));
  } else sentences.push(t(lang, 'chart.followUp.none', { name: regionName ?? t(lang, 'chart.thisRegion') }));
  sentences.push(t(lang, 'chart.followUp.notCausal'));

  const model = {
    title,
    takeaway: sentences.join(' '),
    units: t(lang, 'chart.followUp.units'),
    source: 'program' as const,
    table: table(lang, title, columns, tableRows),
    data: followUpData(years, rowOf, records[0]),
  };
  if (!years.length || !hasNumbers(series)) return { ...model, plot: null, message: emptyMessage(lang, series.flatMap((s) => years.map((y) => s.cells.get(y)))) };
  const plot = lineChartPlot({ years, series, ticks: TICKS, tickFormat: (n) => formatPercentTick(lang, n), valueFormat: pct, width });
  return { ...model, message: '', plot };
}

/**
 * The CSV of the chart, one row per year of arrival as in its table: the rawan desa of the first
 * year and the share that left, with and without a programme (`rawan_awal_ada_program`, …), as
 * published; a split without a record reads `[x]`.
 */
function followUpData(years: readonly number[], rowOf: (split: (typeof SPLITS)[number], year: number) => TransitionRecord | undefined, region: TransitionRecord | undefined): ChartData {
  const fields = ['rawan_awal', 'rawan_keluar_persen'] as const;
  const columns = ['kode', 'nama', 'tahun', ...SPLITS.flatMap((split) => fields.map((field) => `${field}_${split}`))];
  const rows = years.map((year) =>
    Object.fromEntries([
      ['kode', region?.kode],
      ['nama', region?.nama],
      ['tahun', year],
      ...SPLITS.flatMap((split) => fields.map((field) => [`${field}_${split}`, rowOf(split, year)?.[field] ?? '[x]'])),
    ]) as Record<string, string | number | undefined>,
  );
  return { columns, rows };
}
