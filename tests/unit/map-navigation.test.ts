/**
 * The pure parts of the map's keyboard and zoom (src/client/map/): the nearest region in an
 * arrow's direction, and the zoom boxes.
 */
import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/client/map/nearest.ts';
import { closerBox, fitBox, viewBoxText } from '../../src/client/map/zoom.ts';

describe('nearestInDirection', () => {
  //   0 . 1
  //   . . .
  //   2 . 3      (y grows downwards)
  const grid: [number, number][] = [
    [0, 0],
    [2, 0],
    [0, 2],
    [2, 2],
  ];
  it('moves to the nearest point that way', () => {
    expect(nearestInDirection(grid, 0, 'right')).toBe(1);
    expect(nearestInDirection(grid, 0, 'down')).toBe(2);
    expect(nearestInDirection(grid, 3, 'up')).toBe(1);
    expect(nearestInDirection(grid, 3, 'left')).toBe(2);
  });
  it('takes the nearest point in the cone ahead, else the one least off to the side', () => {
    const points: [number, number][] = [
      [0, 0],
      [1, 1.4],
      [2.5, -1],
      [0.2, 3],
    ];
    // [1, 1.4] is in the cone to the right (1.4 ≤ 1.5 × 1) and nearer than [2.5, −1].
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    // Going down, both [1, 1.4] and [0.2, 3] are in the cone: the nearer wins.
    expect(nearestInDirection(points, 0, 'down')).toBe(1);
    // From [0.2, 3] going right, nothing is in the cone: along + 2 × across decides ([2.5, −1] scores 10.3, [1, 1.4] 4).
    expect(nearestInDirection(points, 3, 'right')).toBe(1);
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
  it('closerBox zooms 2× to 12× around the tapped point, in the shape of the view', () => {
    const view = { x: 0, y: 0, width: 120, height: 60 };
    // 20 px → 60 px is 3×.
    const closer = closerBox(view, [40, 20], 20);
    expect(closer).toEqual({ x: 20, y: 10, width: 40, height: 20 });
    // 2 px → 60 px would be 30×: 12× at most; 50 px → 60 px: 2× at least.
    expect(closerBox(view, [40, 20], 2).width).toBeCloseTo(10);
    expect(closerBox(view, [40, 20], 50).width).toBeCloseTo(60);
  });
  it('writes a viewBox with at most two decimals', () => {
    expect(viewBoxText({ x: 1.23456, y: 2, width: 3.5, height: 1 / 3 })).toBe('1.23 2 3.5 0.33');
  });
});
