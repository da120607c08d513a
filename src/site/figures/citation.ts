/**
 * How to cite one figure (issue 15 part 2): an APA-like line and a newsroom line naming the
 * figure, the page URL with its anchor, the release and an access date. The release is always
 * a published one: a draft build cites the last published release and says that the figure may
 * differ from it (`note`); before any release there is nothing to cite yet (`note` only).
 *
 * The access date is the reader's today: the texts hold `ACCESS` where it goes, and the page
 * puts a span there that src/client/citation.ts fills (without JavaScript: a fallback text).
 * The page's URL is absolute when the site's address is configured (DASHBOARD_SITE_URL);
 * otherwise the page passes `CITE_URL` and puts the path there, which the same script makes
 * absolute with the page's own origin (without JavaScript the reader sees the path).
 */
import { t } from '../../i18n/index.ts';
import type { DownloadsManifest } from '../../pipeline/publish/public-schema.ts';
import { loadDownloads } from '../downloads/site-data.ts';
import type { Lang } from '../routes.ts';

export const ACCESS = '\u0000access\u0000';
export const CITE_URL = '\u0000url\u0000';
/** A citation text cut at `ACCESS` and `CITE_URL`, the markers kept as parts of their own. */
export const citationParts = (text: string): string[] => text.split(/(\u0000(?:access|url)\u0000)/).filter(Boolean);

export interface FigureCitation {
  /** Absent before the first release. */
  apa?: string;
  plain?: string;
  /** Why the release cited is not this build's (draft), or why nothing can be cited yet. */
  note?: string;
}

type Figure = { title: string; kind: 'chart' | 'map' };
type Manifest = Pick<DownloadsManifest, 'release' | 'previous' | 'meta'>;

/** The citation of a chart or map at `url` (absolute when the site URL is known); none before the downloads are prepared. */
export function figureCitation(lang: Lang, figure: Figure, url: string): FigureCitation | undefined {
  const manifest = loadDownloads()?.manifest;
  return manifest && citeFigure(lang, manifest, figure, url);
}

/** The citation from the downloads manifest's release, previous release and metadata (pure). */
export function citeFigure(lang: Lang, manifest: Manifest, figure: Figure, url: string): FigureCitation {
  const { release, meta } = manifest;
  const cited = release.draft ? manifest.previous : { id: release.id, date: release.date };
  const note = release.draft ? t(lang, cited ? 'fig.cite.draft' : 'fig.cite.noRelease', { draft: release.id, release: cited?.id ?? '' }) : undefined;
  if (!cited) return { note };
  const what = t(lang, `fig.what.${figure.kind}`);
  const params = { publisher: meta.publisher, year: cited.date.slice(0, 4), title: meta.title, release: cited.id, figure: figure.title, url, access: ACCESS, what, What: what.charAt(0).toUpperCase() + what.slice(1) };
  return { apa: t(lang, 'fig.cite.apa', params), plain: t(lang, 'fig.cite.plain', params), ...(note ? { note } : {}) };
}
