/**
 * The pure parts of the map's keyboard and zoom (src/client/map/): the nearest region in an
 * arrow's direction, and the zoom boxes.
 */
import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/client/map/nearest.ts';
import { closerBox, fitBox, viewBoxText } from '../../src/client/map/zoom.ts';

describe('nearestInDirection', () => {
  //   0 . 1
  //   . 2 .
  //   3 . 4      (y grows downwards)
  const grid: [number, number][] = [
    [0, 0],
    [2, 0],
    [1, 1],
    [0, 2],
    [2, 2],
  ];
  it('moves to the nearest point that way', () => {
    expect(nearestInDirection(grid, 0, 'right')).toBe(1);
    expect(nearestInDirection(grid, 0, 'down')).toBe(3);
    expect(nearestInDirection(grid, 4, 'up')).toBe(1);
    expect(nearestInDirection(grid, 4, 'left')).toBe(3);
  });
  it('prefers a point straight ahead to a nearer one off to the side', () => {
    const points: [number, number][] = [
      [0, 0],
      [1, 0.9],
      [2.5, 0],
    ];
    expect(nearestInDirection(points, 0, 'right')).toBe(2);
  });
  it('returns -1 when nothing lies that way, or for an unknown start', () => {
    expect(nearestInDirection(grid, 0, 'left')).toBe(-1);
    expect(nearestInDirection(grid, 0, 'up')).toBe(-1);
    expect(nearestInDirection(grid, 9, 'up')).toBe(-1);
  });
});

describe('zoom boxes', () => {
  it('fitBox pads a box and keeps its centre', () => {
    const b = fitBox({ x: 100, y: 50, width: 20, height: 20 });
    expect(b.x + b.width / 2).toBeCloseTo(110);
    expect(b.y + b.height / 2).toBeCloseTo(60);
    expect(b.width).toBeGreaterThan(20);
  });
  it('fitBox widens a tall box and heightens a flat one', () => {
    const tall = fitBox({ x: 0, y: 0, width: 10, height: 100 });
    expect(tall.height / tall.width).toBeCloseTo(1.25);
    const flat = fitBox({ x: 0, y: 0, width: 100, height: 5 });
    expect(flat.height / flat.width).toBeCloseTo(0.55);
  });
  it('closerBox zooms 2× to 8× around the region, in the shape of the view', () => {
    const view = { x: 0, y: 0, width: 100, height: 50 };
    // A region of 1 unit at 4 px/unit: 4 px → 60 px would be 15×; capped at 8×.
    const small = closerBox(view, { x: 40, y: 20, width: 1, height: 2 }, 4);
    expect(small.width).toBeCloseTo(12.5);
    expect(small.height).toBeCloseTo(6.25);
    expect(small.x + small.width / 2).toBeCloseTo(40.5);
    // A region of 10 units at 4 px/unit: 40 px → 60 px would be 1.5×; at least 2×.
    expect(closerBox(view, { x: 40, y: 20, width: 10, height: 10 }, 4).width).toBeCloseTo(50);
    // 5 units at 4 px/unit: 20 px → 60 px is 3×.
    expect(closerBox(view, { x: 40, y: 20, width: 5, height: 8 }, 4).width).toBeCloseTo(100 / 3);
  });
  it('writes a viewBox with at most two decimals', () => {
    expect(viewBoxText({ x: 1.23456, y: 2, width: 3.5, height: 1 / 3 })).toBe('1.23 2 3.5 0.33');
  });
});
