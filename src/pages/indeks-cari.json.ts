import type { APIRoute } from 'astro';
import { site } from '../site/site.ts';
import { t } from '../i18n/index.ts';
import { buildSearchIndex } from '../site/search/index.ts';

/** The region search index, Bahasa Indonesia links (src/client/search.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex('id', [...site().provinces, ...site().kabkota], t('id', 'search.province'))), {
    headers: { 'content-type': 'application/json' },
  });
