/** Short forms of region names in the search (src/site/search/aliases.ts) and the A–Z index of the /cari/ page (az.ts). */
import { describe, expect, it } from 'vitest';
import { expandWords } from '../../src/site/search/aliases.ts';
import { azGroups, coreName } from '../../src/site/search/az.ts';
import { normalise } from '../../src/site/search/normalise.ts';

const words = (query: string) => expandWords(normalise(query).split(' ').filter(Boolean));
/** Whether every word of the query is in the key, as the search matches. */
const finds = (query: string, name: string) => {
  const key = normalise(name);
  const ws = words(query);
  return ws.length > 0 && ws.every((w) => key.includes(w));
};

describe('expandWords', () => {
  it('writes out Jakarta’s short forms', () => {
    expect(words('Jakut')).toEqual(['jakarta', 'utara']);
    for (const [short, name] of [
      ['jaksel', 'Kota Administrasi Jakarta Selatan'],
      ['JAKBAR', 'Kota Administrasi Jakarta Barat'],
      ['Jaktim', 'Kota Administrasi Jakarta Timur'],
      ['jakpus', 'Kota Administrasi Jakarta Pusat'],
    ]) expect(finds(short!, name!), short).toBe(true);
    expect(finds('jakut', 'Kota Administrasi Jakarta Selatan')).toBe(false);
  });

  it('understands the kinds of region: Kab., Kabupaten, Kota, Kodya, Regency, City', () => {
    expect(words('Kab. Bogor')).toEqual(['kabupaten', 'bogor']);
    expect(finds('Kab. Bogor', 'Kabupaten Bogor Jawa Barat')).toBe(true);
    expect(finds('Kab. Bogor', 'Kota Bogor Jawa Barat')).toBe(false);
    expect(finds('Kabupaten Bogor', 'Kabupaten Bogor Jawa Barat')).toBe(true);
    expect(finds('kodya bogor', 'Kota Bogor Jawa Barat')).toBe(true);
    expect(finds('Bogor Regency', 'Kabupaten Bogor Jawa Barat')).toBe(true);
    expect(finds('Bogor City', 'Kota Bogor Jawa Barat')).toBe(true);
    expect(finds('Kab. Adm. Kep. Seribu', 'Kabupaten Administrasi Kepulauan Seribu')).toBe(true);
  });

  it('finds Yogyakarta as Jogja, Yogya, DIY', () => {
    for (const q of ['Jogja', 'jogjakarta', 'Yogya', 'kota jogja']) expect(finds(q, 'Kota Yogyakarta Daerah Istimewa Yogyakarta'), q).toBe(true);
    expect(finds('DIY', 'Daerah Istimewa Yogyakarta')).toBe(true);
  });

  it('writes out provinces’ short forms and drops the word “provinsi”', () => {
    expect(words('Jabar')).toEqual(['jawa', 'barat']);
    expect(finds('sulsel', 'Sulawesi Selatan')).toBe(true);
    expect(finds('NTT', 'Nusa Tenggara Timur')).toBe(true);
    expect(finds('Provinsi Jawa Timur', 'Jawa Timur')).toBe(true);
    expect(words('provinsi')).toEqual([]);
  });

  it('leaves other words as they are, including the start of a name being typed', () => {
    expect(words('Tangerang sel')).toEqual(['tangerang', 'sel']);
    expect(words('kepa')).toEqual(['kepa']);
  });
});

describe('the A–Z index', () => {
  it('files a kab/kota under its name without the kind of region', () => {
    expect(coreName('Kabupaten Bogor')).toBe('Bogor');
    expect(coreName('Kota Administrasi Jakarta Utara')).toBe('Jakarta Utara');
    expect(coreName('Kabupaten Administrasi Kepulauan Seribu')).toBe('Kepulauan Seribu');
    expect(coreName('Kotabaru')).toBe('Kotabaru');
  });

  it('groups by first letter, sorted by that name and then the full name', () => {
    const names = ['Kota Bogor', 'Kabupaten Aceh Besar', 'Kabupaten Bogor', 'Kota Administrasi Jakarta Utara', 'Kota Banda Aceh', 'Kabupaten Kotabaru'];
    expect(azGroups(names, (n) => n)).toEqual([
      { letter: 'A', items: ['Kabupaten Aceh Besar'] },
      { letter: 'B', items: ['Kota Banda Aceh', 'Kabupaten Bogor', 'Kota Bogor'] },
      { letter: 'J', items: ['Kota Administrasi Jakarta Utara'] },
      { letter: 'K', items: ['Kabupaten Kotabaru'] },
    ]);
  });
});
