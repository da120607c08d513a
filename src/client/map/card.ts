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

/** The map's zoom: its viewBox, the "back" bar, which province is shown and how many zooms deep. */
interface ZoomView {
  province: () => string | undefined;
  depth: () => number;
  current: () => Box;
  /** Shows `box`; `province` when it is a province's box (a new first level). */
  to: (box: Box, province?: string) => void;
  out: () => void;
}

function zoomView(svg: SVGSVGElement, zoombar: HTMLElement, changed: () => void): ZoomView {
  const home = svg.getAttribute('viewBox');
  let province: string | undefined;
  let depth = 0;
  return {
    province: () => province,
    depth: () => depth,
    current: () => parseBox(svg.getAttribute('viewBox')),
    to: (box, code) => {
      if (code !== undefined) {
        province = code;
        depth = 0;
        svg.setAttribute('data-zoom', code);
      }
      svg.setAttribute('viewBox', viewBoxText(box));
      svg.classList.add('is-zoomed');
      zoombar.hidden = false;
      depth++;
      changed();
    },
    out: () => {
      if (home) svg.setAttribute('viewBox', home);
      svg.classList.remove('is-zoomed');
      svg.removeAttribute('data-zoom');
      zoombar.hidden = true;
      province = undefined;
      depth = 0;
      changed();
    },
  };
}

/** Where a click was, on screen and in viewBox units. */
function tapPoint(svg: SVGSVGElement, event: MouseEvent): { x: number; y: number; at: [number, number] } {
  const m = svg.getScreenCTM()?.inverse();
  const p = m ? new DOMPoint(event.clientX, event.clientY).matrixTransform(m) : { x: 0, y: 0 };
  return { x: event.clientX, y: event.clientY, at: [p.x, p.y] };
}

const provinceOf = (a: Element): string => codeOf(a).split('.')[0] ?? '';

export function setupCard(figure: HTMLElement, svg: SVGSVGElement): void {
  const found = cardElements(figure);
  if (!found) return;
  const el: CardElements = found;
  const links = regionLinks(svg);
  const provinces = JSON.parse(figure.dataset.provinces ?? 'null') as Record<string, string> | null;
  let selected: SVGAElement | null = null;
  // The region a second tap opens: the one tapped last, while the view has not changed since.
  let armed: SVGAElement | null = null;
  let pointer = '';
  // Where the selected region was tapped.
  let tap = { x: 0, y: 0, at: [0, 0] as [number, number] };
  const zoom = zoomView(svg, el.zoombar, () => {
    armed = null;
    if (selected) show(selected);
  });

  function show(a: SVGAElement): void {
    selected?.classList.remove('is-selected');
    selected = a;
    a.classList.add('is-selected');
    const label = a.getAttribute('aria-label') ?? '';
    el.name.textContent = label;
    el.link.href = a.getAttribute('href') ?? '#';
    el.link.textContent = (figure.dataset.tOpen ?? '{name}').replace('{name}', label.split(': ')[0] ?? label);
    const provinceName = provinces?.[provinceOf(a)];
    el.zoomProvince.hidden = !provinceName || zoom.province() === provinceOf(a);
    if (provinceName) el.zoomProvince.textContent = (figure.dataset.tZoom ?? '{province}').replace('{province}', provinceName);
    const view = svg.getBoundingClientRect();
    const small = smallestNear(links, view, view.left + view.width / 2, view.top + view.height / 2, Infinity) < MIN_PX;
    el.zoomHere.hidden = !small || zoom.depth() >= MAX_DEPTH || (provinces !== null && zoom.province() === undefined);
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
    if (!a || type === 'mouse' || type === '' || a === armed) return;
    event.preventDefault();
    tap = tapPoint(svg, event);
    show(a);
    armed = a;
  });
  el.zoomProvince.addEventListener('click', () => {
    const code = selected ? provinceOf(selected) : '';
    const box = unionBox(links.filter((a) => provinceOf(a) === code).map(boxOf));
    if (box) zoom.to(fitBox(box), code);
  });
  el.zoomHere.addEventListener('click', () => {
    if (selected) zoom.to(closerBox(zoom.current(), tap.at, smallestNear(links, svg.getBoundingClientRect(), tap.x, tap.y, NEAR_PX)));
  });
  el.zoomOut.addEventListener('click', zoom.out);
  el.close.addEventListener('click', close);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  figure.addEventListener('change', close);
}
