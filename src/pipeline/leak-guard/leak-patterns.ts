/**
 * Which private values the leak guard searches for, and as what.
 *
 * Every distinct value of every never-publish column is turned into canonical patterns
 * (`canonicalValue`, see leak-text.ts). A value that carries no information by itself is not
 * searched, because it would match ordinary public text ("RW 1", "ya", "12", "Dinas Sosial"):
 *
 * - `short`: fewer than 5 characters (trimmed, counted in Unicode code points), or nothing but
 *   punctuation.
 * - `numeric`: no letter and fewer than 8 digits (`1.234.567`, `2024-001`, `12`), unless it is a
 *   decimal number with at least 4 decimals (a coordinate written in some other column).
 * - `date`: a date or time with nothing else (`2024-01-05`, `05/01/2024`, `10:30`).
 * - `vocabulary`: every word is public vocabulary: a word of `PUBLIC_WORDS` (the contract's
 *   column names and categories, administrative-level words such as RW, RT, desa, jalan, no,
 *   common institution and filler words), a number of at most 3 digits, or a single letter
 *   (`RW 014`, `RT 03/RW 05`, `Blok A`, `tidak ada`, `Dinas Sosial`); or the whole value is a
 *   public term given by the caller (province and kab/kota names, with or without "Kabupaten",
 *   "Kota", "Provinsi"; see `regionPublicTerms`).
 * - `imprecise-coordinate`: a `lintang`/`bujur` (or other coordinate-named column) value whose
 *   numbers all have fewer than 4 decimals (4 decimals is about 11 m; coarser is no exact
 *   location), unless written in degrees, minutes and seconds (searched as written).
 *
 * Values with line breaks are searched line by line (each line under the same rules; a leak of
 * the whole value contains every line), and as a whole only when no line is informative alone.
 * Coordinate columns (`lintang`, `bujur`, and columns with lat/lon/lng/koordinat/gps as a word of the name)
 * give one pattern per decimal number with ≥ 4 decimals, as written and without trailing zeros
 * (`-7.125370` is printed `-7.12537` by JavaScript); the canonical form makes decimal comma and
 * point, and the sign, irrelevant.
 */
import { t } from '../../i18n/index.ts';
import { canonicalValue } from './leak-text.ts';

export type ValueKind = 'private-value' | 'coordinate';
export type IgnoreReason = 'short' | 'numeric' | 'date' | 'vocabulary' | 'imprecise-coordinate';
export const IGNORE_REASONS: readonly IgnoreReason[] = ['short', 'numeric', 'date', 'vocabulary', 'imprecise-coordinate'];
/** How a value is searched: its patterns, or why it is not. */
export type Classification = { patterns: string[] } | { ignored: IgnoreReason };

/** What a pattern stands for. Never holds the private value itself, only its redacted form. */
export interface PatternOwner {
  column: string;
  kind: ValueKind;
  /** e.g. `nama_kawasan: "FI…" (21 karakter)`. */
  redacted: string;
}

export interface PatternPlan {
  /** Canonical pattern → indexes into `owners`. */
  patterns: Map<string, number[]>;
  owners: PatternOwner[];
  /** Distinct (column, value) pairs searched. */
  valuesSearched: number;
  /** Distinct (column, value) pairs not searched, per reason. */
  ignored: Record<IgnoreReason, number>;
}

/**
 * Words that are public by themselves (already canonical: lower case, ASCII). A value made only
 * of these, small numbers and single letters is not searched.
 */
export const PUBLIC_WORDS: ReadonlySet<string> = new Set(
  [
    // administrative levels and address words
    'provinsi prov kabupaten kab kota administrasi kecamatan kec distrik desa kelurahan kel nagari gampong',
    'dusun dukuh kampung kp lingkungan link rw rt rk blok jalan jl jln gang gg lorong lr no nomor kav km',
    'wilayah kawasan daerah lokasi alamat kode pos',
    // contract vocabulary: column names, categories, kinds of program, funding sources
    'kategori skor kasus narkoba tersangka pengguna tempat hiburan kos ada bandar kurir produksi sarana',
    'publik kurang interaksi sosial catatan lintang bujur nama id jenis mulai selesai peserta perempuan',
    'lulus berwirausaha pendapatan sebelum sesudah anggaran sumber dana mitra',
    'bahaya waspada siaga aman rawan ya tidak rendah sedang tinggi pelatihan keterampilan kewirausahaan',
    'bimtek pendamping sosialisasi p4gn bersinar bersih apbn apbd csr hibah swadaya',
    // common institutions and groups (a partner named only by these says nothing)
    'bnn bnnp bnnk polri polda polres polsek polresta kodim koramil tni pemda pemkab pemkot pemprov dinas',
    'kesehatan pendidikan tenaga kerja koperasi umkm perindustrian perdagangan pemberdayaan masyarakat',
    'puskesmas posyandu sekolah madrasah pesantren pondok universitas kampus balai blk yayasan lembaga',
    'komunitas kelompok karang taruna pkk pemuda remaja ibu bapak warga tokoh agama adat masjid gereja',
    'perusahaan pt cv bumdes bank swasta pemerintah kementerian badan kantor',
    // filler
    'tidak ada belum sudah tanpa kosong nihil lain lainnya dll dsb dan atau di ke dari yang untuk',
    'dengan pada oleh lihat keterangan data contoh none null nan na n a tbd tba',
  ]
    .join(' ')
    .split(' '),
);

