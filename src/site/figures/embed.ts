/**
 * Embed pages (issue 15 part 3): minimal pages a newsroom can put in an <iframe>, at
 * `/embed/<slug>/` (English: `/en/embed/<slug>/`), without the site's header, menu or footer,
 * with the same CSP. To keep their number reasonable:
 *
 * - the nation and each province: one page per chart (`/embed/g-rawan-share-34/`) and one for
 *   its map as the pages show it first (`/embed/peta-34/`);
 * - each kab/kota: ONE page holding its charts, each at its anchor
 *   (`/embed/wilayah-34.71/#g-rawan-share-34.71`), rather than a page per chart. With the
 *   fragment the page shows only that chart (CSS `:target`, no script: global.css `.embed`);
 *   without it, all of them.
 */
import type { ChartKind } from '../charts/index.ts';
import { escapeAttribute } from '../html.ts';
import { embedPath, type Lang, withBase } from '../routes.ts';
import { site, type RegionRecord } from '../site.ts';
import { chartFigureId, regionCharts } from './chart-figures.ts';

export interface EmbedPage {
  slug: string;
  region: RegionRecord;
  /** The charts shown (all of a kab/kota's; one of the nation's or a province's), or none for a map. */
  charts: ChartKind[];
  map: boolean;
}

type RegionRef = Pick<RegionRecord, 'tingkat' | 'kode'>;

const ownPages = (region: RegionRef) => region.tingkat !== 'kabkota';
const mapSlug = (region: RegionRef) => `peta-${region.tingkat === 'nasional' ? 'nasional' : region.kode}`;

/** Every embed page (one language's). */
export function embedPages(): EmbedPage[] {
  const { nation, provinces, kabkota } = site();
  const kinds = (region: RegionRecord) => regionCharts('id', region).map((spec) => spec.kind);
  return [
    ...[nation, ...provinces].flatMap((region) => [
      { slug: mapSlug(region), region, charts: [], map: true },
      ...kinds(region).map((kind) => ({ slug: chartFigureId(kind, region), region, charts: [kind], map: false })),
    ]),
    ...kabkota.map((region) => ({ slug: `wilayah-${region.kode}`, region, charts: kinds(region), map: false })),
  ];
}

/** Where a chart can be embedded: its own page, or its kab/kota's page at its anchor (no base path). */
export function chartEmbedPath(lang: Lang, kind: ChartKind, region: RegionRef): string {
  const id = chartFigureId(kind, region);
  return ownPages(region) ? embedPath(lang, id) : `${embedPath(lang, `wilayah-${region.kode}`)}#${id}`;
}

/** Where a map (the view shown first) can be embedded: the nation's or a province's. */
export function mapEmbedPath(lang: Lang, region: RegionRef): string {
  return embedPath(lang, mapSlug(region));
}

/** The embed page's address: absolute when the site URL is known, else its path (base path included). */
export function embedSrc(path: string, site: URL | undefined): string {
  return site ? new URL(withBase(path), site).href : withBase(path);
}

/** The `<iframe>` a newsroom copies (`src`: `embedSrc`). */
export function iframeSnippet(path: string, title: string, site: URL | undefined, height: number): string {
  const src = embedSrc(path, site);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
