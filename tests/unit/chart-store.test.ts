import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { chartStore } from '../../src/site/charts/chart-store.ts';
import { renderChart, useChartStore } from '../../src/site/charts/index.ts';
import { SPECS } from '../support/charts.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chart-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  useChartStore(undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Draws through a store with an empty memo (the memo on globalThis would answer first). */
function drawWith(cacheDir: string, widths: number[]) {
  const store = chartStore(cacheDir, PROJECT_ROOT);
  useChartStore(store);
  const memo = (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('peta-rawan.renderChart')]!;
  memo.clear();
  const charts = widths.map((width) => renderChart(SPECS['categories-trend'], 'id', { width }));
  useChartStore(undefined);
  return { store, charts };
}

describe('charts kept between builds (chart-store.ts)', () => {
  it('replays exactly the charts a build drew, and keeps only those', () => {
    const cacheDir = fresh();
    const first = drawWith(cacheDir, [640, 360]);
    expect(first.store.hits).toBe(0);
    expect(first.store.save()).toBe(2);
    const second = drawWith(cacheDir, [640, 500]);
    expect(second.store.hits).toBe(1);
    expect(second.charts[0]).toEqual(first.charts[0]);
    expect(second.charts[0]!.svg).toBe(first.charts[0]!.svg);
    expect(second.store.save()).toBe(2);
    // The 360-wide chart was not used by the second build: no longer kept.
    expect(drawWith(cacheDir, [360]).store.hits).toBe(0);
  });

  it('counts a pack cut short as empty', () => {
    const cacheDir = fresh();
    drawWith(cacheDir, [640]).store.save();
    const [pack] = readdirSync(path.join(cacheDir, 'charts'));
    writeFileSync(path.join(cacheDir, 'charts', pack!), Buffer.from([0xff, 0x0f, 0x6f]));
    const again = drawWith(cacheDir, [640]);
    expect(again.store.hits).toBe(0);
    expect(again.charts[0]!.svg).toMatch(/^<svg/);
  });
});