const COORDINATE_WORDS = new Set(['lintang', 'bujur', 'lat', 'lon', 'lng', 'long', 'latitude', 'longitude', 'koordinat', 'coord', 'coords', 'coordinate', 'coordinates', 'gps']);
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;
const DATE_OR_TIME =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$|^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;
const DECIMAL_NUMBER = /(?<![\d.,])[-+\u2212]?(\d{1,3})[.,](\d+)(?![\d]|[.,]\d)/g;
const SINGLE_NUMBER = /^[-+\u2212]?\s*\d+(?:[.,]\d+)?\s*°?$/;

/** True for a column whose values are positions: a word of its name is `lintang`, `bujur`, `lat`, `lon`, `koordinat`… */
export function isCoordinateColumn(column: string): boolean {
  return column.toLowerCase().split(/[^a-z0-9]+/).some((word) => COORDINATE_WORDS.has(word));
}

/** Redacted form of a value: column, first two characters, length. Never the whole value. */
export function redactValue(column: string, value: string, line?: { index: number; of: number }): string {
  const where = line ? ` (${t('id', 'leak.line')} ${line.index}/${line.of})` : '';
  const first = value.codePointAt(0) ?? 0;
  const secondAt = first > 0xffff ? 2 : 1;
  const second = value.codePointAt(secondAt) ?? 0;
  const prefixLength = Math.min(value.length, secondAt + (second > 0xffff ? 2 : 1));
  return `${column}${where}: "${value.slice(0, prefixLength)}…" (${codePointCount(value)} ${t('id', 'leak.characters')})`;
}

/** Length in Unicode code points (what a reader counts as characters). */
function codePointCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) count--;
    }
  }
  return count;
}

/**
 * Canonical forms of province and kab/kota names, with and without their prefixes, to treat as
 * public vocabulary (pass as `publicTerms`). Takes the names as in the region reference.
 */
export function regionPublicTerms(reference: {
  provinces: readonly { name: string }[];
  kabkota: readonly { name: string }[];
}): string[] {
  const prefixes = ['kabupaten administrasi', 'kota administrasi', 'kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'daerah istimewa', 'dki'];
  const terms = new Set<string>();
  for (const { name } of [...reference.provinces, ...reference.kabkota]) {
    const full = canonicalValue(name);
    terms.add(full);
    const prefix = prefixes.find((p) => full.startsWith(`${p} `));
    const base = prefix ? full.slice(prefix.length + 1) : full;
    terms.add(base);
    for (const p of prefixes) terms.add(`${p} ${base}`);
  }
  return [...terms];
}

function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits;
}

/** Decimal numbers with at least 4 decimals in a text, canonical, also without trailing zeros. */
function preciseNumbers(value: string): string[] {
  const found: string[] = [];
  for (const match of value.matchAll(DECIMAL_NUMBER)) {
    const whole = match[1] ?? '';
    const decimals = match[2] ?? '';
    if (decimals.length < 4) continue;
    found.push(`${whole}.${decimals}`);
    const trimmed = decimals.replace(/0+$/, '');
    if (trimmed.length >= 4 && trimmed !== decimals) found.push(`${whole}.${trimmed}`);
  }
  return found;
}

const SMALL_NUMBER = /^\d{1,3}$/;
const isPublicWord = (word: string) => word.length === 1 || SMALL_NUMBER.test(word) || PUBLIC_WORDS.has(word);

/** How one text (a value or one of its lines) is searched: its patterns, or why it is not. */
export function classifyText(text: string, publicTerms: ReadonlySet<string> = new Set()): Classification {
  const trimmed = text.trim();
  const canonical = canonicalValue(trimmed);
  if (codePointCount(trimmed) < 5 || canonical.length === 0) return { ignored: 'short' };
  const hasLetter = /[a-z_]/.test(canonical);
  if (!hasLetter) {
    if (DATE_OR_TIME.test(trimmed)) return { ignored: 'date' };
    const precise = preciseNumbers(trimmed);
    if (precise.length > 0 && SINGLE_NUMBER.test(trimmed)) return { patterns: precise };
    if (countDigits(canonical) < 8) return { ignored: 'numeric' };
    const digitsOnly = canonical.replace(/[^0-9]/g, '');
    return { patterns: digitsOnly === canonical ? [canonical] : [canonical, digitsOnly] };
  }
  if (publicTerms.has(canonical)) return { ignored: 'vocabulary' };
  if (canonical.split(' ').every(isPublicWord)) return { ignored: 'vocabulary' };
  return { patterns: [canonical] };
}

