import { z } from 'zod';

/**
 * How a cell without a number is shown, identically in JSON, CSV, XLSX and on the pages
 * (the shorthand of the UK Government Statistical Service, known to data journalists):
 * - `[c]` hidden to protect small counts (primary and complementary suppression alike, so the
 *   mark itself reveals nothing about the size of the hidden value);
 * - `[x]` not available: no desa assessed, or the figure was not reported;
 * - `[z]` not applicable: e.g. a rate whose base is zero.
 */
export const MARKERS = { suppressed: '[c]', noData: '[x]', notApplicable: '[z]' } as const;
export type Marker = (typeof MARKERS)[keyof typeof MARKERS];
export const markerSchema = z.enum([MARKERS.suppressed, MARKERS.noData, MARKERS.notApplicable]);

export function isMarker(value: unknown): value is Marker {
  return value === MARKERS.suppressed || value === MARKERS.noData || value === MARKERS.notApplicable;
}
