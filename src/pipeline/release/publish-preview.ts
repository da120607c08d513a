/**
 * The publish preview for staff: what the build about to be published changes compared with the
 * last committed release: years added, kab/kota whose published figures changed, the biggest
 * changes, cells newly suppressed or shown again. Lines in Bahasa Indonesia or English, for the
 * terminal (scripts/preview.ts) and for the build log.
 */
import { fieldTitle } from '../../i18n/fields.ts';
import { type Lang, type MessageKey, t, translator } from '../../i18n/index.ts';
import { MARKERS } from '../publish/markers.ts';
import { tableFields, type PublicTableName } from '../publish/public-schema.ts';
import { changedUnits, diffIsEmpty, type CellChange, type ChangeKind, type DatasetDiff, type RowChange } from './diff.ts';
import type { ReleaseInfo, ReleaseRecord } from './release.ts';
import type { PublicTables, Row } from '../publish/tables.ts';

export interface PreviewOptions {
  lang?: Lang;
  /** Most kab/kota listed (default 20). */
  maxUnits?: number;
  /** Most changes listed per list (default 10). */
  maxItems?: number;
  /** Indent of every line (default ''). */
  indent?: string;
}

/** A kind of change as the preview names it ("baru disamarkan [c]"): the changelog page's word, with the mark. */
function kindLabel(lang: Lang, kind: ChangeKind): string {
  const word = t(lang, `cl.kind.${kind}`);
  return kind === 'suppressed' ? `${word} ${MARKERS.suppressed}` : word;
}

