/**
 * program-trend: participants, graduates and new entrepreneurs of the alternative-empowerment
 * programme of one region per year (all kinds together, `jenis` = semua). Suppressed counts
 * leave gaps, marked `[c]` under their year.
 */
import { MARKERS } from '../../pipeline/publish/markers.ts';
import type { ProgramRecord } from '../../pipeline/publish/public-schema.ts';
import { byYear, where, changeSentence, count, emptyMessage, gapNotes, table, yearRange } from './common.ts';
import { type Cell, cellText, num } from './format.ts';
import { hasNumbers, lineChartPlot, type LineSeries } from './lines.ts';
import { niceTicks, PROGRAM_STYLES } from './marks.ts';
import { type ProgramMeasure, textOf } from './text.ts';
import type { ChartContext, ChartModel } from './types.ts';

export const MEASURES: readonly ProgramMeasure[] = ['peserta', 'lulus', 'berwirausaha'];

export function programTrend(records: readonly ProgramRecord[], { lang, width }: ChartContext): ChartModel {
  const t = textOf(lang);
  const rows = byYear(
    records.filter((r) => r.jenis === 'semua'),
    'program-trend',
  );
  const years = rows.map((r) => r.tahun);
  const regionName = rows[0]?.nama ?? records[0]?.nama;
  const name = regionName ?? t.thisRegion;
  const title = t.programTrend.title(where(regionName, yearRange(years)));
  const fmt = count(lang);

  const columns = [
    { key: 'tahun', label: t.year, align: 'left' as const },
    ...MEASURES.map((m) => ({ key: m, label: t.programTrend.measure[m], align: 'right' as const })),
  ];
  const tableRows = rows.map((r) => [String(r.tahun), ...MEASURES.map((m) => cellText(lang, r[m]))]);

  const sentences: string[] = [];
  const main = changeSentence(t, t.programTrend.subject(name), rows, (r) => r.peserta, fmt);
  if (main) {
    sentences.push(main);
    const latest = [...rows].reverse().find((r) => num(r.lulus) !== undefined && num(r.berwirausaha) !== undefined);
    if (latest) sentences.push(t.programTrend.latest(latest.tahun, fmt(num(latest.lulus)!), fmt(num(latest.berwirausaha)!)));
    sentences.push(...gapNotes(t, rows, (r) => MEASURES.map((m) => r[m])));
  } else if (rows.length && rows.every((r) => r.peserta === MARKERS.suppressed)) {
    sentences.push(t.programTrend.allSuppressed(name));
  } else {
    sentences.push(t.programTrend.none(name));
  }

  const model = {
    title,
    takeaway: sentences.join(' '),
    units: t.programTrend.units,
    source: 'program' as const,
    table: table(t, title, columns, tableRows),
  };
  const series: LineSeries[] = MEASURES.map((m, i) => ({
    label: t.programTrend.measure[m],
    style: PROGRAM_STYLES[i]!,
    cells: new Map<number, Cell>(rows.map((r) => [r.tahun, r[m]])),
  }));
  if (!years.length || !hasNumbers(series)) {
    return { ...model, plot: null, message: emptyMessage(t, rows.flatMap((r) => MEASURES.map((m) => r[m]))) };
  }
  const max = Math.max(...series.flatMap((s) => [...s.cells.values()].map((c) => num(c) ?? 0)));
  const plot = lineChartPlot({ years, series, ticks: niceTicks(max), tickFormat: fmt, valueFormat: fmt, width });
  return { ...model, message: '', plot };
}
