/** Notes under the maps (HTML, escaped): boundary source, link to the limits. */
import { t } from '../i18n/index.ts';
import { href, type Lang } from './routes.ts';
import { escapeHtml, link } from './html.ts';
import { boundaries } from './map/page-map.ts';

export async function mapNotes(lang: Lang): Promise<string[]> {
  const { notes } = boundaries();
  const source = [notes.source.name, notes.source.version].filter(Boolean).join(' ');
  const out: string[] = [];
  out.push(escapeHtml(t(lang, notes.source.kind === 'bundled' ? 'map.noteSource' : 'map.noteSourceOfficial', { source })));
  out.push(
    `${link(`${href.page(lang, 'methodology')}#peta`, t(lang, 'map.noteMore'))} · ${link(href.page(lang, 'search'), t(lang, 'map.noteAll'))}`,
  );
  return out;
}
