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
const MINUS = 0x2d;
const DOT = 0x2e;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * Rounds every number of an attribute value to 1 decimal (offsets in em to 2). A number is what
 * `/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(em)?/gi` would match, read left to right; a whole number
 * written as rounding would write it (no sign of zero, no leading zero, at most 15 digits) is
 * kept as it is. One pass over the characters (a regular expression with a replacer took ~4×
 * as long on the charts' ~1.5 million numbers); the text is copied only where a number changes.
 */
export function roundNumbers(value: string): string {
  const length = value.length;
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < length) {
    const start = index;
    let at = value.charCodeAt(index) === MINUS ? index + 1 : index;
    const digitsFrom = at;
    while (at < length && isDigit(value.charCodeAt(at))) at++;
    const wholeDigits = at - digitsFrom;
    let whole = wholeDigits > 0;
    if (wholeDigits > 0) {
      if (value.charCodeAt(at) === DOT) {
        whole = false;
        at++;
        while (at < length && isDigit(value.charCodeAt(at))) at++;
      }
    } else if (value.charCodeAt(at) === DOT && isDigit(value.charCodeAt(at + 1))) {
      at += 2;
      while (at < length && isDigit(value.charCodeAt(at))) at++;
    } else {
      index = start + 1;
      continue;
    }
    if ((value.charCodeAt(at) | 0x20) === 0x65) {
      let exponent = at + 1;
      const sign = value.charCodeAt(exponent);
      if (sign === 0x2b || sign === MINUS) exponent++;
      if (isDigit(value.charCodeAt(exponent))) {
        while (exponent < length && isDigit(value.charCodeAt(exponent))) exponent++;
        at = exponent;
        whole = false;
      }
    }
    const em = (value.charCodeAt(at) | 0x20) === 0x65 && (value.charCodeAt(at + 1) | 0x20) === 0x6d ? value.slice(at, at + 2) : '';
    const end = at + em.length;
    index = end;
    if (!em && whole && wholeDigits <= 15 && (value.charCodeAt(digitsFrom) !== 0x30 || (wholeDigits === 1 && digitsFrom === start))) continue;
    const scale = em ? 100 : 10;
    const rounded = Math.round(Number.parseFloat(value.slice(start, end)) * scale) / scale;
    const text = `${Object.is(rounded, -0) ? 0 : rounded}${em}`;
    if (end - start === text.length && value.startsWith(text, start)) continue;
    out += value.slice(copied, start) + text;
    copied = end;
  }
  return copied === 0 ? value : out + value.slice(copied);
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