const formatter = (lang: Lang) => {
  const locale = t(lang, 'locale');
  return (value: number | string, signed = false) =>
    typeof value === 'number' ? value.toLocaleString(locale, { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' }) : value;
};

/** `kawasan 2024 · 31.72 Kota Adm. Jakarta Utara · pelatihan_keterampilan · peserta` */
export function changePlace(change: CellChange | RowChange, lang: Lang): string {
  const parts: string[] = [change.table];
  if (change.tahun !== null) parts[0] = `${change.table} ${change.tahun}`;
  parts.push(`${change.kode} ${change.nama}`);
  if (change.jenis) parts.push(change.jenis);
  if ('field' in change) {
    const title = fieldTitle(lang, change.field);
    parts.push(title && title !== change.field ? `${change.field} (${title})` : change.field);
  }
  return parts.join(' · ');
}

export function changeText(change: CellChange, lang: Lang): string {
  const n = formatter(lang);
  let delta = '';
  if (typeof change.old === 'number' && typeof change.new === 'number') {
    const difference = Math.round((change.new - change.old) * 100) / 100;
    const percent = change.old !== 0 ? ((change.new - change.old) / Math.abs(change.old)) * 100 : undefined;
    const relative = percent === undefined ? '' : Math.abs(percent) < 0.05 ? ` ${percent < 0 ? '-' : '+'}<${n(0.1)}%` : ` ${n(Math.round(percent * 10) / 10, true)}%`;
    delta = ` (${n(difference, true)};${relative || ' –'})`.replace('; –)', ')');
  }
  return `${changePlace(change, lang)}: ${n(change.old)} → ${n(change.new)}${delta}`;
}

const countKinds: readonly PublicTableName[] = ['kawasan', 'program', 'wilayah'];
const isCountField = (table: PublicTableName, field: string) => {
  const meta = tableFields(table).find((entry) => entry.name === field)?.meta;
  return !!meta && (meta.kind === 'count' || meta.kind === 'person-count') && meta.unit !== 'rupiah';
};

/** The biggest revisions of counts (not rupiah, not derived changes), largest absolute change first. */
export function biggestChanges(diff: DatasetDiff, limit: number): CellChange[] {
  return diff.changes
    .filter((change) => change.kind === 'revised' && countKinds.includes(change.table) && isCountField(change.table, change.field))
    .sort((a, b) => Math.abs(Number(b.new) - Number(b.old)) - Math.abs(Number(a.new) - Number(a.old)) || (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0))
    .slice(0, limit);
}

/** A kab/kota's year-on-year change of `rawan` desa (bahaya + waspada), as the new year publishes it. */
export interface YearChange {
  kode: string;
  nama: string;
  before: number;
  after: number;
}

/** What a newly added year shows the public: coverage, the national figures, the biggest moves. */
export interface NewYearSummary {
  year: number;
  national: Row | undefined;
  /** kab/kota whose rawan count is published as a number / hidden [c] / without data [x]. */
  shown: number;
  suppressed: number;
  missing: number;
  /** kab/kota with the largest change of rawan desa since the previous year, largest first. */
  biggest: YearChange[];
}

export function newYearSummary(tables: PublicTables, year: number, limit: number): NewYearSummary {
  const rows = tables.kawasan.filter((row) => row.tahun === year);
  const kabkota = rows.filter((row) => row.tingkat === 'kabkota');
  const previous = new Map(tables.kawasan.filter((row) => row.tahun === year - 1 && row.tingkat === 'kabkota').map((row) => [row.kode, row.rawan]));
  const biggest: YearChange[] = [];
  for (const row of kabkota) {
    const before = previous.get(row.kode);
    if (typeof row.rawan === 'number' && typeof before === 'number' && row.rawan !== before) {
      biggest.push({ kode: String(row.kode), nama: String(row.nama), before, after: row.rawan });
    }
  }
  biggest.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || (a.kode < b.kode ? -1 : 1));
  return {
    year,
    national: rows.find((row) => row.tingkat === 'nasional'),
    shown: kabkota.filter((row) => typeof row.rawan === 'number').length,
    suppressed: kabkota.filter((row) => row.rawan === MARKERS.suppressed).length,
    missing: kabkota.filter((row) => row.rawan === MARKERS.noData).length,
    biggest: biggest.slice(0, limit),
  };
}

/** Where the preview writes: its language, number format, limits and an indenting `say`. */
interface Writer {
  lang: Lang;
  tr: ReturnType<typeof translator>;
  n: ReturnType<typeof formatter>;
  maxUnits: number;
  maxItems: number;
  say: (text: string, depth?: number) => void;
}

/** At most `maxItems` items, then how many more. */
function sayList<T>(out: Writer, items: readonly T[], show: (item: T) => string, depth = 2): void {
  for (const item of items.slice(0, out.maxItems)) out.say(show(item), depth);
  if (items.length > out.maxItems) out.say(out.tr('preview.more', { n: out.n(items.length - out.maxItems) }), depth);
}

/** Years added (with what each shows the public) and removed. */
function sayYears(out: Writer, diff: DatasetDiff, tables: PublicTables | undefined): void {
  const { tr, n, say } = out;
  say(`${tr('cl.yearsAdded')}: ${diff.yearsAdded.join(', ') || tr('dl.none')}`, 1);
  if (diff.yearsRemoved.length > 0) say(`⚠ ${tr('cl.yearsRemoved')}: ${diff.yearsRemoved.join(', ')}`, 1);
  for (const year of tables ? diff.yearsAdded : []) {
    const summary = newYearSummary(tables!, year, out.maxItems);
    const figure = (field: string) => {
      const value = summary.national?.[field];
      return typeof value === 'number' ? String(n(value)) : String(value ?? '–');
    };
    const national = { dinilai: figure('dinilai'), rawan: figure('rawan'), bahaya: figure('bahaya'), waspada: figure('waspada') };
    say(tr('preview.newYear', { year, ...national, shown: n(summary.shown), suppressed: n(summary.suppressed), missing: n(summary.missing) }), 2);
    if (summary.biggest.length === 0) continue;
    say(tr('preview.newYearBiggest', { year: year - 1 }), 2);
    for (const change of summary.biggest) say(`${change.kode} ${change.nama}: ${n(change.before)} → ${n(change.after)} (${n(change.after - change.before, true)})`, 3);
  }
}

/** Changed figures of earlier years: how many, where, the biggest, and every change of status. */
function sayChanges(out: Writer, diff: DatasetDiff): void {
  const { lang, tr, n, say } = out;
  const kinds = (Object.keys(diff.counts) as ChangeKind[]).filter((kind) => diff.counts[kind] > 0);
  const breakdown = kinds.map((kind) => `${kindLabel(lang, kind)} ${n(diff.counts[kind])}`).join(', ');
  say(breakdown ? tr('preview.changedKinds', { n: n(diff.changes.length), kinds: breakdown }) : tr('preview.changed', { n: n(diff.changes.length) }), 1);
  const units = changedUnits(diff, 'kabkota');
  if (units.length > 0) {
    say(tr('preview.units', { n: n(units.length) }), 1);
    for (const unit of units.slice(0, out.maxUnits)) say(`${unit.kode} ${unit.nama}: ${tr('cl.changedCount', { n: n(unit.cells) })}`, 2);
    if (units.length > out.maxUnits) say(tr('preview.unitsMore', { n: n(units.length - out.maxUnits) }), 2);
  }
  const biggest = biggestChanges(diff, out.maxItems);
  if (biggest.length > 0) {
    say(tr('preview.biggest'), 1);
    sayList(out, biggest, (change) => changeText(change, lang));
  }
  for (const kind of ['suppressed', 'unsuppressed', 'withdrawn', 'reported', 'text'] as const) {
    const changes = diff.changes.filter((change) => change.kind === kind);
    if (changes.length === 0) continue;
    say(tr('preview.cells', { kind: kindLabel(lang, kind), n: n(changes.length) }), 1);
    sayList(out, changes, (change) => changeText(change, lang));
  }
}

/** Rows added to or removed from years already published, fields added or removed. */
function sayRowsAndFields(out: Writer, diff: DatasetDiff): void {
  const rows: [readonly RowChange[], MessageKey][] = [
    [diff.rowsAdded, 'preview.rowsAdded'],
    [diff.rowsRemoved, 'preview.rowsRemoved'],
  ];
  for (const [changes, key] of rows) {
    if (changes.length === 0) continue;
    out.say(out.tr(key, { n: out.n(changes.length) }), 1);
    sayList(out, changes, (row) => changePlace(row, out.lang));
  }
  for (const table of diff.tablesAdded) out.say(out.tr('preview.tableAdded', { table }), 1);
  for (const { table, field } of diff.fieldsAdded) out.say(out.tr('preview.fieldAdded', { field: `${table}.${field}` }), 1);
  for (const { table, field } of diff.fieldsRemoved) out.say(out.tr('preview.fieldRemoved', { field: `${table}.${field}` }), 1);
}

/** The preview as lines. */
export function publishPreviewLines(
  input: { release: ReleaseInfo; previous: ReleaseRecord | undefined; diff: DatasetDiff; tables?: PublicTables },
  options: PreviewOptions = {},
): string[] {
  const lang = options.lang ?? 'id';
  const pad = options.indent ?? '';
  const lines: string[] = [];
  const say = (text: string, depth = 0) => lines.push(`${pad}${'  '.repeat(depth)}${text}`);
  const out: Writer = { lang, tr: translator(lang), n: formatter(lang), maxUnits: options.maxUnits ?? 20, maxItems: options.maxItems ?? 10, say };
  const { release, previous, diff } = input;
  const tr = out.tr;

  say(tr('preview.title'));
  const source = tr(`preview.dateSource.${release.dateSource}`);
  say(tr(release.draft ? 'preview.releaseDraft' : 'preview.release', { release: release.id, date: release.date, source }), 1);
  if (!previous) {
    say(tr('preview.first', { years: release.years.join(', ') }), 1);
    return lines;
  }
  say(tr('preview.compared', { release: previous.id, date: previous.date }), 1);
  if (diffIsEmpty(diff)) {
    say(tr('preview.unchanged', { release: previous.id }), 1);
    return lines;
  }
  sayYears(out, diff, input.tables);
  sayChanges(out, diff);
  sayRowsAndFields(out, diff);
  if (release.draft) say(tr('preview.record', { release: release.id.replace(/-draft\..*$/, '') }), 1);
  return lines;
}
