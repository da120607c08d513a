import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { BoundaryCollection, BoundaryProperties, MapNotes } from '../publish/public-map.ts';

export type {
  Bilingual,
  BoundaryCollection,
  BoundaryFeature,
  BoundaryProperties,
  GeometrySource,
  MapNotes,
} from '../publish/public-map.ts';

/** One geometry of the TopoJSON object `kabkota`. */
export type KabkotaGeometry = (TopoPolygon<BoundaryProperties> | TopoMultiPolygon<BoundaryProperties>) & {
  properties: BoundaryProperties;
};

/** The committed TopoJSON: one object, `kabkota`. */
export interface KabkotaTopology extends Omit<Topology, 'objects'> {
  objects: { kabkota: { type: 'GeometryCollection'; geometries: KabkotaGeometry[] } };
}

/** The kab/kota map the pipeline publishes: the bundled open map or an official override. */
export interface Boundaries {
  features: BoundaryCollection;
  topology: KabkotaTopology;
  notes: MapNotes;
}
