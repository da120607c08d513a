/**
 * PNG of a figure that has no static one (a kab/kota chart, a map view other than the one shown
 * first), drawn in the reader's browser as Our World in Data's Grapher does: a click on the
 * "PNG" button (src/components/FigurePng.astro) fetches the figure's own SVG file — the SVG link
 * beside it, which on the national map follows the year/measure switch — draws it with the
 * figures' fonts at the static PNGs' scale and downloads it under the name a static PNG would
 * have (`<id>.png`, `<id>.en.png`). Without JavaScript the button is absent and a sentence says
 * that PNG needs JavaScript and that the SVG opens in any image tool.
 */
import { figureFontFaces } from './figure-fonts.ts';
import { svgToPng } from './svg-png.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-png-js]')) box.hidden = false;

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-png-scale]');
  if (button && !button.disabled) void download(button);
});

async function download(button: HTMLButtonElement): Promise<void> {
  const link = button.closest('p')?.querySelector<HTMLAnchorElement>('a[type="image/svg+xml"]');
  if (!link) return;
  const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  if (status) status.textContent = '';
  try {
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`${link.href}: ${response.status}`);
    const [svg, fonts] = await Promise.all([response.text(), figureFontFaces(button.dataset.pngFamily ?? '', button.dataset.pngFonts ?? '')]);
    const png = await svgToPng(svg, { scale: Number(button.dataset.pngScale), background: button.dataset.pngBackground ?? '#fff' }, fonts);
    save(png, new URL(link.href).pathname.split('/').pop()!.replace(/\.svg$/, '.png'));
  } catch (error) {
    console.warn('PNG:', error);
    if (status) status.textContent = button.dataset.pngFailed ?? '';
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** Hands `blob` to the browser as a download named `name`. */
function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
