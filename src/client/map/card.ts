/**
 * Touch and pen: a first tap on a region selects it and shows an info card (its name and figure,
 * a link to its page, zoom buttons) instead of navigating; a second tap on the same region (in the
 * same view), or the card's link, opens the page. A mouse click and Enter navigate at once. The
 * national map zooms to the tapped region's province (viewBox = the province's box); every map can zoom closer
 * around a region still too small to tap. The page's own pinch-zoom is left alone.
 */
import { boxOf, type Box, codeOf, regionLinks, regionOf, unionBox } from './regions.ts';
import { closerBox, fitBox, viewBoxText } from './zoom.ts';

/** The least tap target (px, WCAG 2.5.8): while a region in view is smaller, "zoom in here" is offered. */
const MIN_PX = 24;
/** Regions this near the tap (px) decide how far "zoom in here" zooms. */
const NEAR_PX = 48;
const MAX_DEPTH = 4;

interface CardElements {
  card: HTMLElement;
  name: HTMLElement;
  link: HTMLAnchorElement;
  zoomProvince: HTMLButtonElement;
  zoomHere: HTMLButtonElement;
  close: HTMLButtonElement;
  zoombar: HTMLElement;
  zoomOut: HTMLButtonElement;
}

function cardElements(figure: HTMLElement): CardElements | undefined {
  const q = <T extends Element>(selector: string): T | null => figure.querySelector<T>(selector);
  const card = q<HTMLElement>('[data-map-card]');
  const name = q<HTMLElement>('[data-map-card-name]');
  const link = q<HTMLAnchorElement>('[data-map-card-link]');
  const zoomProvince = q<HTMLButtonElement>('[data-map-zoom-province]');
  const zoomHere = q<HTMLButtonElement>('[data-map-zoom-here]');
  const close = q<HTMLButtonElement>('[data-map-card-close]');
  const zoombar = q<HTMLElement>('[data-map-zoombar]');
  const zoomOut = q<HTMLButtonElement>('[data-map-zoom-out]');
  if (!card || !name || !link || !zoomProvince || !zoomHere || !close || !zoombar || !zoomOut) return undefined;
  return { card, name, link, zoomProvince, zoomHere, close, zoombar, zoomOut };
}

/** The smaller side (px) of the smallest region shown within `near` px of the point (x, y); Infinity for none. */
function smallestNear(links: readonly SVGAElement[], view: DOMRect, x: number, y: number, near: number): number {
  let least = Infinity;
  for (const a of links) {
    const r = (a.querySelector('path') ?? a).getBoundingClientRect();
    if (r.width === 0 || r.right < view.left || r.left > view.right || r.bottom < view.top || r.top > view.bottom) continue;
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    if (dx > near || dy > near) continue;
    least = Math.min(least, r.width, r.height);
  }
  return least;
}

function parseBox(text: string | null): Box {
  const [x = 0, y = 0, width = 1, height = 1] = (text ?? '').split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

export function setupCard(figure: HTMLElement, svg: SVGSVGElement): void {
  const found = cardElements(figure);
  if (!found) return;
  const el: CardElements = found;
  const links = regionLinks(svg);
  const provinces = JSON.parse(figure.dataset.provinces ?? 'null') as Record<string, string> | null;
  const home = svg.getAttribute('viewBox');
  let selected: SVGAElement | null = null;
  // The region a second tap opens: the one tapped last, while the view has not changed since.
  let armed: SVGAElement | null = null;
  let zoomedProvince: string | undefined;
  let depth = 0;
  let pointer = '';
  // Where the selected region was tapped: on screen, and in viewBox units.
  let tap = { x: 0, y: 0, at: [0, 0] as [number, number] };

  const provinceOf = (a: Element): string => codeOf(a).split('.')[0] ?? '';
  const current = (): Box => parseBox(svg.getAttribute('viewBox'));

  const zoomTo = (box: Box): void => {
    svg.setAttribute('viewBox', viewBoxText(box));
    svg.classList.add('is-zoomed');
    armed = null;
    el.zoombar.hidden = false;
    depth++;
    if (selected) show(selected);
  };
  const zoomOut = (): void => {
    if (home) svg.setAttribute('viewBox', home);
    svg.classList.remove('is-zoomed');
    armed = null;
    svg.removeAttribute('data-zoom');
    el.zoombar.hidden = true;
    zoomedProvince = undefined;
    depth = 0;
    if (selected) show(selected);
  };
  const zoomToProvince = (code: string): void => {
    const box = unionBox(links.filter((a) => provinceOf(a) === code).map(boxOf));
    if (!box) return;
    depth = 0;
    zoomedProvince = code;
    svg.setAttribute('data-zoom', code);
    zoomTo(fitBox(box));
  };

  function show(a: SVGAElement): void {
    selected?.classList.remove('is-selected');
    selected = a;
    a.classList.add('is-selected');
    const label = a.getAttribute('aria-label') ?? '';
    const name = label.split(': ')[0] ?? label;
    el.name.textContent = label;
    el.link.href = a.getAttribute('href') ?? '#';
    el.link.textContent = (figure.dataset.tOpen ?? '{name}').replace('{name}', name);
    const province = provinceOf(a);
    const provinceName = provinces?.[province];
    el.zoomProvince.hidden = !provinceName || zoomedProvince === province;
    if (provinceName) el.zoomProvince.textContent = (figure.dataset.tZoom ?? '{province}').replace('{province}', provinceName);
    const view = svg.getBoundingClientRect();
    const small = smallestNear(links, view, view.left + view.width / 2, view.top + view.height / 2, Infinity) < MIN_PX;
    el.zoomHere.hidden = !small || depth >= MAX_DEPTH || (provinces !== null && zoomedProvince === undefined);
    el.card.hidden = false;
  }
  const close = (): void => {
    selected?.classList.remove('is-selected');
    selected = null;
    armed = null;
    el.card.hidden = true;
  };

  svg.addEventListener('pointerdown', (event) => (pointer = event.pointerType), true);
  svg.addEventListener('click', (event) => {
    const a = regionOf(event.target);
    const type = pointer;
    pointer = '';
    // Mouse clicks and Enter (no pointer) navigate; touch and pen select first.
    if (!a || type === 'mouse' || type === '') return;
    if (a === armed) return;
    event.preventDefault();
    const m = svg.getScreenCTM()?.inverse();
    const p = m ? new DOMPoint(event.clientX, event.clientY).matrixTransform(m) : { x: 0, y: 0 };
    tap = { x: event.clientX, y: event.clientY, at: [p.x, p.y] };
    show(a);
    armed = a;
  });
  el.zoomProvince.addEventListener('click', () => {
    if (selected) zoomToProvince(provinceOf(selected));
  });
  el.zoomHere.addEventListener('click', () => {
    if (!selected) return;
    zoomTo(closerBox(current(), tap.at, smallestNear(links, svg.getBoundingClientRect(), tap.x, tap.y, NEAR_PX)));
  });
  el.zoomOut.addEventListener('click', zoomOut);
  el.close.addEventListener('click', close);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  figure.addEventListener('change', close);
}
