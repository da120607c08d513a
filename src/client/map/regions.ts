/** The region links of a map SVG and where they lie (viewBox units), for the keyboard and the zoom. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The region link an event happened in, if any. */
export function regionOf(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? (target.closest('a.choropleth-region') as SVGAElement | null) : null;
}

/** Every region link of the map, in document order (the main map's, then the insets'). */
export function regionLinks(svg: SVGSVGElement): SVGAElement[] {
  return [...svg.querySelectorAll<SVGAElement>('a.choropleth-region')];
}

/** The kab/kota code a region link stands for. */
export function codeOf(a: Element): string {
  return a.getAttribute('data-code') ?? '';
}

/** Main-map shapes of inset regions (DKI Jakarta) are not links: pairs them with the inset links. */
export function insetTwins(svg: SVGSVGElement): Map<SVGAElement, Element> {
  const regionsGroup = svg.querySelector('.choropleth-regions');
  const hiddenShapes = regionsGroup ? [...regionsGroup.querySelectorAll(':scope > path[aria-hidden]')] : [];
  const insetLinks = [...svg.querySelectorAll<SVGAElement>('.choropleth-inset a.choropleth-region')];
  const twins = new Map<SVGAElement, Element>();
  if (hiddenShapes.length === insetLinks.length) insetLinks.forEach((a, i) => twins.set(a, hiddenShapes[i]!));
  return twins;
}

/** The bounding box (viewBox units) of an element's shapes, without the dot of a small region. */
export function boxOf(el: Element): Box {
  const shape = el.querySelector('path') ?? el;
  const { x, y, width, height } = (shape as SVGGraphicsElement).getBBox();
  return { x, y, width, height };
}

/** The smallest box holding all `boxes`; undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Where a region lies for arrow-key movement: the centre of its shape on the main map (for an
 * inset link, its hidden twin there, so that moving from Bogor reaches Jakarta).
 */
export function centres(links: readonly SVGAElement[], twins: ReadonlyMap<SVGAElement, Element>): [number, number][] {
  return links.map((a) => {
    const b = boxOf(twins.get(a) ?? a);
    return [b.x + b.width / 2, b.y + b.height / 2];
  });
}
