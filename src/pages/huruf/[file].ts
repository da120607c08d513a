import type { APIRoute, GetStaticPaths } from 'astro';
import { FONT_FILES, fontFileBytes } from '../../site/figures/fonts.ts';

/** The figures' font files and their licence (src/site/figures/fonts.ts), fetched only when a reader's browser draws a PNG. */
export const getStaticPaths = (() => FONT_FILES.map(({ name }) => ({ params: { file: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = FONT_FILES.find((f) => f.name === params.file)!;
  return new Response(fontFileBytes(file.name), { headers: { 'content-type': file.type } });
};
