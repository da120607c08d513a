import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngCache, pngCacheKey } from '../../src/pipeline/downloads/png-cache.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A stand-in renderer: a whole PNG (signature … IEND) that spells its SVG; counts what it was asked. */
function fakeRenderer() {
  const asked: string[] = [];
  const png = (svg: string) =>
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.from(svg), 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  const render = async (svg: string) => {
    asked.push(svg);
    return png(svg);
  };
  return { asked, render, png };
}

describe('PNG cache', () => {
  it('renders each SVG once, then hands out the same bytes; a file cut short is rendered again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'png-cache-'));
    dirs.push(dir);
    const svgs = ['<svg>a</svg>', '<svg>b</svg>', '<svg>a</svg>'];
    const first = fakeRenderer();
    const one = await Promise.all(svgs.map(pngCache(dir, first.render)));
    expect([...first.asked].sort()).toEqual(['<svg>a</svg>', '<svg>b</svg>']);
    expect(one).toEqual(svgs.map(first.png));

    const second = fakeRenderer();
    expect(await Promise.all(svgs.map(pngCache(dir, second.render)))).toEqual(one);
    expect(second.asked).toEqual([]);

    const key = pngCacheKey('<svg>b</svg>');
    await writeFile(path.join(dir, key.slice(0, 2), `${key}.png`), one[1]!.subarray(0, 12));
    const third = fakeRenderer();
    expect(await Promise.all(['<svg>b</svg>', '<svg>c</svg>'].map(pngCache(dir, third.render)))).toEqual([one[1], third.png('<svg>c</svg>')]);
    expect([...third.asked].sort()).toEqual(['<svg>b</svg>', '<svg>c</svg>']);
    const left = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.tmp'));
    expect(left).toEqual([]);
  });

  it('keys a PNG by its SVG and the renderer', () => {
    expect(pngCacheKey('<svg>a</svg>')).toMatch(/^[0-9a-f]{64}$/);
    expect(pngCacheKey('<svg>a</svg>')).not.toBe(pngCacheKey('<svg>a </svg>'));
  });
});
