/**
 * Map enhancements (the map works fully without this: every region is a link with its name and
 * figure), one module each under map/: a tooltip on hover and keyboard focus (tips), the map as
 * one Tab stop with arrow keys and a live region (keyboard), a first tap that shows an info card
 * with zoom (card), and on the national map the year/measure switch (switch).
 */
import { setupCard } from './map/card.ts';
import { setupKeyboard } from './map/keyboard.ts';
import { setupSwitch } from './map/switch.ts';
import { setupTips } from './map/tips.ts';

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map]')) {
  const svg = figure.querySelector<SVGSVGElement>('.map-panel > svg');
  setupTips(figure);
  if (svg) {
    setupKeyboard(figure, svg);
    setupCard(figure, svg);
  }
  if (figure.dataset.map === 'switch') setupSwitch(figure);
}
