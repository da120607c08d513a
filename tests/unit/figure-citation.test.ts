/** A figure's citation names a published release, never a draft id (issue 15 part 2). */
import { describe, expect, it } from 'vitest';
import { ACCESS, citeFigure } from '../../src/site/figures/citation.ts';

const meta = { title: 'Peta Kawasan Rawan Narkoba', publisher: 'BNN', license: 'CC-BY-4.0', synthetic: true, regionSource: 'x' } as never;
const figure = { title: 'Desa rawan, Kota Yogyakarta', kind: 'chart' as const };
const url = 'https://example.go.id/kabkota/34-71-kota-yogyakarta/#g-rawan-share-34.71';

describe('citeFigure', () => {
  it('a release build cites itself, with the URL, the figure and a slot for the access date', () => {
    const c = citeFigure('id', { release: { id: '2025.2', date: '2025-06-30', draft: false } as never, previous: { id: '2025.1', date: '2025-01-31' }, meta }, figure, url);
    expect(c.note).toBeUndefined();
    expect(c.apa).toBe(`BNN. (2025). Desa rawan, Kota Yogyakarta [Grafik]. Dalam Peta Kawasan Rawan Narkoba (Versi 2025.2). Diakses ${ACCESS}, dari ${url}`);
    expect(c.plain).toContain('rilis 2025.2; grafik “Desa rawan, Kota Yogyakarta”');
  });

  it('a draft build cites the last published release and says the figure may differ', () => {
    const c = citeFigure('en', { release: { id: '2025.3-draft.abc1234', date: '2025-07-01', draft: true } as never, previous: { id: '2025.2', date: '2025-06-30' }, meta }, { ...figure, kind: 'map' }, url);
    expect(`${c.apa} ${c.plain}`).not.toContain('draft');
    expect(c.apa).toContain('(Version 2025.2)');
    expect(c.apa).toContain('[Map]');
    expect(c.note).toContain('2025.3-draft.abc1234');
    expect(c.note).toContain('2025.2');
  });

  it('a draft before any release cites nothing and says so', () => {
    const c = citeFigure('id', { release: { id: '2025.1-draft.abc1234', date: '2025-07-01', draft: true } as never, previous: null, meta }, figure, url);
    expect(c.apa).toBeUndefined();
    expect(c.plain).toBeUndefined();
    expect(c.note).toContain('belum ada rilis');
  });
});
