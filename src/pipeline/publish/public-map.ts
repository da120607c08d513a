import { z } from 'zod';
import { bilingualSchema } from '../../i18n/index.ts';

/**
 * The map of the public dataset (`peta.json`, next to the tables): the simplified kab/kota
 * geometry the site draws and the notes it shows about it. Written by the pipeline from the
 * committed default geometry or the official file in `data/geo/` (src/pipeline/geo/), read by
 * the site through its public-dataset reader. Coordinates are WGS84 longitude/latitude, rings in
 * the d3-geo orientation (exterior clockwise); no point, name or code below kab/kota.
 */
export const PUBLIC_MAP_FILE = 'peta.json';

export type { Bilingual } from '../../i18n/index.ts';

/** Where the geometry comes from and on what terms; shown on the site next to the map. */
export const geometrySourceSchema = z.object({
  /** `bundled`: the open default map of src/geo/; `official`: the file staff put in data/geo/. */
  kind: z.enum(['bundled', 'official']),
  name: z.string(),
  version: z.string().nullable(),
  url: z.string().nullable(),
  /** Licence terms in both languages; `null` when the official file came without them. */
  licence: bilingualSchema.nullable(),
  licenceUrl: z.string().nullable(),
  /** How the file got here and what was done to it. */
  processing: bilingualSchema,
  /** Whether the site may offer the geometry as a download (its licence allows redistribution). */
  downloadable: z.boolean(),
});
export type GeometrySource = z.infer<typeof geometrySourceSchema>;

/** What the map shows (for the default map: `src/geo/kabkota-map-notes.json`). */
export const mapNotesSchema = z.object({
  source: geometrySourceSchema,
  /** Kab/kota of the reference, and polygons drawn (one per kab/kota). */
  counts: z.object({ kabkota: z.number().int(), polygons: z.number().int() }),
});
export type MapNotes = z.infer<typeof mapNotesSchema>;

const ring = z.array(z.array(z.number()));

/**
 * One map geometry: one kab/kota, named by its Kemendagri code. `codes` is a list of exactly one
 * code (a list for the format's stability: older files let one polygon stand for several).
 */
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ codes: z.array(z.string()).length(1) }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
});
export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>;
export type BoundaryProperties = BoundaryFeature['properties'];

export const boundaryCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(boundaryFeatureSchema) });
export type BoundaryCollection = z.infer<typeof boundaryCollectionSchema>;

/** The contents of `peta.json`. */
export const publicMapSchema = z.object({ notes: mapNotesSchema, features: boundaryCollectionSchema });
export type PublicMap = z.infer<typeof publicMapSchema>;
