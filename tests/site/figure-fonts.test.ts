/**
 * The fonts a reader's browser draws a figure's PNG with (/huruf/, src/site/figures/fonts.ts) are
 * byte for byte the files the build renders the static PNGs with (src/pipeline/downloads/png.ts),
 * their licence text ships beside them and the about page links to it; every PNG button of the
 * pages names fonts that are in the site, and the scale of the static PNGs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIGURE_FONT_FILES, PNG_SCALE } from '../../src/pipeline/downloads/png.ts';
import { fontFileBytes } from '../../src/site/figures/fonts.ts';
import { siteDir } from '../support/site.ts';

const file = (sitePath: string) => readFileSync(path.join(siteDir(), ...sitePath.split('/')));
const buttons = (route: string) => [...parseHTML(file(`${route}index.html`).toString('utf8')).document.querySelectorAll('button[data-png-scale]')];

describe('the figures’ fonts in the site', () => {
  it('are the files the static PNGs are drawn with, with the OFL text beside them', () => {
    const served = buttons('/kabkota/34-02-kabupaten-bantul/')[0]!.getAttribute('data-png-fonts')!.split(',').map((pair) => pair.split(' '));
    expect(served.map(([weight]) => weight)).toEqual(['400', '600']);
    expect(served.map(([, url]) => file(url!))).toEqual(FIGURE_FONT_FILES.map((font) => readFileSync(font)));
    expect(file('/huruf/OFL.txt').toString('utf8')).toMatch(/SIL OPEN FONT LICENSE\s+Version 1\.1/);
    const about = parseHTML(file('/tentang/index.html').toString('utf8')).document;
    expect([...about.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('/huruf/OFL.txt');
  });

  it('every PNG button of the home, a province and a kab/kota page gives the static PNGs’ scale and fonts in the site', () => {
    for (const route of ['/', '/en/', '/provinsi/34-daerah-istimewa-yogyakarta/', '/kabkota/34-02-kabupaten-bantul/', '/en/regency/34-02-kabupaten-bantul/']) {
      for (const button of buttons(route)) {
        expect(Number(button.getAttribute('data-png-scale')), route).toBe(PNG_SCALE);
        expect(button.getAttribute('data-png-family')).toBe('Open Sans');
        for (const pair of button.getAttribute('data-png-fonts')!.split(',')) expect(file(pair.split(' ')[1]!).byteLength).toBeGreaterThan(10_000);
      }
    }
    // Charts of a kab/kota: one each; the home page: the national map's (charts there have static PNGs).
    expect(buttons('/kabkota/34-02-kabupaten-bantul/').length).toBeGreaterThanOrEqual(3);
    expect(buttons('/')).toHaveLength(1);
    expect(buttons('/provinsi/34-daerah-istimewa-yogyakarta/')).toHaveLength(0);
  });

  it('an unknown font file is refused by name', () => {
    expect(() => fontFileBytes('comic.ttf')).toThrow(/no font file "comic.ttf" \(known: open-sans-400.ttf, open-sans-600.ttf, OFL.txt\)/);
  });
});
