/**
 * The minimal DOM the charts are drawn on (src/site/charts/svg-dom.ts) writes the markup linkedom
 * wrote before it: every chart kind drawn by Plot on both gives the same string, and so do the
 * corner cases of attributes and text (order, `class`, empty values, escaping, self-closing).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { describeChart } from '../../src/site/charts/index.ts';
import { SvgDocument } from '../../src/site/charts/svg-dom.ts';
import { SPECS } from '../support/charts.ts';

const SVG = 'http://www.w3.org/2000/svg';
const linkedomDocument = (): Document => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const svgDocument = (): Document => new SvgDocument() as unknown as Document;
/** Plot numbers clip paths with a global counter: two drawings differ only there. */
const clipIds = (svg: string): string => svg.replace(/plot-clip-\d+/g, 'plot-clip');

describe('svg-dom', () => {
  it.each(Object.values(SPECS).flatMap((spec) => (['id', 'en'] as const).map((lang) => [`${spec.kind} ${lang}`, spec, lang] as const)))(
    'draws %s exactly as linkedom does',
    (_name, spec, lang) => {
      const options = describeChart(spec, lang).plot;
      expect(options).not.toBeNull();
      const draw = (document: Document) => clipIds((Plot.plot({ ...options!, document }) as unknown as Element).outerHTML);
      const ours = draw(svgDocument());
      expect(ours).toMatch(/^<svg /);
      expect(ours).toBe(draw(linkedomDocument()));
    },
  );

  it('orders, normalises and escapes attributes and text as linkedom does', () => {
    const build = (document: Document): string => {
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('a', '1');
      g.setAttribute('class', ' x  y x ');
      g.setAttribute('b', '2');
      g.setAttribute('a', '3');
      g.setAttribute('id', '');
      g.setAttribute('style', '');
      g.setAttribute('hidden', '');
      g.setAttribute('fill', '');
      g.setAttribute('q', 'a"<&>\xA0');
      const text = document.createElementNS(SVG, 'text');
      text.textContent = 'a<b&c>\xA0"\'';
      g.appendChild(text);
      g.appendChild(document.createElementNS(SVG, 'path'));
      const empty = document.createElementNS(SVG, 'text');
      empty.appendChild(document.createTextNode(''));
      g.insertBefore(empty, text);
      const cleared = document.createElementNS(SVG, 'text');
      cleared.textContent = 'x';
      cleared.textContent = '';
      g.append(cleared, 'tail');
      const first = g.outerHTML;
      g.removeAttribute('class');
      g.setAttribute('class', 'z');
      g.removeAttribute('b');
      text.remove();
      return `${first}\n${g.outerHTML}\n${[...g.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}\n${g.textContent}`;
    };
    const ours = build(svgDocument());
    expect(ours).toContain('<text></text>');
    expect(ours).toBe(build(linkedomDocument()));
  });

  it('throws on a selector it does not know instead of matching something else', () => {
    const g = svgDocument().createElementNS(SVG, 'g');
    expect(() => g.querySelector('g > text')).toThrow(/unsupported selector/);
  });
});
