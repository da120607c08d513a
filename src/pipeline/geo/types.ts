import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Bilingual } from './gadm-tables.ts';

export type { Bilingual };

/** Properties of one map geometry: the Kemendagri kab/kota codes it carries, own code first. */
export interface BoundaryProperties {
  codes: string[];
}

export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties>;
export type BoundaryCollection = FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>;

/** One geometry of the TopoJSON object `kabkota`. */
export type KabkotaGeometry = (TopoPolygon<BoundaryProperties> | TopoMultiPolygon<BoundaryProperties>) & {
  properties: BoundaryProperties;
};

/** The committed TopoJSON: one object, `kabkota`. */
export interface KabkotaTopology extends Omit<Topology, 'objects'> {
  objects: { kabkota: { type: 'GeometryCollection'; geometries: KabkotaGeometry[] } };
}

/** Where the geometry comes from and on what terms; shown on the site next to the map. */
export interface GeometrySource {
  kind: 'gadm' | 'official';
  name: string;
  version: string | null;
  url: string | null;
  /** Licence terms in both languages; `null` when the official file came without them. */
  licence: Bilingual | null;
  licenceUrl: string | null;
  /** How the file got here and what was done to it. */
  processing: Bilingual;
  /** Whether the site may offer the geometry as a download (never for GADM). */
  downloadable: boolean;
}

/** A kab/kota with no polygon of its own; its figures' polygon is `carriedBy`. */
export interface NoPolygonNote {
  code: string;
  name: string;
  carriedBy: string;
  carriedByName: string;
  formed: number | null;
  why: Bilingual;
}

export interface RenameNote {
  gid: string;
  gadmName: string;
  code: string;
  name: string;
  why: Bilingual;
}

export interface DroppedNote {
  gid: string;
  gadmProvince: string;
  gadmName: string;
  why: Bilingual;
}

/** Contents of `src/geo/kabkota-map-notes.json`. */
export interface MapNotes {
  source: GeometrySource;
  counts: { kabkota: number; polygons: number; withoutOwnPolygon: number };
  /** How to read a polygon that carries several codes. */
  mergedPolygons: Bilingual;
  withoutOwnPolygon: NoPolygonNote[];
  renamed: RenameNote[];
  dropped: DroppedNote[];
}

/** What the site uses to draw the map: the default (GADM) or an official override. */
export interface Boundaries {
  features: BoundaryCollection;
  topology: KabkotaTopology;
  notes: MapNotes;
}
