/** HTML escaping (src/site/html.ts): the one escaper of every HTML and SVG string the site builds. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeHtml, link } from '../../src/site/html.ts';

const NASTY = `Tom & "Jerry" <b>'s</b> > 1`;

describe('escapeHtml', () => {
  it('writes &, <, > and " as entities and leaves everything else alone', () => {
    expect(escapeHtml(NASTY)).toBe(`Tom &amp; &quot;Jerry&quot; &lt;b&gt;'s&lt;/b&gt; &gt; 1`);
    expect(escapeHtml('Kabupaten Aceh Barat — 12,3% · [c]')).toBe('Kabupaten Aceh Barat — 12,3% · [c]');
    expect(escapeHtml('')).toBe('');
  });
  it('takes numbers', () => {
    expect(escapeHtml(2025)).toBe('2025');
    expect(escapeHtml(-1.5)).toBe('-1.5');
  });
  it('escapes an ampersand that is already part of an entity again (text is text, never markup)', () => {
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });
  it('gives text that a parser reads back unchanged', () => {
    const { document } = parseHTML(`<p>${escapeHtml(NASTY)}</p>`);
    expect(document.querySelector('p')?.textContent).toBe(NASTY);
  });
});

describe('escapeAttribute', () => {
  it('escapes quotes and <&> inside a double-quoted attribute value', () => {
    expect(escapeAttribute('a "quoted" <tag> & more')).toBe('a &quot;quoted&quot; &lt;tag&gt; &amp; more');
    expect(`<a title="${escapeAttribute('" onmouseover="alert(1)"')}">`).toBe('<a title="&quot; onmouseover=&quot;alert(1)&quot;">');
  });
  it('gives a value that a parser reads back unchanged, in one attribute', () => {
    const { document } = parseHTML(`<a href="${escapeAttribute('/x?a=1&b="2"<3>')}" aria-label="${escapeAttribute(NASTY)}">x</a>`);
    const a = document.querySelector('a');
    expect(a?.getAttribute('href')).toBe('/x?a=1&b="2"<3>');
    expect(a?.getAttribute('aria-label')).toBe(NASTY);
    expect(a?.attributes.length).toBe(2);
  });
});

describe('link', () => {
  it('escapes the address as an attribute and the text as text', () => {
    expect(link('/cari/?q=a&b="c"', 'A & <B>')).toBe('<a href="/cari/?q=a&amp;b=&quot;c&quot;">A &amp; &lt;B&gt;</a>');
  });
});
