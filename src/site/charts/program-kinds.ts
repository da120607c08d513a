/**
 * program-kinds: for one region and year, the activities and the participants of each kind of
 * alternative-empowerment activity, as two columns of horizontal bars (each on its own scale,
 * every bar labelled with its number). The kind's name sits above its bars, so long names fit
 * at any width. A suppressed count gets no bar, only its mark.
 */
import * as Plot from '@observablehq/plot';
import { MARKERS } from '../../pipeline/publish/markers.ts';
import { JENIS_PROGRAM, type JenisProgram, type ProgramRecord } from '../../pipeline/publish/public-schema.ts';
import { t } from '../../i18n/index.ts';
import { count, emptyMessage, recordData, listIn, table, titled, where } from './common.ts';
import { type Cell, cellText, markOf, num } from './format.ts';
import { FONT, LINE } from './marks.ts';
import type { ChartContext, ChartModel, Lang } from './types.ts';

type Measure = 'kegiatan' | 'peserta';
const MEASURES: readonly Measure[] = ['kegiatan', 'peserta'];
const FILL: Record<Measure, string> = { kegiatan: '#0065a0', peserta: '#7a4f9a' };

/** One band per kind: name on top, bar below. */
const BAR = 20;
const BAR_BOTTOM = 6;
const NAME_GAP = 5;
const NAME = FONT.max + 3;
const ROW = NAME + NAME_GAP + BAR + BAR_BOTTOM;
const HEADER = LINE + 8;
/** The longest bar takes 1 / X_TOP of its column; the rest is for its label. */
const X_TOP = 1.65;

export function programKinds(records: readonly ProgramRecord[], { lang }: ChartContext): ChartModel {
  const rows = kindRows(records);
  const year = rows[0]?.tahun ?? records[0]?.tahun ?? 0;
  const regionName = rows[0]?.nama ?? records[0]?.nama;
  const name = regionName ?? t(lang, 'chart.thisRegion');
  const title = titled(lang, 'chart.programKinds.title', where(regionName, year));
  const fmt = count(lang);
  const label: KindLabel = (r) => t(lang, `chart.programKinds.kind.${r.jenis}`);

  const columns = [
    { key: 'jenis', label: t(lang, 'chart.programKinds.column.kind'), align: 'left' as const },
    { key: 'kegiatan', label: t(lang, 'chart.programKinds.column.kegiatan'), align: 'right' as const },
    { key: 'peserta', label: t(lang, 'chart.programKinds.column.peserta'), align: 'right' as const },
  ];
  const tableRows = rows.map((r) => [label(r), cellText(lang, r.kegiatan), cellText(lang, r.peserta)]);

  const model = {
    title,
    takeaway: kindsTakeaway(lang, rows, year, name, fmt, label),
    units: t(lang, 'chart.programKinds.units'),
    source: 'program' as const,
    table: table(lang, title, columns, tableRows),
    data: recordData(rows, ['tahun', 'jenis', ...MEASURES]),
  };
  const cells: Cell[] = rows.flatMap((r) => [r.kegiatan, r.peserta]);
  if (!cells.some((c) => num(c) !== undefined)) return { ...model, plot: null, message: emptyMessage(lang, cells) };
  return { ...model, message: '', plot: kindsPlot(lang, rows, fmt, label) };
}

type KindRecord = ProgramRecord & { jenis: JenisProgram };
type KindLabel = (r: { jenis: JenisProgram }) => string;

/** The records of each kind (not `semua`), in the order of `JENIS_PROGRAM`; throws unless they are of one region and year. */
function kindRows(records: readonly ProgramRecord[]): KindRecord[] {
  const kinds = records.filter((r): r is KindRecord => r.jenis !== 'semua');
  const years = [...new Set(kinds.map((r) => r.tahun))];
  if (years.length > 1) throw new Error(`program-kinds: records of one year expected, got ${years.join(', ')}`);
  const seen = new Set<string>();
  for (const r of kinds) {
    if (seen.has(r.jenis)) throw new Error(`program-kinds: two records for ${r.jenis} (${r.kode}); pass the records of one region`);
    seen.add(r.jenis);
  }
  return JENIS_PROGRAM.flatMap((j) => kinds.filter((r) => r.jenis === j));
}

