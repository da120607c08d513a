/**
 * The national map's view in a URL: `?tahun=<year>&ukuran=<measure>` (the same words on the
 * Indonesian and English pages, so a link works across both). The switch (src/client/map/
 * switch.ts) reads and writes it; the map's permalink is built with `mapViewQuery`.
 */
export const MAP_VIEW_PARAMS = { year: 'tahun', measure: 'ukuran' } as const;

/** `?tahun=2019&ukuran=skor_rata` (placeholders such as `{year}` are kept as they are). */
export function mapViewQuery(view: { year: number | string; measure: string }): string {
  return `?${MAP_VIEW_PARAMS.year}=${view.year}&${MAP_VIEW_PARAMS.measure}=${view.measure}`;
}
