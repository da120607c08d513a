/**
 * rawan-share: rawan desa as a percent of the desa assessed, per year, for the region and the
 * areas it is compared with (typically its province and the nation): one line each, 0–100 %.
 * The first series is the subject of the takeaway.
 */
import type { KawasanRecord } from '../../pipeline/publish/public-schema.ts';
import { t } from '../../i18n/index.ts';
import { byYear, where, changeSentence, emptyMessage, gapNotes, listIn, table, titled, yearRange } from './common.ts';
import { type Cell, cellText, formatPercent, formatPercentTick, num } from './format.ts';
import { hasNumbers, lineChartPlot, type LineSeries } from './lines.ts';
import { lineStyle } from './marks.ts';
import type { ChartContext, ChartModel } from './types.ts';

const TICKS = [0, 25, 50, 75, 100];

export function rawanShare(input: readonly { label: string; records: readonly KawasanRecord[] }[], { lang, width }: ChartContext): ChartModel {
  const sorted = input.map((s) => ({ label: s.label, rows: byYear(s.records, `rawan-share (${s.label})`) }));
  const years = [...new Set(sorted.flatMap((s) => s.rows.map((r) => r.tahun)))].sort((a, b) => a - b);
  const labels = sorted.map((s) => s.label);
  const title = titled(lang, 'chart.share.title', where(listIn(lang, labels), yearRange(years)), ': ');
  const pct = (n: number) => formatPercent(lang, n);

  const series: LineSeries[] = sorted.map((s, i) => ({
    label: s.label,
    style: lineStyle(i),
    cells: new Map<number, Cell>(s.rows.map((r) => [r.tahun, r.rawan_persen])),
  }));
  const columns = [
    { key: 'tahun', label: t(lang, 'chart.year'), align: 'left' as const },
    ...series.map((s, i) => ({ key: `s${i}`, label: s.label, align: 'right' as const })),
  ];
  const rows = years.map((y) => [String(y), ...series.map((s) => cellText(lang, s.cells.get(y), 'percent'))]);

  const sentences: string[] = [];
  const focus = sorted[0];
  if (focus) {
    const main = changeSentence(lang, t(lang, 'chart.share.subject', { name: focus.label }), focus.rows, (r) => r.rawan_persen, pct);
    sentences.push(main ?? t(lang, 'chart.share.none', { name: focus.label }));
    const lastWithValue = [...focus.rows].reverse().find((r) => num(r.rawan_persen) !== undefined);
    if (lastWithValue) {
      const others = series.slice(1).flatMap((s) => {
        const v = num(s.cells.get(lastWithValue.tahun));
        return v === undefined ? [] : [`${s.label} ${pct(v)}`];
      });
      if (others.length) sentences.push(t(lang, 'chart.share.compare', { year: lastWithValue.tahun, list: listIn(lang, others) }));
      sentences.push(...gapNotes(lang, focus.rows, (r) => [r.rawan_persen]));
    }
  }

  // The CSV: one row per series and year of the table (a year a series lacks is [x]).
  const data = {
    columns: ['kode', 'nama', 'tahun', 'rawan_persen'],
    rows: sorted.flatMap((s) => years.map((y) => ({ kode: s.rows[0]?.kode, nama: s.rows[0]?.nama, tahun: y, rawan_persen: s.rows.find((r) => r.tahun === y)?.rawan_persen }))),
  };
  const model = { title, takeaway: sentences.join(' '), units: t(lang, 'chart.share.units'), source: 'ikrn' as const, table: table(lang, title, columns, rows), data };
  if (!years.length || !hasNumbers(series)) {
    return { ...model, plot: null, message: emptyMessage(lang, series.flatMap((s) => years.map((y) => s.cells.get(y)))) };
  }
  const plot = lineChartPlot({
    years,
    series,
    ticks: TICKS,
    tickFormat: (n) => formatPercentTick(lang, n),
    valueFormat: pct,
    width,
  });
  return { ...model, message: '', plot };
}
