/**
 * Renders a chart description (Plot options) to an SVG string on a minimal server DOM
 * (svg-dom.ts, which writes the markup linkedom would), then
 * makes the markup fit the site:
 * - accessible: `role="img"`, `aria-label` and a `<title>` (title + takeaway); the per-mark
 *   `aria-label`s Plot adds are dropped (children of an image are not announced anyway);
 * - responsive: viewBox only, no width/height attributes (style.ts sets width 100%, height auto);
 * - CSP-safe: Plot's `<style>` element is removed and no `style` attribute is written
 *   (presentation attributes and classes only; `chartsCss` carries the rules);
 * - compact: every coordinate rounded to 1 decimal, `translate(0,0)` dropped;
 * - deterministic: any `id` is renamed from a hash of the markup, never a counter.
 */
import * as Plot from '@observablehq/plot';
import { escapeAttribute } from '../html.ts';
import { DEFAULT_WIDTH, FONT, LINE, textWidth } from './marks.ts';
import { SvgDocument } from './svg-dom.ts';

export { DEFAULT_WIDTH };

export const ROOT_CLASS = 'kc';
/** Added when the drawing is 640 wide: chartsCss enlarges its text on narrow screens. */
export const RESPONSIVE_CLASS = 'kc-r';

const GEOMETRY = new Set(['d', 'points', 'transform', 'x', 'y', 'dx', 'dy', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'viewBox']);
const DROP = new Set(['aria-label', 'aria-hidden', 'aria-description', 'style']);
const LABEL_SLOT = 'kc-label-slot';
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(em)?/gi;
/** A whole number written as rounding would write it (no sign of zero, no leading zero). */
const PLAIN_INTEGER = /^(?:-?[1-9]\d{0,14}|0)$/;

/** Rounds every number of an attribute value to 1 decimal (offsets in em to 2). */
export function roundNumbers(value: string): string {
  return value.replace(NUMBER, (token: string, em: string | undefined) => {
    if (!em && PLAIN_INTEGER.test(token)) return token;
    const scale = em ? 100 : 10;
    const n = Math.round(Number.parseFloat(token) * scale) / scale;
    return `${Object.is(n, -0) ? 0 : n}${em ?? ''}`;
  });
}

/** FNV-1a, 32 bit, as base 36: a short stable hash for ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function newDocument(): Document {
  return new SvgDocument() as unknown as Document;
}

function tidy(root: Element, label: string, responsive: boolean): string {
  const doc = root.ownerDocument;
  // One walk over the tree: drop what is not wanted, round what is kept.
  const ids: string[] = [];
  const walk = (node: Element): void => {
    for (const { name, value } of [...node.attributes]) {
      if (DROP.has(name) || (name === 'transform' && value === 'translate(0,0)')) node.removeAttribute(name);
      else if (GEOMETRY.has(name)) node.setAttribute(name, roundNumbers(value));
      else if (name === 'id') ids.push(value);
    }
    for (const child of [...node.children]) {
      if (child.tagName.toLowerCase() === 'style') child.remove();
      else {
        walk(child);
        if (child.tagName.toLowerCase() === 'g' && child.attributes.length === 0 && child.childNodes.length === 0) child.remove();
      }
    }
  };
  walk(root);
  for (const name of ['width', 'height', 'font-family', 'class', 'text-anchor']) root.removeAttribute(name);
  root.setAttribute('class', responsive ? `${ROOT_CLASS} ${RESPONSIVE_CLASS}` : ROOT_CLASS);
  root.setAttribute('font-size', String(FONT.base));
  root.setAttribute('text-anchor', 'middle');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', LABEL_SLOT);
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = label;
  root.insertBefore(title, root.firstChild);

  // Deterministic ids (Plot numbers clip paths with a global counter).
  // The label is written by hand: the DOM (as linkedom) leaves & and < unescaped in attribute values.
  let svg = root.outerHTML.replace(`aria-label="${LABEL_SLOT}"`, () => `aria-label="${escapeAttribute(label)}"`);
  if (ids.length) {
    const prefix = `kc${hash(svg.replace(/\bid="[^"]*"/g, ''))}`;
    ids.forEach((id, i) => {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      svg = svg.replace(new RegExp(`(id="|#)${escaped}(?=["')])`, 'g'), `$1${prefix}-${i}`);
    });
  }
  return svg;
}

/** Renders Plot options to the final SVG string. */
export function renderPlot(options: Plot.PlotOptions, label: string, width: number): string {
  const document = newDocument();
  const node = Plot.plot({ ...options, width, document, className: ROOT_CLASS }) as unknown as Element;
  return tidy(node, label, width === DEFAULT_WIDTH);
}

/** Splits `text` at spaces into lines no wider than `width` at the largest font. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && textWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A small SVG that only says why there is nothing to draw (the table still has every cell). */
export function renderMessage(message: string, label: string, width: number): string {
  const lines = wrap(message, width - 24);
  const height = lines.length * LINE + 24;
  const options: Plot.PlotOptions = {
    height,
    margin: 0,
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.25, rx: 4 }),
      Plot.text([lines.join('\n')], { frameAnchor: 'middle', lineHeight: 1.25, className: 'kc-msg' }),
    ],
  };
  return renderPlot(options, label, width);
}
