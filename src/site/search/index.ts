/**
 * The static search index: every province and kab/kota with its page link, one small JSON per
 * language, fetched by src/client/search.ts the first time the search field is used.
 * Entries: [name, context (province name, or the word "Provinsi"), href, level].
 */
import { type Lang, href, type RegionRef } from '../routes.ts';

export type SearchEntry = [name: string, context: string, href: string, level: 'p' | 'k'];

export interface SearchIndex {
  entries: SearchEntry[];
}

export function buildSearchIndex(
  lang: Lang,
  regions: readonly (RegionRef & { kode_induk: string })[],
  provinceWord: string,
): SearchIndex {
  const names = new Map(regions.map((r) => [r.kode, r.nama]));
  const entries: SearchEntry[] = [];
  for (const r of regions) {
    if (r.tingkat === 'provinsi') entries.push([r.nama, provinceWord, href.region(lang, r), 'p']);
    else if (r.tingkat === 'kabkota') entries.push([r.nama, names.get(r.kode_induk) ?? '', href.region(lang, r), 'k']);
  }
  return { entries };
}

export { normalise } from './normalise.ts';
