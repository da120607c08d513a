/** Arrow-key movement on a map: the nearest point in a direction. Pure, so it is unit-tested. */

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
/** The cone ahead: up to 1.5 times as far across the direction as along it (about 56° either side). */
const CONE = 1.5;

/**
 * The index of the point nearest `points[from]` in `direction` (y grows downwards), or -1 when
 * none lies that way: the nearest point in the cone ahead; with none there, the least distance
 * along the direction plus twice the distance across it. (On the national and every province map,
 * this reaches every region from every other; tests/browser/map.test.ts checks the national one.)
 */
export function nearestInDirection(points: readonly (readonly [number, number])[], from: number, direction: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  const [ux, uy] = UNIT[direction];
  let inCone = -1;
  let inConeDistance = Infinity;
  let ahead = -1;
  let aheadScore = Infinity;
  points.forEach(([x, y], i) => {
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = dx * ux + dy * uy;
    if (i === from || along <= 0) return;
    const across = Math.abs(dx * uy - dy * ux);
    const distance = Math.hypot(dx, dy);
    if (across <= CONE * along && distance < inConeDistance) {
      inConeDistance = distance;
      inCone = i;
    }
    if (along + 2 * across < aheadScore) {
      aheadScore = along + 2 * across;
      ahead = i;
    }
  });
  return inCone >= 0 ? inCone : ahead;
}
