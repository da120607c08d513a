/**
 * A tooltip with the region's name and figure on mouse hover and on keyboard focus (not on a tap:
 * touch gets the info card of card.ts).
 */
import { regionOf } from './regions.ts';

export function setupTips(figure: HTMLElement): void {
  const panel = figure.querySelector<HTMLElement>('.map-panel');
  const tip = figure.querySelector<HTMLElement>('.map-tip');
  const svg = panel?.querySelector('svg');
  if (!panel || !tip || !svg) return;
  // The native <title> tooltips would double ours; the accessible name stays in aria-label.
  // Removed when the map is first pointed at or focused, not while the page loads.
  const dropTitles = (): void => {
    for (const title of svg.querySelectorAll('a > title')) title.remove();
  };
  svg.addEventListener('pointerover', dropTitles, { once: true });
  svg.addEventListener('focusin', dropTitles, { once: true });

  const show = (a: SVGAElement, x: number, y: number): void => {
    tip.textContent = a.getAttribute('aria-label') ?? '';
    tip.hidden = false;
    const box = panel.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let left = x - box.left + 14;
    let top = y - box.top + 14;
    if (left + w > box.width) left = Math.max(0, x - box.left - w - 14);
    if (top + h > box.height) top = Math.max(0, y - box.top - h - 14);
    tip.style.setProperty('left', `${left}px`);
    tip.style.setProperty('top', `${top}px`);
  };
  const hide = (): void => {
    tip.hidden = true;
  };
  // A tap also focuses the link: no tooltip then.
  let tapped = false;
  svg.addEventListener('pointerdown', (event) => (tapped = event.pointerType !== 'mouse'));
  figure.addEventListener('keydown', () => (tapped = false));
  svg.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    const a = regionOf(event.target);
    if (a) show(a, event.clientX, event.clientY);
    else hide();
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focusin', (event) => {
    const a = regionOf(event.target);
    if (!a || tapped) return;
    const r = a.getBoundingClientRect();
    show(a, r.left + r.width / 2, r.top + r.height / 2);
  });
  svg.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