/** Takeaway: the most frequent kind (ties named together), then participants or why not. */
function kindsTakeaway(lang: Lang, rows: readonly KindRecord[], year: number, name: string, fmt: (n: number) => string, label: KindLabel): string {
  const sentences: string[] = [];
  const acts = rows.map((r) => num(r.kegiatan));
  if (!rows.length) sentences.push(t(lang, 'chart.programKinds.none', { name }));
  else if (acts.every((a) => a !== undefined)) {
    const total = acts.reduce((s: number, a) => s + a!, 0);
    if (total === 0) sentences.push(t(lang, 'chart.programKinds.noActivities', { year, name }));
    else {
      const max = Math.max(...acts.map((a) => a!));
      const top = rows.filter((r) => num(r.kegiatan) === max).map(label);
      sentences.push(
        max === total
          ? t(lang, max === 1 ? 'chart.programKinds.onlyKindOne' : 'chart.programKinds.onlyKind', { year, name, kind: top[0]!, n: fmt(max) })
          : t(lang, top.length > 1 ? 'chart.programKinds.topActivitiesTie' : 'chart.programKinds.topActivities', { year, name, kinds: listIn(lang, top), n: fmt(max), total: fmt(total) }),
      );
    }
  }
  const people = rows.map((r) => r.peserta);
  if (rows.length && people.some((p) => p === MARKERS.suppressed)) {
    sentences.push(t(lang, people.every((p) => p === MARKERS.suppressed) ? 'chart.programKinds.allSuppressed' : 'chart.programKinds.someSuppressed'));
  } else if (people.length && people.every((p) => num(p) !== undefined)) {
    const max = Math.max(...people.map((p) => num(p)!));
    if (max > 0) {
      const top = rows.filter((r) => num(r.peserta) === max).map(label);
      sentences.push(t(lang, top.length > 1 ? 'chart.programKinds.topParticipantsTie' : 'chart.programKinds.topParticipants', { kinds: listIn(lang, top), n: fmt(max) }));
    }
  }
  return sentences.join(' ');
}

/** Per kind, its name above a bar of its activities and one of its participants (each column on its own scale). */
function kindsPlot(lang: Lang, rows: readonly KindRecord[], fmt: (n: number) => string, label: KindLabel): Plot.PlotOptions {
  const maxOf = (m: Measure) => Math.max(1, ...rows.map((r) => num(r[m]) ?? 0));
  const values = rows.flatMap((r) =>
    MEASURES.map((m) => {
      const v = num(r[m]);
      return { kind: label(r), m, frac: v === undefined ? 0 : v / maxOf(m), bar: v !== undefined && v > 0, text: v === undefined ? (markOf(r[m]) ?? '') : fmt(v) };
    }),
  );
  const kindLabels = rows.map(label);
  const headers = MEASURES.map((m) => ({ m, text: t(lang, `chart.programKinds.column.${m}`) }));
  // Offsets from the band's centre (ROW / 2): the name's baseline, then the bar's centre.
  const nameY = NAME - ROW / 2;
  const barY = NAME + NAME_GAP + BAR / 2 - ROW / 2;

  return {
    height: HEADER + rows.length * ROW + 2,
    marginTop: HEADER,
    marginLeft: 0,
    marginRight: 0,
    marginBottom: 2,
    fx: { domain: MEASURES, padding: 0.06, axis: null },
    x: { domain: [0, X_TOP], axis: null },
    y: { type: 'band', domain: kindLabels, padding: 0, axis: null },
    marks: [
      Plot.ruleX([0], { strokeOpacity: 0.3 }),
      Plot.barX(
        values.filter((d) => d.bar),
        { fx: 'm', y: 'kind', x: 'frac', fill: (d: { m: Measure }) => FILL[d.m], insetTop: NAME + NAME_GAP, insetBottom: BAR_BOTTOM, className: 'kc-bar' },
      ),
      Plot.text(values, { fx: 'm', y: 'kind', x: 'frac', text: 'text', textAnchor: 'start', dx: 6, dy: barY, className: 'kc-val' }),
      Plot.text(
        kindLabels.map((k) => ({ k, m: 'kegiatan' })),
        { fx: 'm', y: 'k', x: 0, text: 'k', textAnchor: 'start', lineAnchor: 'bottom', dy: nameY, className: 'kc-kind' },
      ),
      Plot.text(headers, { fx: 'm', frameAnchor: 'top-left', text: 'text', textAnchor: 'start', lineAnchor: 'bottom', dy: -10, fontWeight: 'bold' }),
    ],
    color: { type: 'identity' },
  };
}
