import type { APIRoute } from 'astro';
import { mapData } from '../site/map/page-map.ts';

/** Map figures of every year and measure, fetched by the year/measure switch (src/client/map.ts). */
export const GET: APIRoute = () => new Response(JSON.stringify(mapData()), { headers: { 'content-type': 'application/json' } });
