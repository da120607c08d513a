import type { Region } from '../aggregate/regions.ts';
import type { RegionRecord } from './public-schema.ts';

/**
 * The public list of units, with a note wherever codes changed: a kab/kota whose data were
 * reported under former codes, a province formed since (earlier figures add up today's
 * kab/kota), a province that lost kab/kota (every year is shown within today's boundaries).
 */
export function regionRecords(regions: readonly Region[]): RegionRecord[] {
  const movedFrom = new Map<string, Set<string>>();
  const movedTo = new Map<string, Set<string>>();
  for (const region of regions) {
    for (const former of region.formerCodes) {
      const fromProvince = former.prefix.slice(0, 2);
      const toProvince = region.parentCode;
      if (fromProvince === toProvince) continue;
      movedFrom.set(toProvince, (movedFrom.get(toProvince) ?? new Set()).add(fromProvince));
      movedTo.set(fromProvince, (movedTo.get(fromProvince) ?? new Set()).add(toProvince));
    }
  }
  return regions.map((region) => {
    const notes = { id: [] as string[], en: [] as string[] };
    if (region.formerCodes.length > 0) {
      const codes = region.formerCodes.map((former) => `${former.prefix} (s.d. ${former.validUntil})`).join(', ');
      const codesEn = region.formerCodes.map((former) => `${former.prefix} (until ${former.validUntil})`).join(', ');
      notes.id.push(`Data tahun-tahun awal dilaporkan dengan kode lama ${codes} dan dipetakan ke kode kini, desa demi desa.`);
      notes.en.push(`Data of earlier years were reported under former code ${codesEn} and mapped to today’s code, village by village.`);
    }
    const gained = movedFrom.get(region.code);
    if (gained) {
      notes.id.push(`Angka tahun sebelum pemekaran menjumlahkan kab/kota yang kini termasuk provinsi ini (dari provinsi ${[...gained].join(', ')}).`);
      notes.en.push(`Figures before the province was formed add up the regencies/cities it holds today (from province ${[...gained].join(', ')}).`);
    }
    const lost = movedTo.get(region.code);
    if (lost) {
      notes.id.push(`Semua tahun mengikuti batas saat ini: kab/kota yang pindah ke provinsi ${[...lost].join(', ')} dihitung di sana untuk semua tahun.`);
      notes.en.push(`All years follow today’s boundaries: regencies/cities that moved to province ${[...lost].join(', ')} count there in every year.`);
    }
    return {
      tingkat: region.level,
      kode: region.code,
      nama: region.name,
      kode_induk: region.parentCode,
      desa_total: region.desaTotal,
      kode_lama: region.formerCodes.map((former) => former.prefix).join(' '),
      catatan_id: notes.id.join(' '),
      catatan_en: notes.en.join(' '),
    };
  });
}
