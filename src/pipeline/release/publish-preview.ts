/**
 * The publish preview for staff: what the build about to be published changes compared with the
 * last committed release: years added, kab/kota whose published figures changed, the biggest
 * changes, cells newly suppressed or shown again. Lines in Bahasa Indonesia or English, for the
 * terminal (scripts/preview.ts) and for the build log.
 */
import { FIELD_TEXT } from '../publish/dictionary.ts';
import { MARKERS } from '../publish/markers.ts';
import { tableFields, type PublicTableName } from '../publish/public-schema.ts';
import { changedUnits, diffIsEmpty, type CellChange, type ChangeKind, type DatasetDiff, type RowChange } from './diff.ts';
import type { Lang } from '../downloads/publication.ts';
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

const KIND_LABEL: Record<Lang, Record<ChangeKind, string>> = {
  id: {
    revised: 'direvisi',
    suppressed: 'baru disembunyikan [c]',
    unsuppressed: 'dibuka kembali',
    reported: 'kini tersedia',
    withdrawn: 'kini tidak tersedia',
    remarked: 'tanda berganti',
    text: 'teks berubah',
  },
  en: {
    revised: 'revised',
    suppressed: 'newly suppressed [c]',
    unsuppressed: 'shown again',
    reported: 'now available',
    withdrawn: 'now unavailable',
    remarked: 'mark changed',
    text: 'text changed',
  },
};

const DATE_SOURCE: Record<Lang, Record<ReleaseInfo['dateSource'], string>> = {
  id: {
    'release.json': 'dari release.json',
    SOURCE_DATE_EPOCH: 'dari SOURCE_DATE_EPOCH',
    git: 'tanggal commit terakhir folder data',
    'previous-release': 'tanggal rilis sebelumnya',
    'data-year': 'akhir tahun data terbaru',
    option: 'dari --date',
  },
  en: {
    'release.json': 'from release.json',
    SOURCE_DATE_EPOCH: 'from SOURCE_DATE_EPOCH',
    git: 'date of the last commit of the data folder',
    'previous-release': 'date of the previous release',
    'data-year': 'end of the newest data year',
    option: 'from --date',
  },
};

