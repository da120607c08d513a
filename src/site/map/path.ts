/**
 * Compact SVG path data from d3-geo output: relative commands, coordinates rounded to whole
 * pixels, or to 0.1 px for rings smaller than `finePrecisionBelow` px (so tiny islands keep
 * their shape instead of collapsing to a dot).
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

type Ring = [number, number][];

/** A d3-geo path context that records the projected rings. */
class RingRecorder {
  rings: Ring[] = [];
  private current: Ring | undefined;
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = undefined;
  }
  arc(): void {
    // points are never drawn on this map
  }
  beginPath(): void {}
}

/** Projects a GeoJSON object into rings of screen coordinates. */
export function projectRings(object: GeoPermissibleObjects, projection: GeoProjection): Ring[] {
  const recorder = new RingRecorder();
  geoPath(projection, recorder as unknown as CanvasRenderingContext2D)(object);
  return recorder.rings;
}

/** Shortest form of an integer number of `scale`ths: 12.3, .5, -.5, 7. */
function num(units: number, scale: number): string {
  if (units === 0) return '0';
  if (scale === 1) return String(units);
  const s = (Math.abs(units) / scale).toString().replace(/^0\./, '.');
  return units < 0 ? `-${s}` : s;
}

function join(parts: string[]): string {
  let out = '';
  for (const p of parts) out += out === '' || p.startsWith('-') ? p : ` ${p}`;
  return out;
}

export interface PathOptions {
  /** Rings whose bounding box is smaller than this (px) keep one decimal. */
  finePrecisionBelow?: number;
  /**
   * Grid (px) the other rings are rounded to (default 1). Neighbours round their shared border
   * to the same points, so a coarser grid leaves no gaps; it only costs detail.
   */
  grid?: number;
}

/** Serialises rings as SVG path data; rings that round to fewer than 3 points are dropped. */
export function ringsToPath(rings: readonly Ring[], options: PathOptions = {}): string {
  const fineBelow = options.finePrecisionBelow ?? 12;
  const grid = options.grid ?? 1;
  let d = '';
  for (const ring of rings) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const fine = Math.max(x1 - x0, y1 - y0) < fineBelow;
    const scale = fine ? 10 : 1;
    const step = fine ? 1 : grid;
    const pts: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [Math.round((x * scale) / step) * step, Math.round((y * scale) / step) * step];
      const last = pts[pts.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      // A point in line with the two before it adds nothing on a grid: extend the segment.
      const before = pts[pts.length - 2];
      if (last && before && (last[0] - before[0]) * (p[1] - last[1]) === (last[1] - before[1]) * (p[0] - last[0]) && (last[0] - before[0]) * (p[0] - last[0]) + (last[1] - before[1]) * (p[1] - last[1]) > 0) {
        pts[pts.length - 1] = p;
        continue;
      }
      pts.push(p);
    }
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (first && last && pts.length > 1 && first[0] === last[0] && first[1] === last[1]) pts.pop();
    if (pts.length < 3 || !first) continue;
    const rel: string[] = [];
    for (let i = 1; i < pts.length; i++) {
      rel.push(num(pts[i]![0] - pts[i - 1]![0], scale), num(pts[i]![1] - pts[i - 1]![1], scale));
    }
    d += `M${join([num(first[0], scale), num(first[1], scale)])}l${join(rel)}z`;
  }
  return d;
}
