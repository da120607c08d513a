import { JENIS_PROGRAM, type JenisProgram } from '../../pipeline/contract/program.ts';
import type { Kategori, KawasanRecord } from './kawasan.ts';
import type { Random } from './random.ts';

export const SUMBER_DANA = ['APBN', 'APBD', 'CSR', 'Hibah'] as const;
export type SumberDana = (typeof SUMBER_DANA)[number];

/** One empowerment activity. `null` is an empty cell. */
export interface ProgramRecord {
  id: string;
  /** Current (reference) desa code; old codes are applied when the file is written. */
  kode: string;
  jenis: JenisProgram;
  nama: string | null;
  mulai: string;
  selesai: string;
  peserta: number;
  pesertaPerempuan: number | null;
  lulus: number;
  berwirausaha: number;
  pendapatanSebelum: number | null;
  pendapatanSesudah: number | null;
  anggaran: number | null;
  sumberDana: SumberDana | null;
  mitra: string | null;
}

/**
 * How often each kind of activity occurs (the shares add up to 1), and where: the relative chance
 * that a desa of each category hosts it.
 */
const REACH: Readonly<Record<JenisProgram, { share: number; target: Readonly<Record<Kategori, number>> }>> = {
  pelatihan_keterampilan: { share: 0.3, target: { bahaya: 6, waspada: 3, siaga: 0.5, aman: 0.2 } },
  kewirausahaan: { share: 0.2, target: { bahaya: 6, waspada: 3, siaga: 0.5, aman: 0.2 } },
  bimtek_pendamping: { share: 0.15, target: { bahaya: 5, waspada: 3, siaga: 0.8, aman: 0.3 } },
  sosialisasi_p4gn: { share: 0.28, target: { bahaya: 4, waspada: 3, siaga: 1.2, aman: 0.6 } },
  kampung_bersinar: { share: 0.07, target: { bahaya: 1, waspada: 3, siaga: 2, aman: 1 } },
};

/**
 * Participants of one activity: a log-normal count (median, spread) clamped to min–max; the
 * chance that a participant is a woman, that one graduates, and that a graduate starts a business.
 */
interface Participants {
  median: number;
  spread: number;
  min: number;
  max: number;
  perempuan: number;
  lulus: number;
  berwirausaha: number;
}

const PARTICIPANTS: Readonly<Record<JenisProgram, Participants>> = {
  pelatihan_keterampilan: { median: 20, spread: 0.55, min: 3, max: 60, perempuan: 0.45, lulus: 0.86, berwirausaha: 0.25 },
  kewirausahaan: { median: 15, spread: 0.6, min: 3, max: 40, perempuan: 0.5, lulus: 0.82, berwirausaha: 0.45 },
  bimtek_pendamping: { median: 25, spread: 0.5, min: 5, max: 80, perempuan: 0.4, lulus: 0.92, berwirausaha: 0.03 },
  sosialisasi_p4gn: { median: 80, spread: 0.7, min: 10, max: 300, perempuan: 0.5, lulus: 1, berwirausaha: 0 },
  kampung_bersinar: { median: 40, spread: 0.6, min: 10, max: 150, perempuan: 0.5, lulus: 0.95, berwirausaha: 0.03 },
};

/**
 * How one activity runs: its length in days, its budget in rupiah (per activity and per
 * participant), and whether participants' incomes before and after are recorded.
 */
interface Running {
  days: { min: number; max: number };
  anggaran: { base: number; perPeserta: number };
  income: boolean;
}

const RUNNING: Readonly<Record<JenisProgram, Running>> = {
  pelatihan_keterampilan: { days: { min: 2, max: 21 }, anggaran: { base: 15_000_000, perPeserta: 2_500_000 }, income: true },
  kewirausahaan: { days: { min: 3, max: 45 }, anggaran: { base: 25_000_000, perPeserta: 4_000_000 }, income: true },
  bimtek_pendamping: { days: { min: 1, max: 5 }, anggaran: { base: 20_000_000, perPeserta: 1_500_000 }, income: false },
  sosialisasi_p4gn: { days: { min: 0, max: 1 }, anggaran: { base: 5_000_000, perPeserta: 100_000 }, income: false },
  kampung_bersinar: { days: { min: 0, max: 2 }, anggaran: { base: 20_000_000, perPeserta: 500_000 }, income: false },
};

/** What the activities of each kind are about (the end of their fictitious names). */
const TOPICS: Readonly<Record<JenisProgram, readonly string[]>> = {
  pelatihan_keterampilan: [
    'pelatihan produksi kopi',
    'pelatihan pembuatan cheese stick',
    'pelatihan tenun',
    'pelatihan menjahit',
    'pelatihan barista',
    'pelatihan budi daya lele',
    'pelatihan servis sepeda motor',
    'pelatihan hidroponik',
  ],
  kewirausahaan: [
    'kewirausahaan usaha kopi',
    'kewirausahaan kuliner cheese stick',
    'kewirausahaan kerajinan tenun',
    'kewirausahaan pemasaran daring',
    'kewirausahaan, permodalan dan pembukuan',
  ],
  bimtek_pendamping: ['bimbingan teknis pendamping pemberdayaan', 'bimtek kader "penggiat anti narkoba"', 'bimtek pendamping usaha'],
  sosialisasi_p4gn: ['sosialisasi P4GN untuk pelajar', 'sosialisasi P4GN untuk warga', 'sosialisasi P4GN di tempat kerja'],
  kampung_bersinar: ['pencanangan kampung bersinar', 'pembinaan desa bersinar', 'penguatan relawan kampung bersinar'],
};

const SOURCE_WEIGHTS: readonly number[] = [0.6, 0.25, 0.1, 0.05];
const EMPTY_CELL_RATE = 0.03;

