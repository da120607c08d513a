/**
 * A ranking as HTML: every region of a level, sorted by one measure (order.ts), with every
 * measure as a column. The rows carry what the sort and filter script needs (src/client/rankings.ts):
 * `data-p` the province code of a kab/kota, `data-v` each figure as published (a number, or its
 * mark), so the browser never parses formatted numbers. Low-coverage rows are marked in words.
 */
import { t } from '../../i18n/index.ts';
import { cellHtml } from '../cells.ts';
import { escapeAttribute, escapeHtml, link } from '../html.ts';
import { href, type Lang, type RankingLevel } from '../routes.ts';
import { type RegionRecord, type RegionView, site } from '../site.ts';
import { isLowCoverage } from '../coverage.ts';
import { RANKING_MEASURES, type RankingMeasure } from './measures.ts';
import { rankBy } from './order.ts';

/** A column header: the rank, the name (row header, with a kab/kota's province below it), or a measure. */
export interface RankingColumn {
  kind: 'rank' | 'name' | 'measure';
  label: string;
  /** The measure's key (measure columns). */
  key?: RankingMeasure['key'];
  /** Its static page, sorted by it (measure columns). */
  href?: string;
  /** Set on the column the table is sorted by. */
  sort?: 'descending';
}

export function rankingColumns(lang: Lang, level: RankingLevel, sortedBy: RankingMeasure): RankingColumn[] {
  return [
    { kind: 'rank', label: t(lang, 'rank.col.rank') },
    { kind: 'name', label: t(lang, level === 'kabkota' ? 'col.kabkota' : 'col.province') },
    ...RANKING_MEASURES.map(
      (m): RankingColumn => ({
        kind: 'measure',
        label: t(lang, m.short),
        key: m.key,
        href: href.ranking(lang, level, m.slug[lang]),
        sort: m === sortedBy ? 'descending' : undefined,
      }),
    ),
  ];
}

/** The regions of a level (all kab/kota, or the provinces). */
export function rankingRegions(level: RankingLevel): readonly RegionRecord[] {
  return level === 'kabkota' ? site().kabkota : site().provinces;
}

function measureCell(lang: Lang, m: RankingMeasure, v: RegionView, low: boolean): string {
  const cell = m.value(v);
  const value = cell === undefined ? '[x]' : String(cell);
  const flag = low && m.key === 'cakupan_persen' ? ` <span class="flag">${escapeHtml(t(lang, 'rank.low'))}</span>` : '';
  return `<td class="num" data-v="${escapeAttribute(value)}">${cellHtml(lang, cell, m.style)}${flag}</td>`;
}

/** The rows of a ranking sorted by `measure` (highest first, marks last), as one HTML string. */
export function rankingRows(lang: Lang, level: RankingLevel, measure: RankingMeasure): { html: string; count: number; low: number } {
  const { view, data } = site();
  const regions = rankingRegions(level);
  const ranked = rankBy(regions, (r) => measure.value(view(r.kode)), (r) => r.nama, 'desc');
  let low = 0;
  const html = ranked
    .map(({ item: region, rank }) => {
      const v = view(region.kode);
      const isLow = v.latest === undefined || isLowCoverage(v.latest);
      if (isLow) low++;
      const province = level === 'kabkota' ? ` <span class="sub">${escapeHtml(data.regionByCode.get(region.kode_induk)?.nama ?? region.kode_induk)}</span>` : '';
      return (
        `<tr${level === 'kabkota' ? ` data-p="${escapeAttribute(region.kode_induk)}"` : ''}${isLow ? ' class="low"' : ''}>` +
        `<td class="rank">${rank ?? '–'}</td><th scope="row">${link(href.region(lang, region), region.nama)}${province}</th>` +
        `${RANKING_MEASURES.map((m) => measureCell(lang, m, v, isLow)).join('')}</tr>`
      );
    })
    .join('');
  return { html, count: ranked.length, low };
}
