/**
 * The measures a ranking can be sorted by: each is a column of the ranking table and one static
 * page per level (sorted by it, for readers without JavaScript). The first is the default: the
 * rankings page itself. Figures are the latest year's, from the public dataset.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { Cell, CellStyle } from '../format/index.ts';
import { type Lang, rankingPath, type RankingLevel } from '../routes.ts';
import type { RegionView } from '../site.ts';

export interface RankingMeasure {
  key: 'rawan_persen' | 'skor_rata' | 'cakupan_persen' | 'dinilai' | 'kegiatan' | 'peserta';
  label: MessageKey;
  /** The column header (the sort links above the table give the full label). */
  short: MessageKey;
  style: CellStyle;
  /** The last path segment of its page; empty for the default measure. */
  slug: Record<Lang, string>;
  value: (view: RegionView) => Cell | undefined;
}

export const RANKING_MEASURES: readonly RankingMeasure[] = [
  { key: 'rawan_persen', short: 'rank.col.rawan', label: 'm.rawan_persen', style: 'percent', slug: { id: '', en: '' }, value: (v) => v.latest?.rawan_persen },
  { key: 'skor_rata', short: 'rank.col.skor', label: 'm.skor_rata', style: 'score', slug: { id: 'skor', en: 'score' }, value: (v) => v.latest?.skor_rata },
  { key: 'cakupan_persen', short: 'rank.col.cakupan', label: 'm.cakupan_persen', style: 'percent', slug: { id: 'cakupan', en: 'coverage' }, value: (v) => v.latest?.cakupan_persen },
  { key: 'dinilai', short: 'rank.col.dinilai', label: 'm.dinilai', style: 'int', slug: { id: 'dinilai', en: 'assessed' }, value: (v) => v.latest?.dinilai },
  { key: 'kegiatan', short: 'rank.col.kegiatan', label: 'm.kegiatan', style: 'int', slug: { id: 'kegiatan', en: 'activities' }, value: (v) => v.latestProgram?.kegiatan },
  { key: 'peserta', short: 'rank.col.peserta', label: 'm.peserta', style: 'int', slug: { id: 'peserta', en: 'participants' }, value: (v) => v.latestProgram?.peserta },
];

export const RANKING_LEVELS: readonly RankingLevel[] = ['kabkota', 'provinsi'];

/**
 * The static paths of the ranking pages of a language (`getStaticPaths` of a `[...slug]` route
 * under the rankings page): one per level and measure; the slug is the path below the rankings
 * page, undefined for the rankings page itself.
 */
export function rankingPaths(lang: Lang): { params: { slug: string | undefined }; props: { level: RankingLevel; measure: RankingMeasure } }[] {
  const root = rankingPath(lang, 'kabkota', '');
  return RANKING_LEVELS.flatMap((level) =>
    RANKING_MEASURES.map((measure) => {
      const slug = rankingPath(lang, level, measure.slug[lang]).slice(root.length).replace(/\/$/, '');
      return { params: { slug: slug || undefined }, props: { level, measure } };
    }),
  );
}
