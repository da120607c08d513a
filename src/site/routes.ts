/**
 * Every URL of the site, in one place. Pages build their `getStaticPaths` from these functions and
 * every link goes through `href()`, which prefixes the base path (`base` in astro.config.mjs, from
 * DASHBOARD_BASE_PATH), so the site works under a sub-path.
 *
 * URLs are stable and readable: the Kemendagri code (dots → hyphens) then the name as a slug,
 * e.g. `/kabkota/31-72-kota-administrasi-jakarta-utara/`. The code keeps them unique and stable
 * across renamings of the slug's spelling; the slug makes them readable.
 */
import { type Lang, LANGS, otherLang } from '../i18n/lang.ts';

export { type Lang, LANGS, otherLang };

export type PageId = 'home' | 'program' | 'methodology' | 'downloads' | 'changelog' | 'dictionary' | 'about' | 'search' | 'rankings' | 'compare';

const PAGES: Record<PageId, Record<Lang, string>> = {
  home: { id: '/', en: '/en/' },
  program: { id: '/program/', en: '/en/programmes/' },
  methodology: { id: '/metodologi/', en: '/en/methodology/' },
  downloads: { id: '/unduh/', en: '/en/downloads/' },
  changelog: { id: '/perubahan/', en: '/en/changelog/' },
  dictionary: { id: '/kamus-data/', en: '/en/data-dictionary/' },
  about: { id: '/tentang/', en: '/en/about/' },
  search: { id: '/cari/', en: '/en/search/' },
  rankings: { id: '/peringkat/', en: '/en/rankings/' },
  compare: { id: '/bandingkan/', en: '/en/compare/' },
};

/** Folder of the region pages per level and language. */
const REGION_DIRS = {
  provinsi: { id: '/provinsi/', en: '/en/province/' },
  kabkota: { id: '/kabkota/', en: '/en/regency/' },
} as const;

export interface RegionRef {
  tingkat: 'nasional' | 'provinsi' | 'kabkota';
  kode: string;
  nama: string;
}

/** Lower-case ASCII words joined by hyphens: "Kota Administrasi Jakarta Utara" → "kota-administrasi-jakarta-utara". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Customary short forms used in slugs ("Daerah Khusus Ibukota Jakarta" → "dki-jakarta"). */
const SLUG_SHORT: [RegExp, string][] = [[/^Daerah Khusus Ibu ?kota\b/i, 'DKI']];

/** The last path segment of a region page: code with hyphens, then the slug of its name. */
export function regionSlug(region: Pick<RegionRef, 'kode' | 'nama'>): string {
  const name = SLUG_SHORT.reduce((n, [pattern, short]) => n.replace(pattern, short), region.nama);
  return `${region.kode.replace(/\./g, '-')}-${slugify(name)}`;
}

/** Path of a fixed page, without the base path. */
export function pagePath(lang: Lang, page: PageId): string {
  return PAGES[page][lang];
}

/** Path of a region's page, without the base path; the nation's page is the home page. */
export function regionPath(lang: Lang, region: RegionRef): string {
  if (region.tingkat === 'nasional') return PAGES.home[lang];
  return `${REGION_DIRS[region.tingkat][lang]}${regionSlug(region)}/`;
}

/** Path of an embed page (a figure without the site's frame), without the base path: `/embed/<slug>/`, `/en/embed/<slug>/`. */
export function embedPath(lang: Lang, slug: string): string {
  return `${PAGES.home[lang]}embed/${slug}/`;
}

/** The base path of the site, always with a trailing slash ("/" or "/sub/path/"). */
export function basePath(): string {
  // Written out literally so that Vite (and Vitest) replace it; undefined under plain Node.
  const base: string = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A root-relative path ("/cari/") as a link under the base path ("/sub/cari/"). */
export function withBase(path: string): string {
  return basePath() + path.replace(/^\/+/, '');
}

/** The two ranking lists: all kab/kota (at the rankings page itself) and the provinces (a folder below it). */
export type RankingLevel = 'kabkota' | 'provinsi';
const RANKING_LEVEL_DIR: Record<RankingLevel, Record<Lang, string>> = { kabkota: { id: '', en: '' }, provinsi: { id: 'provinsi/', en: 'provinces/' } };

/**
 * Path of a ranking page, without the base path: one static page per level and measure, sorted
 * by that measure; `measureSlug` empty for the default measure (e.g. `/peringkat/`,
 * `/peringkat/skor/`, `/en/rankings/provinces/coverage/`).
 */
export function rankingPath(lang: Lang, level: RankingLevel, measureSlug: string): string {
  return `${PAGES.rankings[lang]}${RANKING_LEVEL_DIR[level][lang]}${measureSlug ? `${measureSlug}/` : ''}`;
}

/** Links (base path included): use these in every `href`. */
export const href = {
  page: (lang: Lang, page: PageId): string => withBase(pagePath(lang, page)),
  region: (lang: Lang, region: RegionRef): string => withBase(regionPath(lang, region)),
  ranking: (lang: Lang, level: RankingLevel, measureSlug: string): string => withBase(rankingPath(lang, level, measureSlug)),
  asset: (path: string): string => withBase(path),
};

/** The static search index, one per language (built by src/pages/[...]search-index). */
const SEARCH_INDEX: Record<Lang, string> = { id: '/indeks-cari.json', en: '/en/search-index.json' };

export function searchIndexPath(lang: Lang): string {
  return SEARCH_INDEX[lang];
}

/** The map data behind the year/measure switch (numbers and names only: one file for both languages). */
export function mapDataPath(): string {
  return '/data-peta.json';
}
