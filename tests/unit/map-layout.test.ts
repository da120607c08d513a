/**
 * Nothing drawn over the map covers a region: on the national map and on every province map, as
 * the site draws them (src/site/map/page-map.ts layouts), the inset panels and the legend (when
 * drawn inside the SVG, as a downloaded image would) do not intersect the projected bounding box
 * of any kab/kota geometry. Checked against the committed geometry, so a new geometry, inset or
 * legend size that would cover a region fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultBoundaries } from '../../src/pipeline/geo/boundaries.ts';
import { type Box, type ChoroplethLayout, choroplethLayout, type ChoroplethOptions } from '../../src/site/map/choropleth.ts';
import { MAP_CLASSES } from '../../src/site/map/breaks.ts';
import { nationalLayout, provinceLayout } from '../../src/site/map/page-map.ts';

const all = loadDefaultBoundaries().features;

/** Long words, as in the site's legend (the longer language), so the legend box is not too small. */
const labels = {
  title: 'Peta',
  description: 'Peta',
  legendTitle: 'Desa/kelurahan rawan (% dari desa/kelurahan yang dinilai)',
  suppressed: 'Suppressed [c]',
  noData: 'No data [x]',
  smallRegions: 'Small regency/city (dot)',
  lowCoverage: 'Low coverage: fewer than 10 villages or 10% of villages assessed (striped)',
};

function layout(frame: Pick<ChoroplethOptions, 'features' | 'insets' | 'width' | 'grid'>, legend: boolean): ChoroplethLayout {
  return choroplethLayout({
    ...frame,
    values: new Map(),
    nameOf: (code) => code,
    hrefFor: (code) => `/${code}/`,
    labels,
    formatNumber: String,
    classification: MAP_CLASSES.rawan_persen,
    legend,
  });
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** "panel × region codes" for every panel that intersects a region's box or leaves the viewBox. */
function coverings(l: ChoroplethLayout): string[] {
  const out: string[] = [];
  for (const panel of l.panels) {
    const { x0, y0, x1, y1 } = panel.box;
    if (x0 < 0 || y0 < 0 || x1 > l.width || y1 > l.height) out.push(`${panel.id} outside the viewBox`);
    for (const region of l.regions) if (overlaps(panel.box, region.box)) out.push(`${panel.id} × ${region.codes.join(' ')}`);
  }
  return out;
}

const provinces = [...new Set(all.features.flatMap((f) => f.properties.codes.map((c) => c.slice(0, 2))))].sort();

describe('no inset or legend covers a region', () => {
  it.each([false, true])('national map (legend in the SVG: %s)', (legend) => {
    const l = layout(nationalLayout(all, 'DKI Jakarta'), legend);
    expect(l.regions.length).toBe(all.features.length);
    expect(l.panels.map((p) => p.id)).toEqual(legend ? ['jakarta', 'legend'] : ['jakarta']);
    expect(coverings(l)).toEqual([]);
  });

  it('every province map, with its legend in the SVG', () => {
    expect(provinces).toHaveLength(38);
    const found = provinces.flatMap((code) => {
      const frame = provinceLayout(all, code);
      if (!frame) return [`${code}: no map`];
      const l = layout(frame, true);
      return coverings(l).map((c) => `${code}: ${c}`);
    });
    expect(found).toEqual([]);
  });

  it('catches a panel that does cover a region', () => {
    const frame = nationalLayout(all, 'DKI Jakarta');
    // The inset moved onto Sumatra.
    const bad = layout({ ...frame, insets: frame.insets!.map((i) => ({ ...i, at: [100, 0] as const })) }, false);
    expect(coverings(bad).length).toBeGreaterThan(0);
  });
});
