/** Zoom boxes for the map's viewBox. Pure, so it is unit-tested. */
import type { Box } from './regions.ts';

/** Height/width of a zoomed view, kept between these so a phone shows it whole. */
const MIN_ASPECT = 0.55;
const MAX_ASPECT = 1.25;
const PAD = 0.06;

/** `box` with a margin, widened or heightened (about its centre) to a shape a screen can show. */
export function fitBox(box: Box): Box {
  let width = box.width * (1 + 2 * PAD) || 1;
  let height = box.height * (1 + 2 * PAD) || 1;
  if (height / width > MAX_ASPECT) width = height / MAX_ASPECT;
  if (height / width < MIN_ASPECT) height = width * MIN_ASPECT;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * A closer view of `current` (viewBox units) centred on `centre` (where the region was tapped):
 * a region of `regionPx` on screen becomes about `targetPx`, zooming at least 2× and at most 12×,
 * with the shape of the current view.
 */
export function closerBox(current: Box, centre: readonly [number, number], regionPx: number, targetPx = 60): Box {
  const factor = Math.min(12, Math.max(2, targetPx / Math.max(regionPx, 1e-6)));
  const width = current.width / factor;
  const height = current.height / factor;
  return { x: centre[0] - width / 2, y: centre[1] - height / 2, width, height };
}

export function viewBoxText(b: Box): string {
  const r = (n: number): number => Math.round(n * 100) / 100;
  return `${r(b.x)} ${r(b.y)} ${r(b.width)} ${r(b.height)}`;
}
