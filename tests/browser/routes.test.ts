/**
 * URLs come from src/site/routes.ts only: readable, stable slugs with the Kemendagri code, both
 * languages, and every link prefixed with the base path (DASHBOARD_BASE_PATH → astro `base`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { href, pagePath, rankingPath, regionPath, regionSlug, slugify, withBase } from '../../src/site/routes.ts';

const jakut = { tingkat: 'kabkota' as const, kode: '31.72', nama: 'Kota Administrasi Jakarta Utara' };
const dki = { tingkat: 'provinsi' as const, kode: '31', nama: 'Daerah Khusus Ibukota Jakarta' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('routes', () => {
  it('builds the documented paths in both languages', () => {
    expect(regionPath('id', jakut)).toBe('/kabkota/31-72-kota-administrasi-jakarta-utara/');
    expect(regionPath('en', jakut)).toBe('/en/regency/31-72-kota-administrasi-jakarta-utara/');
    expect(regionPath('id', dki)).toBe('/provinsi/31-dki-jakarta/');
    expect(regionPath('en', dki)).toBe('/en/province/31-dki-jakarta/');
    expect(regionPath('en', { tingkat: 'nasional', kode: 'ID', nama: 'Indonesia' })).toBe('/en/');
    const pages = ['home', 'methodology', 'downloads', 'changelog', 'dictionary', 'about', 'search'] as const;
    expect(pages.map((p) => pagePath('id', p))).toEqual(['/', '/metodologi/', '/unduh/', '/perubahan/', '/kamus-data/', '/tentang/', '/cari/']);
    expect(pages.map((p) => pagePath('en', p))).toEqual([
      '/en/',
      '/en/methodology/',
      '/en/downloads/',
      '/en/changelog/',
      '/en/data-dictionary/',
      '/en/about/',
      '/en/search/',
    ]);
  });

  it('puts the rankings under one folder: kab/kota at its root, provinces below, one page per measure', () => {
    expect(pagePath('id', 'rankings')).toBe('/peringkat/');
    expect(rankingPath('id', 'kabkota', '')).toBe('/peringkat/');
    expect(rankingPath('id', 'kabkota', 'skor')).toBe('/peringkat/skor/');
    expect(rankingPath('id', 'provinsi', '')).toBe('/peringkat/provinsi/');
    expect(rankingPath('en', 'provinsi', 'coverage')).toBe('/en/rankings/provinces/coverage/');
    expect(pagePath('id', 'compare')).toBe('/bandingkan/');
    expect(pagePath('en', 'compare')).toBe('/en/compare/');
  });

  it('makes ASCII slugs', () => {
    expect(slugify('Kabupaten Toba Samosir')).toBe('kabupaten-toba-samosir');
    expect(slugify("Kota Bau-Bau (Baubau)")).toBe('kota-bau-bau-baubau');
    expect(slugify('Kabupaten Pohuwato  ')).toBe('kabupaten-pohuwato');
    expect(regionSlug({ kode: '94.01', nama: 'Kabupaten Nabire' })).toBe('94-01-kabupaten-nabire');
  });

  it('prefixes every link with the base path', () => {
    expect(withBase('/cari/')).toBe('/cari/');
    vi.stubEnv('BASE_URL', '/peta-rawan/');
    expect(withBase('/cari/')).toBe('/peta-rawan/cari/');
    expect(withBase('/')).toBe('/peta-rawan/');
    expect(href.region('en', jakut)).toBe('/peta-rawan/en/regency/31-72-kota-administrasi-jakarta-utara/');
    expect(href.page('id', 'home')).toBe('/peta-rawan/');
    vi.stubEnv('BASE_URL', '/peta-rawan');
    expect(href.page('id', 'methodology')).toBe('/peta-rawan/metodologi/');
  });
});
