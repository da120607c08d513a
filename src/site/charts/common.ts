/** Helpers shared by the chart kinds: records by year, marks in a table, takeaway pieces. */
import { MARKERS, type Marker } from '../../pipeline/publish/markers.ts';
import { type Cell, formatNumber, type Lang, listText, markOf, num } from './format.ts';
import { type MessageKey, t } from '../../i18n/index.ts';
import type { Change, ChartData, ChartTable, TableColumn } from './types.ts';

/** Records sorted by year; one per year (two records of the same year is a caller error). */
export function byYear<R extends { tahun: number; kode: string }>(records: readonly R[], what: string): R[] {
  const sorted = [...records].sort((a, b) => a.tahun - b.tahun);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.tahun === b.tahun) {
      throw new Error(`${what}: two records for ${b.tahun} (${a.kode}, ${b.kode}); pass the records of one region`);
    }
  }
  return sorted;
}

/** "Kota X, 2019–2025": the non-empty parts, comma-separated. */
export function where(...parts: (string | number | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '' && p !== 0).join(', ');
}

/** "2019–2025", or "2025" for one year. */
export function yearRange(years: readonly number[]): string {
  if (!years.length) return '';
  const a = years[0]!;
  const b = years[years.length - 1]!;
  return a === b ? String(a) : `${a}\u2013${b}`;
}

/** Marks in the order they are explained. */
const MARK_ORDER: Marker[] = [MARKERS.suppressed, MARKERS.noData, MARKERS.notApplicable];

/** The marks that occur in the table's cells. */
export function marksIn(rows: readonly string[][]): Marker[] {
  const seen = new Set(rows.flat());
  return MARK_ORDER.filter((m) => seen.has(m));
}

/** A title followed by where and when it is about ("…, Kota X, 2019–2025"), when known. */
export function titled(lang: Lang, key: MessageKey, whereText: string, separator = ', '): string {
  return whereText ? `${t(lang, key)}${separator}${whereText}` : t(lang, key);
}

/** A mark and its meaning as a caption says it: "[c] disamarkan untuk melindungi jumlah kecil". */
const CAPTION_MARK_KEY: Record<Marker, MessageKey> = { [MARKERS.suppressed]: 'mark.c.short', [MARKERS.noData]: 'mark.x', [MARKERS.notApplicable]: 'mark.z' };

export function table(lang: Lang, title: string, columns: TableColumn[], rows: string[][]): ChartTable {
  const marks = marksIn(rows).map((m) => `${m} ${t(lang, CAPTION_MARK_KEY[m])}`);
  const caption = marks.length ? t(lang, 'chart.captionMarks', { title, marks: marks.join('; ') }) : t(lang, 'chart.caption', { title });
  return { caption, columns, rows };
}

/** "2020, 2022 dan 2023" in the chart's language. */
export const listIn = (lang: Lang, items: readonly string[]): string => listText(items, t(lang, 'list.and'));

/** The CSV rows of a chart drawn from records of one region: `kode`, `nama`, then `fields` as published. */
export function recordData<R extends { kode: string; nama: string }>(records: readonly R[], fields: readonly (keyof R & string)[]): ChartData {
  return {
    columns: ['kode', 'nama', ...fields],
    rows: records.map((r) => Object.fromEntries([['kode', r.kode], ['nama', r.nama], ...fields.map((f) => [f, r[f] as string | number | undefined])])),
  };
}

/** The most telling mark among cells (suppressed before no data before not applicable). */
export function worstMark(cells: readonly (Cell | undefined)[]): Marker | undefined {
  const marks = new Set(cells.map(markOf).filter((m): m is Marker => m !== undefined));
  return MARK_ORDER.find((m) => marks.has(m));
}

/** First and last year with a number: the change between them, formatted. */
export function change<R extends { tahun: number }>(
  rows: readonly R[],
  value: (r: R) => Cell | undefined,
  format: (n: number) => string,
): { kind: 'none' } | { kind: 'single'; year: number; value: string } | { kind: 'change'; change: Change } {
  const defined = rows.filter((r) => num(value(r)) !== undefined);
  const first = defined[0];
  const last = defined[defined.length - 1];
  if (!first || !last) return { kind: 'none' };
  const a = num(value(first))!;
  const b = num(value(last))!;
  if (first === last) return { kind: 'single', year: last.tahun, value: format(b) };
  const from = format(a);
  const to = format(b);
  const dir = from === to ? 'same' : b > a ? 'up' : 'down';
  return { kind: 'change', change: { dir, from, to, y0: first.tahun, y1: last.tahun } };
}

/** The change sentence for a subject, or undefined when no year has a number. */
export function changeSentence<R extends { tahun: number }>(
  lang: Lang,
  subject: string,
  rows: readonly R[],
  value: (r: R) => Cell | undefined,
  format: (n: number) => string,
): string | undefined {
  const c = change(rows, value, format);
  if (c.kind === 'none') return undefined;
  if (c.kind === 'single') return t(lang, 'chart.single', { subject, value: c.value, year: c.year });
  const { dir, from, to, y0, y1 } = c.change;
  return t(lang, `chart.change.${dir}`, { subject, from, to, y0, y1 });
}

/** "Angka 2021 disamarkan …. Tidak ada data untuk 2020." for the years whose cells are marks. */
export function gapNotes<R extends { tahun: number }>(lang: Lang, rows: readonly R[], cells: (r: R) => (Cell | undefined)[]): string[] {
  const suppressed: string[] = [];
  const missing: string[] = [];
  for (const r of rows) {
    const mark = worstMark(cells(r));
    if (mark === MARKERS.suppressed) suppressed.push(String(r.tahun));
    else if (mark === MARKERS.noData) missing.push(String(r.tahun));
  }
  const notes: string[] = [];
  if (suppressed.length) notes.push(t(lang, 'chart.note.suppressed', { years: listIn(lang, suppressed) }));
  if (missing.length) notes.push(t(lang, 'chart.note.missing', { years: listIn(lang, missing) }));
  return notes;
}

/** Message of the small SVG drawn when no cell has a number. */
export function emptyMessage(lang: Lang, cells: readonly (Cell | undefined)[]): string {
  const marks = new Set(cells.map(markOf));
  if (marks.has(MARKERS.suppressed) && marks.has(MARKERS.noData)) return t(lang, 'chart.message.mixed');
  if (marks.has(MARKERS.suppressed)) return t(lang, 'chart.message.suppressed');
  return t(lang, 'chart.message.noData');
}

export function count(lang: Lang): (n: number) => string {
  return (n) => formatNumber(lang, n);
}

