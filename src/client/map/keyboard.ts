/**
 * The map as one Tab stop (roving tabindex): only the current region link is in the tab order;
 * the arrow keys move to the nearest region in that direction, Home and End to the first and
 * last; typing the start of a name jumps to the next region whose name (without "Kabupaten",
 * "Kota", "Administrasi") starts so (type-ahead, as in listboxes and trees); a polite live region
 * announces the region's name and figure. Enter follows the link (native). Without JavaScript
 * every region stays an ordinary link in the tab order.
 */
import { type Direction, nearestInDirection } from './nearest.ts';
import { centres, insetTwins, regionLinks, regionOf } from './regions.ts';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
/** Typed letters within this many ms form one search. */
const TYPE_AHEAD_MS = 900;

/** A region's name as typed: lower case, without its type words and its figure. */
function typedName(a: SVGAElement): string {
  const name = (a.getAttribute('aria-label') ?? '').split(':')[0] ?? '';
  return name
    .toLowerCase()
    .replace(/^(kabupaten|kota|regency|city)\s+(administrasi\s+)?/, '')
    .trim();
}

/** The first region after `from` (wrapping) whose typed name starts with `text`, or -1. */
function typeAhead(names: readonly string[], from: number, text: string): number {
  for (let step = 1; step <= names.length; step++) {
    const i = (from + step) % names.length;
    if (names[i]!.startsWith(text)) return i;
  }
  return -1;
}

export function setupKeyboard(figure: HTMLElement, svg: SVGSVGElement): void {
  const links = regionLinks(svg);
  const live = figure.querySelector<HTMLElement>('[data-map-live]');
  if (links.length === 0) return;
  let current = links.find((a) => a.hasAttribute('aria-current')) ?? links[0]!;
  for (const a of links) a.setAttribute('tabindex', a === current ? '0' : '-1');
  // With no link in the tab order, Chromium would make the SVG itself a tab stop (a scroller).
  svg.setAttribute('tabindex', '-1');
  figure.querySelector<HTMLElement>('[data-map-keys]')?.removeAttribute('hidden');

  // Where the regions lie: measured on the first arrow key (the map is laid out by then).
  let points: [number, number][] | undefined;
  const indexOf = new Map(links.map((a, i) => [a, i]));
  let names: string[] | undefined;
  let typed = '';
  let typedAt = 0;

  svg.addEventListener('focusin', (event) => {
    const a = regionOf(event.target);
    if (!a || a === current) return;
    current.setAttribute('tabindex', '-1');
    a.setAttribute('tabindex', '0');
    current = a;
  });

  svg.addEventListener('keydown', (event) => {
    const a = regionOf(event.target);
    if (!a || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = indexOf.get(a) ?? 0;
    let to = -1;
    const direction = KEYS[event.key];
    if (direction) {
      points ??= centres(links, insetTwins(svg));
      to = nearestInDirection(points, from, direction);
    } else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = links.length - 1;
    else if (event.key.length === 1 && event.key !== ' ') {
      // Same letters again continue from the region they found; a pause starts a new search.
      typed = event.timeStamp - typedAt < TYPE_AHEAD_MS ? typed + event.key.toLowerCase() : event.key.toLowerCase();
      typedAt = event.timeStamp;
      names ??= links.map(typedName);
      to = typeAhead(names, typed.length > 1 ? from - 1 : from, typed);
    } else return;
    event.preventDefault();
    const next = to >= 0 ? links[to] : undefined;
    if (!next || next === a) return;
    next.focus();
    if (live) live.textContent = next.getAttribute('aria-label') ?? '';
  });
}
