/**
 * program-trend: participants, graduates and new entrepreneurs of the alternative-empowerment
 * programme of one region per year (all kinds together, `jenis` = semua). Suppressed counts
 * leave gaps, marked `[c]` under their year.
 */
import { MARKERS } from '../../pipeline/publish/markers.ts';
import type { ProgramRecord } from '../../pipeline/publish/public-schema.ts';
import { t } from '../../i18n/index.ts';
import { byYear, recordData, where, changeSentence, count, emptyMessage, gapNotes, table, titled, yearRange } from './common.ts';
import { type Cell, cellText, num } from './format.ts';
import { hasNumbers, lineChartPlot, type LineSeries } from './lines.ts';
import { niceTicks, PROGRAM_STYLES } from './marks.ts';
import type { ChartContext, ChartModel, ProgramMeasure } from './types.ts';

export const MEASURES: readonly ProgramMeasure[] = ['peserta', 'lulus', 'berwirausaha'];

export function programTrend(records: readonly ProgramRecord[], { lang, width }: ChartContext): ChartModel {
  const rows = byYear(
    records.filter((r) => r.jenis === 'semua'),
    'program-trend',
  );
  const years = rows.map((r) => r.tahun);
  const regionName = rows[0]?.nama ?? records[0]?.nama;
  const name = regionName ?? t(lang, 'chart.thisRegion');
  const title = titled(lang, 'chart.programTrend.title', where(regionName, yearRange(years)));
  const fmt = count(lang);

  const columns = [
    { key: 'tahun', label: t(lang, 'chart.year'), align: 'left' as const },
    ...MEASURES.map((m) => ({ key: m, label: t(lang, `chart.programTrend.measure.${m}`), align: 'right' as const })),
  ];
  const tableRows = rows.map((r) => [String(r.tahun), ...MEASURES.map((m) => cellText(lang, r[m]))]);

  const sentences: string[] = [];
  const main = changeSentence(lang, t(lang, 'chart.programTrend.subject', { name }), rows, (r) => r.peserta, fmt);
  if (main) {
    sentences.push(main);
    const latest = [...rows].reverse().find((r) => num(r.lulus) !== undefined && num(r.berwirausaha) !== undefined);
    if (latest) sentences.push(t(lang, 'chart.programTrend.latest', { year: latest.tahun, lulus: fmt(num(latest.lulus)!), berwirausaha: fmt(num(latest.berwirausaha)!) }));
    sentences.push(...gapNotes(lang, rows, (r) => MEASURES.map((m) => r[m])));
  } else if (rows.length && rows.every((r) => r.peserta === MARKERS.suppressed)) {
    sentences.push(t(lang, 'chart.programTrend.allSuppressed', { name }));
  } else {
    sentences.push(t(lang, 'chart.programTrend.none', { name }));
  }

  const model = {
    title,
    takeaway: sentences.join(' '),
    units: t(lang, 'chart.programTrend.units'),
    source: 'program' as const,
    table: table(lang, title, columns, tableRows),
    data: recordData(rows, ['tahun', ...MEASURES]),
  };
  const series: LineSeries[] = MEASURES.map((m, i) => ({
    label: t(lang, `chart.programTrend.measure.${m}`),
    style: PROGRAM_STYLES[i]!,
    cells: new Map<number, Cell>(rows.map((r) => [r.tahun, r[m]])),
  }));
  if (!years.length || !hasNumbers(series)) {
    return { ...model, plot: null, message: emptyMessage(lang, rows.flatMap((r) => MEASURES.map((m) => r[m]))) };
  }
  const max = Math.max(...series.flatMap((s) => [...s.cells.values()].map((c) => num(c) ?? 0)));
  const plot = lineChartPlot({ years, series, ticks: niceTicks(max), tickFormat: fmt, valueFormat: fmt, width });
  return { ...model, message: '', plot };
}
