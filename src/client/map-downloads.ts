/**
 * The map's download links follow its view. src/client/map.ts keeps the figure's `data-year`
 * and `data-measure` on the view shown; when they change, this fills each link's
 * `data-template` (`{year}`, `{measure}` with `-` for `_`, as in the file names, `{ukuran}` as it
 * is, for the permalink's query) and shows the
 * PNG link only for the view that has a static PNG (`data-png-year`, `data-png-measure`), and for
 * the others the button that makes the PNG in the browser (`[data-png-render]`, figure-png.ts).
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-map-downloads]')) {
  const figure = box.closest<HTMLElement>('figure[data-map]');
  if (!figure) continue;
  const png = box.querySelector<HTMLElement>('[data-png]');
  const render = box.querySelector<HTMLElement>('[data-png-render]');
  const update = (): void => {
    const year = figure.dataset.year ?? '';
    const measure = figure.dataset.measure ?? '';
    for (const a of box.querySelectorAll<HTMLAnchorElement>('a[data-template]')) {
      a.href = (a.dataset.template ?? '').replace('{year}', year).replace('{measure}', measure.replaceAll('_', '-')).replace('{ukuran}', measure);
    }
    const own = year === box.dataset.pngYear && measure === box.dataset.pngMeasure;
    if (png) png.hidden = !own;
    if (render) render.hidden = own;
  };
  new MutationObserver(update).observe(figure, { attributes: true, attributeFilter: ['data-year', 'data-measure'] });
}