/** How one coordinate-column value is searched. */
export function classifyCoordinate(value: string, publicTerms: ReadonlySet<string> = new Set()): Classification {
  const trimmed = value.trim();
  const precise = preciseNumbers(trimmed);
  if (precise.length > 0) return { patterns: precise };
  const canonical = canonicalValue(trimmed);
  const numbers = canonical.split(' ').filter((word) => /^\d/.test(word));
  // Degrees, minutes, seconds (6°7'24"S): as precise as decimals, searched as written.
  if (numbers.length >= 3 && codePointCount(trimmed) >= 5) return { patterns: [canonical] };
  if (!/[a-z_]/.test(canonical)) return { ignored: 'imprecise-coordinate' };
  return classifyText(trimmed, publicTerms);
}

/** Plans the patterns for all private values (see the module header for the rules). */
export function planPrivatePatterns(
  privateValues: ReadonlyMap<string, ReadonlySet<string>>,
  publicTerms: Iterable<string> = [],
): PatternPlan {
  const terms = new Set<string>();
  for (const term of publicTerms) terms.add(canonicalValue(term));
  const plan: PatternPlan = {
    patterns: new Map(),
    owners: [],
    valuesSearched: 0,
    ignored: Object.fromEntries(IGNORE_REASONS.map((reason) => [reason, 0])) as Record<IgnoreReason, number>,
  };
  const addOwner = ownerAdder(plan);
  for (const [column, values] of [...privateValues].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const coordinate = isCoordinateColumn(column);
    const kind: ValueKind = coordinate ? 'coordinate' : 'private-value';
    for (const raw of values) {
      const value = raw.trim();
      const outcome = coordinate ? planCoordinate(value, column, terms, addOwner) : planTextValue(value, column, kind, terms, addOwner);
      if (outcome === 'searched') plan.valuesSearched++;
      else plan.ignored[outcome]++;
    }
  }
  return plan;
}

type AddOwner = (found: string[], owner: PatternOwner) => void;

/**
 * Adds an owner and its patterns to the plan. Values of one column that give the same patterns
 * (same line in several notes, same text in another case) are one owner: their hits could not be
 * told apart anyway.
 */
function ownerAdder({ patterns, owners }: PatternPlan): AddOwner {
  const ownerByPatterns = new Map<string, number>();
  return (found, owner) => {
    const key = `${owner.column}\u0000${found.join('\u0000')}`;
    if (ownerByPatterns.has(key)) return;
    const index = owners.push(owner) - 1;
    ownerByPatterns.set(key, index);
    for (const pattern of found.length === 1 ? found : new Set(found)) {
      const list = patterns.get(pattern);
      if (list) list.push(index);
      else patterns.set(pattern, [index]);
    }
  };
}

/** One value of a coordinate column: searched, or why not. */
function planCoordinate(value: string, column: string, terms: ReadonlySet<string>, addOwner: AddOwner): 'searched' | IgnoreReason {
  const plan = classifyCoordinate(value, terms);
  if ('ignored' in plan) return plan.ignored;
  addOwner(plan.patterns, { column, kind: 'coordinate', redacted: redactValue(column, value) });
  return 'searched';
}

/** One value of another private column, line by line when it has several: searched, or why not. */
function planTextValue(value: string, column: string, kind: ValueKind, terms: ReadonlySet<string>, addOwner: AddOwner): 'searched' | IgnoreReason {
  const lines = LINE_BREAK.test(value) ? value.split(LINE_BREAK).map((line) => line.trim()).filter((line) => line.length > 0) : [value];
  let searched = false;
  let firstReason: IgnoreReason | undefined;
  if (lines.length > 1) {
    // Each line on its own: a leak of the whole value contains every line, so lines suffice.
    lines.forEach((line, index) => {
      const plan = classifyText(line, terms);
      if ('ignored' in plan) {
        firstReason ??= plan.ignored;
        return;
      }
      searched = true;
      addOwner(plan.patterns, { column, kind, redacted: redactValue(column, line, { index: index + 1, of: lines.length }) });
    });
  }
  if (!searched) {
    // One line, or no line informative alone: the value as a whole.
    const plan = classifyText(value, terms);
    if ('patterns' in plan) {
      searched = true;
      addOwner(plan.patterns, { column, kind, redacted: redactValue(column, value) });
    } else firstReason = plan.ignored;
  }
  return searched ? 'searched' : (firstReason ?? 'short');
}