/** Samples desa with probability proportional to a weight (cumulative weights, binary search). */
class WeightedDesa {
  private readonly cumulative: Float64Array;
  private readonly records: readonly KawasanRecord[];

  constructor(records: readonly KawasanRecord[], weightOf: (record: KawasanRecord) => number) {
    this.records = records;
    this.cumulative = new Float64Array(records.length);
    let sum = 0;
    records.forEach((record, i) => {
      sum += weightOf(record);
      this.cumulative[i] = sum;
    });
  }

  draw(random: Random): KawasanRecord {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = random.uniform() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const record = this.records[lo];
    if (!record) throw new Error('tidak ada desa untuk program');
    return record;
  }
}

/**
 * Empowerment activities of a year in desa assessed that year, mostly rawan ones. Every kind of
 * activity occurs every year. Ids follow the start date.
 */
export function generatePrograms(
  year: number,
  count: number,
  kawasan: readonly KawasanRecord[],
  random: Random,
): ProgramRecord[] {
  if (kawasan.length === 0) return [];
  const pools = desaPools(kawasan);
  const shares = JENIS_PROGRAM.map((jenis) => REACH[jenis].share);
  const yearStart = Date.UTC(year, 0, 1);
  const daysInYear = Math.round((Date.UTC(year + 1, 0, 1) - yearStart) / 86_400_000);

  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const jenis = i < JENIS_PROGRAM.length ? JENIS_PROGRAM[i] ?? 'sosialisasi_p4gn' : random.weighted(JENIS_PROGRAM, shares);
    const desa = (pools.get(jenis) as WeightedDesa).draw(random);
    drafts.push(draftProgram(jenis, desa, yearStart, daysInYear, random));
  }
  // Stable sort: same start day keeps generation order.
  drafts.sort((a, b) => a.dayOfYear - b.dayOfYear);
  return drafts.map(({ topic, quirky, dayOfYear: _day, ...draft }, i) => {
    const number = String(i + 1).padStart(5, '0');
    const nama = `Kegiatan contoh fiktif ${String(i + 1).padStart(4, '0')}: ${topic}${quirky ? '\n(angkatan kedua, "contoh")' : ''}`;
    return { id: `PRG-${year}-${number}`, ...draft, nama };
  });
}

/** An activity before it is numbered (by start date) and named. */
type Draft = Omit<ProgramRecord, 'id' | 'nama'> & { topic: string; quirky: boolean; dayOfYear: number };

/** Per kind of activity, the desa weighted by how likely they are to host it. */
function desaPools(kawasan: readonly KawasanRecord[]): Map<JenisProgram, WeightedDesa> {
  return new Map(
    JENIS_PROGRAM.map((jenis) => {
      const target = REACH[jenis].target;
      const bersinarBonus = jenis === 'kampung_bersinar' ? 4 : 0;
      return [
        jenis,
        new WeightedDesa(kawasan, (record) => target[record.kategori] + (record.bersinar ? bersinarBonus : 0)),
      ] as const;
    }),
  );
}

/** One activity of a kind in a desa: dates, participants, outcomes, income, budget, partner. */
function draftProgram(jenis: JenisProgram, desa: KawasanRecord, yearStart: number, daysInYear: number, random: Random): Draft {
  const run = RUNNING[jenis];
  const p = PARTICIPANTS[jenis];
  const startDay = random.int(7, daysInYear - 15);
  const endDay = Math.min(daysInYear - 1, startDay + random.int(run.days.min, run.days.max));
  const smallGroup = random.bernoulli(0.08);
  const peserta = smallGroup ? random.int(3, 9) : clamp(Math.round(p.median * Math.exp(p.spread * random.normal())), p.min, p.max);
  const perempuan = random.binomial(peserta, p.perempuan);
  const lulus = random.binomial(peserta, p.lulus);
  const berwirausaha = random.binomial(lulus, p.berwirausaha);
  const [sebelum, sesudah] = run.income ? incomes(random) : [null, null];
  const anggaran = roundTo((run.anggaran.base + run.anggaran.perPeserta * peserta) * Math.exp(0.25 * random.normal()), 1000);
  return {
    kode: desa.kode,
    jenis,
    topic: random.pick(TOPICS[jenis]),
    quirky: random.bernoulli(0.02),
    dayOfYear: startDay,
    mulai: isoDate(yearStart, startDay),
    selesai: isoDate(yearStart, endDay),
    peserta,
    pesertaPerempuan: random.bernoulli(EMPTY_CELL_RATE) ? null : perempuan,
    lulus,
    berwirausaha,
    pendapatanSebelum: sebelum,
    pendapatanSesudah: sesudah,
    anggaran: random.bernoulli(EMPTY_CELL_RATE) ? null : anggaran,
    sumberDana: random.bernoulli(EMPTY_CELL_RATE) ? null : random.weighted(SUMBER_DANA, SOURCE_WEIGHTS),
    mitra: random.bernoulli(0.1) ? null : `Mitra Fiktif ${String(random.int(1, 240)).padStart(3, '0')}`,
  };
}

/** Income before and after (rupiah), or neither (empty cells). */
function incomes(random: Random): [sebelum: number | null, sesudah: number | null] {
  const sebelum = roundTo(1_250_000 * Math.exp(0.35 * random.normal()), 1000);
  const sesudah = Math.max(0, roundTo(sebelum * (1.22 + 0.18 * random.normal()), 1000));
  return random.bernoulli(EMPTY_CELL_RATE) ? [null, null] : [sebelum, sesudah];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function isoDate(yearStart: number, dayOfYear: number): string {
  return new Date(yearStart + dayOfYear * 86_400_000).toISOString().slice(0, 10);
}