const formatter = (lang: Lang) => {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
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
    const title = FIELD_TEXT[change.field]?.title[lang];
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

/** The preview as lines. */
export function publishPreviewLines(
  input: { release: ReleaseInfo; previous: ReleaseRecord | undefined; diff: DatasetDiff; tables?: PublicTables },
  options: PreviewOptions = {},
): string[] {
  const lang = options.lang ?? 'id';
  const maxUnits = options.maxUnits ?? 20;
  const maxItems = options.maxItems ?? 10;
  const pad = options.indent ?? '';
  const n = formatter(lang);
  const id = lang === 'id';
  const { release, previous, diff } = input;
  const lines: string[] = [];
  const say = (text: string, depth = 0) => lines.push(`${pad}${'  '.repeat(depth)}${text}`);
  const list = <T>(items: readonly T[], show: (item: T) => string, depth = 2) => {
    for (const item of items.slice(0, maxItems)) say(show(item), depth);
    if (items.length > maxItems) say(id ? `… dan ${n(items.length - maxItems)} lagi (lengkap di /data/changelog.json)` : `… and ${n(items.length - maxItems)} more (all in /data/changelog.json)`, depth);
  };

  say(id ? 'Pratinjau terbit' : 'Publish preview');
  say(
    id
      ? `Rilis yang akan terbit: ${release.id}, tanggal ${release.date} (${DATE_SOURCE.id[release.dateSource]})${release.draft ? ' — draf, belum dicatat di releases/' : ''}`
      : `Release to be published: ${release.id}, dated ${release.date} (${DATE_SOURCE.en[release.dateSource]})${release.draft ? ' — draft, not yet recorded in releases/' : ''}`,
    1,
  );
  if (!previous) {
    say(id ? `Belum ada rilis tercatat: semua tahun (${release.years.join(', ')}) baru.` : `No release recorded yet: every year (${release.years.join(', ')}) is new.`, 1);
    return lines;
  }
  say(id ? `Dibandingkan dengan rilis terakhir: ${previous.id} (${previous.date})` : `Compared with the last release: ${previous.id} (${previous.date})`, 1);
  if (diffIsEmpty(diff)) {
    say(id ? `✓ Tidak ada perubahan data sejak rilis ${previous.id}.` : `✓ No data change since release ${previous.id}.`, 1);
    return lines;
  }
  const none = id ? 'tidak ada' : 'none';
  say(`${id ? 'Tahun baru' : 'Years added'}: ${diff.yearsAdded.join(', ') || none}`, 1);
  if (diff.yearsRemoved.length > 0) say(`${id ? '⚠ Tahun dihapus' : '⚠ Years removed'}: ${diff.yearsRemoved.join(', ')}`, 1);
  for (const year of input.tables ? diff.yearsAdded : []) {
    const summary = newYearSummary(input.tables!, year, maxItems);
    const national = summary.national;
    const figure = (field: string) => {
      const value = national?.[field];
      return typeof value === 'number' ? n(value) : String(value ?? '–');
    };
    say(
      id
        ? `${year}: nasional ${figure('dinilai')} desa/kelurahan dinilai, ${figure('rawan')} rawan (bahaya ${figure('bahaya')}, waspada ${figure('waspada')}); kab/kota dengan angka ${n(summary.shown)}, disamarkan [c] ${n(summary.suppressed)}, tanpa data [x] ${n(summary.missing)}`
        : `${year}: nationally ${figure('dinilai')} desa/kelurahan assessed, ${figure('rawan')} vulnerable (bahaya ${figure('bahaya')}, waspada ${figure('waspada')}); regencies/cities with figures ${n(summary.shown)}, suppressed [c] ${n(summary.suppressed)}, no data [x] ${n(summary.missing)}`,
      2,
    );
    if (summary.biggest.length > 0) {
      say(id ? `Kab/kota dengan perubahan desa rawan terbesar sejak ${year - 1}:` : `Regencies/cities whose vulnerable desa changed most since ${year - 1}:`, 2);
      for (const change of summary.biggest) say(`${change.kode} ${change.nama}: ${n(change.before)} → ${n(change.after)} (${n(change.after - change.before, true)})`, 3);
    }
  }

  const kinds = (Object.keys(diff.counts) as ChangeKind[]).filter((kind) => diff.counts[kind] > 0);
  const breakdown = kinds.map((kind) => `${KIND_LABEL[lang][kind]} ${n(diff.counts[kind])}`).join(', ');
  say(
    id
      ? `Angka tahun yang sudah terbit berubah: ${n(diff.changes.length)} sel${breakdown ? ` (${breakdown})` : ''}`
      : `Published figures of earlier years changed: ${n(diff.changes.length)} cells${breakdown ? ` (${breakdown})` : ''}`,
    1,
  );
  const units = changedUnits(diff, 'kabkota');
  if (units.length > 0) {
    say(id ? `Kab/kota dengan angka berubah (${n(units.length)}):` : `Regencies/cities with changed figures (${n(units.length)}):`, 1);
    for (const unit of units.slice(0, maxUnits)) say(`${unit.kode} ${unit.nama}: ${n(unit.cells)} ${id ? 'sel' : 'cells'}`, 2);
    if (units.length > maxUnits) say(id ? `… dan ${n(units.length - maxUnits)} kab/kota lagi` : `… and ${n(units.length - maxUnits)} more`, 2);
  }
  const biggest = biggestChanges(diff, maxItems);
  if (biggest.length > 0) {
    say(id ? 'Perubahan terbesar (jumlah):' : 'Biggest changes (counts):', 1);
    list(biggest, (change) => changeText(change, lang));
  }
  for (const kind of ['suppressed', 'unsuppressed', 'withdrawn', 'reported', 'text'] as const) {
    const changes = diff.changes.filter((change) => change.kind === kind);
    if (changes.length === 0) continue;
    say(`${id ? 'Sel' : 'Cells'} ${KIND_LABEL[lang][kind]} (${n(changes.length)}):`, 1);
    list(changes, (change) => changeText(change, lang));
  }
  if (diff.rowsAdded.length > 0) {
    say(id ? `Baris baru pada tahun yang sudah terbit (${n(diff.rowsAdded.length)}):` : `Rows added to years already published (${n(diff.rowsAdded.length)}):`, 1);
    list(diff.rowsAdded, (row) => changePlace(row, lang));
  }
  if (diff.rowsRemoved.length > 0) {
    say(id ? `⚠ Baris hilang dari tahun yang sudah terbit (${n(diff.rowsRemoved.length)}):` : `⚠ Rows removed from years already published (${n(diff.rowsRemoved.length)}):`, 1);
    list(diff.rowsRemoved, (row) => changePlace(row, lang));
  }
  for (const { table, field } of diff.fieldsAdded) say(id ? `Kolom baru: ${table}.${field}` : `New field: ${table}.${field}`, 1);
  for (const { table, field } of diff.fieldsRemoved) say(id ? `⚠ Kolom dihapus: ${table}.${field}` : `⚠ Field removed: ${table}.${field}`, 1);
  if (release.draft) {
    say(
      id
        ? `Untuk mencatat rilis ${release.id.replace(/-draft\..*$/, '')}: node scripts/preview.ts --release (lalu commit folder releases/ dan catatan privat data/rilis/ bersama data).`
        : `To record release ${release.id.replace(/-draft\..*$/, '')}: node scripts/preview.ts --release (then commit the releases/ folder, and the private record in data/rilis/ with the data).`,
      1,
    );
  }
  return lines;
}
