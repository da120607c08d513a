/** Notes under the maps (HTML, escaped): merged polygons, boundary source, link to the limits. */
import { t } from '../i18n/index.ts';
import { href, type Lang } from './routes.ts';
import { esc } from './html.ts';
import { boundaries } from './map/page-map.ts';

export async function mapNotes(lang: Lang): Promise<string[]> {
  const { notes } = await boundaries();
  const source = [notes.source.name, notes.source.version].filter(Boolean).join(' ');
  const out: string[] = [];
  const merged = notes.withoutOwnPolygon.length;
  if (merged > 0) out.push(esc(t(lang, 'map.noteMerged', { n: merged })));
  out.push(esc(t(lang, notes.source.kind === 'gadm' ? 'map.noteSource' : 'map.noteSourceOfficial', { source })));
  out.push(
    `<a href="${esc(`${href.page(lang, 'methodology')}#peta`)}">${esc(t(lang, 'map.noteMore'))}</a> · ` +
      `<a href="${esc(href.page(lang, 'search'))}">${esc(t(lang, 'map.noteAll'))}</a>`,
  );
  return out;
}
