/**
 * A figure as a file of its own: the drawing the page shows, framed with what a reader who only
 * has the file needs: title, units and legend, the source line with the release id, the
 * licences and the synthetic-data note — all inside the image, as text (so the SVG can be
 * searched and the PNG drawn from it says the same). Pure: same input, same string.
 *
 * Text is set in Open Sans (the font the PNG renderer is given; a browser without it falls back
 * to Arial or any sans-serif) and wrapped by an estimate of its width, with room to spare.
 */
import { escapeAttribute, escapeHtml } from '../html.ts';

export interface FrameLegendItem {
  /** A colour or a `url(#pattern)` of the drawing. */
  fill: string;
  label: string;
  kind: string;
}

export interface FrameInput {
  lang: string;
  title: string;
  /** Heading of the legend: what is drawn, with its unit. */
  units: string;
  legend: readonly FrameLegendItem[];
  /** The drawing: an `<svg viewBox="0 0 w h">` as the page shows it (links and tooltips are dropped). */
  drawing: string;
  /** Lines under the drawing: source, licences. */
  footer: readonly string[];
  /** Printed last, in semibold red (the synthetic-data warning), when given. */
  note?: string;
}

const PAD = 24;
const FONT = `font-family="'Open Sans', Arial, sans-serif"`;
const TITLE = { size: 20, line: 26, weight: 600 };
const LEGEND = { size: 13, line: 20 };
const SMALL = { size: 11.5, line: 16 };
/** Average advance of Open Sans, in em (regular; semibold is wider), rounded up. */
const EM = { regular: 0.54, bold: 0.58 };

/** Estimated width of a text in px. */
function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? EM.bold : EM.regular);
}

/** Words into lines of at most `width` px (a word longer than a line stands alone; no-break spaces hold). */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The drawing's viewBox size and its content without the page's links, tooltips and ARIA. */
export function drawingBody(svg: string): { width: number; height: number; inner: string } {
  const open = /^<svg\b[^>]*\bviewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>/.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  if (!open || end < 0) throw new Error('figure frame: the drawing must be an <svg> with a viewBox "0 0 w h"');
  const inner = svg
    .slice(open[0].length, end)
    .replace(/^<title\b[^>]*>[^<]*<\/title>(<desc\b[^>]*>[^<]*<\/desc>)?/, '')
    .replace(/<a\b[^>]*>(<title>[^<]*<\/title>)?/g, '')
    .replaceAll('</a>', '')
    .replaceAll(' aria-hidden="true"', '');
  return { width: Number(open[1]), height: Number(open[2]), inner };
}

interface Cursor {
  y: number;
  parts: string[];
}

function textLines(c: Cursor, lines: readonly string[], style: { size: number; line: number }, attributes = ''): void {
  for (const line of lines) {
    c.y += style.line;
    c.parts.push(`<text x="${PAD}" y="${c.y - Math.round((style.line - style.size) / 2)}" font-size="${style.size}"${attributes}>${escapeHtml(line)}</text>`);
  }
}

/** Legend rows: the heading, then the items side by side, wrapping to the width. */
function legendRows(c: Cursor, input: FrameInput, width: number): void {
  textLines(c, wrapText(input.units, width, LEGEND.size, true), LEGEND, ' font-weight="600"');
  let x = PAD;
  let top = c.y + 6;
  for (const item of input.legend) {
    const itemWidth = 22 + textWidth(item.label, LEGEND.size) + 18;
    if (x > PAD && x + itemWidth > PAD + width) {
      x = PAD;
      top += LEGEND.line;
    }
    const swatch =
      item.kind === 'dot'
        ? `<circle cx="${x + 8}" cy="${top + 7}" r="3.5" fill="#fff" stroke="#333" stroke-width=".8"/>`
        : `<rect x="${x}" y="${top + 1}" width="16" height="12" fill="${escapeAttribute(item.fill)}" stroke="#666" stroke-width=".5"/>`;
    c.parts.push(`${swatch}<text x="${x + 22}" y="${top + 11.5}" font-size="${LEGEND.size}">${escapeHtml(item.label)}</text>`);
    x += itemWidth;
  }
  c.y = top + LEGEND.line;
}

/** The standalone SVG (XML prolog, namespace, white background, `role="img"` named by its title). */
export function frameFigure(input: FrameInput): string {
  const drawing = drawingBody(input.drawing);
  const width = Math.round(drawing.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const c: Cursor = { y: PAD - 8, parts: [] };
  textLines(c, wrapText(input.title, inner, TITLE.size, true), TITLE, ` font-weight="${TITLE.weight}"`);
  c.y += 10;
  c.parts.push(`<svg x="${PAD}" y="${c.y}" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}">${drawing.inner}</svg>`);
  c.y += drawing.height + 8;
  legendRows(c, input, inner);
  c.y += 8;
  for (const line of input.footer) textLines(c, wrapText(line, inner, SMALL.size), SMALL, ' fill="#333"');
  if (input.note) textLines(c, wrapText(input.note, inner, SMALL.size, true), SMALL, ' font-weight="600" fill="#a50f15"');
  const height = Math.round(c.y + PAD - 4);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${escapeAttribute(input.lang)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="judul">` +
    `<title id="judul">${escapeHtml(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<g ${FONT} fill="#222">${c.parts.join('')}</g>` +
    `</svg>\n`
  );
}
