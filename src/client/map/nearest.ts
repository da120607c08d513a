/** Arrow-key movement on a map: the nearest point in a direction. Pure, so it is unit-tested. */

export type Direction = 'up' | 'down' | 'left' | 'right';

const UNIT: Record<Direction, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The index of the point nearest `points[from]` in `direction` (y grows downwards), or -1 when
 * none lies that way: among the points ahead, the least distance along the direction plus twice
 * the distance across it, so that a point straight ahead wins over a nearer one off to the side.
 */
export function nearestInDirection(points: readonly (readonly [number, number])[], from: number, direction: Direction): number {
  const origin = points[from];
  if (!origin) return -1;
  const [ux, uy] = UNIT[direction];
  let best = -1;
  let bestScore = Infinity;
  points.forEach(([x, y], i) => {
    if (i === from) return;
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = dx * ux + dy * uy;
    if (along <= 0) return;
    const score = along + 2 * Math.abs(dx * uy - dy * ux);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
