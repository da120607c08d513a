import type { KawasanRecord } from './kawasan.ts';
import type { Population } from './population.ts';
import type { ProgramRecord } from './program.ts';
import type { Random } from './random.ts';

/** Chance that a rawan desa with an activity the year before is Siaga/Aman this year (synthetic). */
export const IMPROVE_CHANCE = 0.3;

/** What a desa's row says (everything but which desa it is). */
type RowContent = Omit<KawasanRecord, 'desa' | 'kode'>;

/**
 * Lets some desa improve the year after an activity, deterministically and SYNTHETICALLY: a desa
 * assessed rawan (Bahaya/Waspada) this year that hosted an activity the year before trades its
 * whole row, with probability IMPROVE_CHANCE, with a Siaga/Aman desa of the same kab/kota that
 * hosted none. Every kab/kota total stays exactly as generated (the trade is inside the
 * kab/kota), so the calibrated national totals and every published kab/kota figure are
 * unchanged; only which desa holds which row moves.
 */
export function improveAfterPrograms(population: Population, kawasan: readonly KawasanRecord[], previousPrograms: readonly ProgramRecord[], random: Random): KawasanRecord[] {
  const hosted = new Set(previousPrograms.map((program) => program.kode));
  const rawan = (record: KawasanRecord) => record.kategori === 'bahaya' || record.kategori === 'waspada';
  const byKabkota = new Map<number, number[]>();
  kawasan.forEach((record, index) => {
    const kab = population.kabkotaOfDesa[record.desa] ?? 0;
    const list = byKabkota.get(kab);
    if (list) list.push(index);
    else byKabkota.set(kab, [index]);
  });
  const out = kawasan.map((record) => ({ ...record }));
  for (const kab of [...byKabkota.keys()].sort((a, b) => a - b)) {
    const indexes = byKabkota.get(kab)!;
    const partners = indexes.filter((i) => !rawan(kawasan[i]!) && !hosted.has(kawasan[i]!.kode));
    for (const i of indexes) {
      if (partners.length === 0) break;
      if (!rawan(kawasan[i]!) || !hosted.has(kawasan[i]!.kode) || !random.bernoulli(IMPROVE_CHANCE)) continue;
      const [j] = partners.splice(random.int(0, partners.length - 1), 1);
      swapContent(out[i]!, out[j!]!);
    }
  }
  return out;
}

function swapContent(a: KawasanRecord, b: KawasanRecord): void {
  const { desa: _a, kode: _ak, ...contentA } = a;
  const { desa: _b, kode: _bk, ...contentB } = b;
  Object.assign(a, contentB satisfies RowContent);
  Object.assign(b, contentA satisfies RowContent);
}
