/**
 * The kab/kota map the pipeline publishes (`peta.json` of the public dataset, see
 * publish/public-map.ts); the site draws it and reads nothing else about the map.
 *
 * Default: the committed, simplified open geometry (`src/geo/kabkota.topo.json`, built by
 * `scripts/build-map.ts` from the MIT-licensed cahyadsn/wilayah_boundaries) and its notes. Override: the official boundary file of `<dataDir>/geo/`,
 * checked with the other inputs (official-file.ts) and simplified here the same way.
 */
import defaultTopology from '../../geo/kabkota.topo.json' with { type: 'json' };
import defaultNotes from '../../geo/kabkota-map-notes.json' with { type: 'json' };
import { publicMapSchema, type PublicMap } from '../publish/public-map.ts';
import type { OfficialBoundaries } from './official-file.ts';
import { buildKabkotaTopology, DEFAULT_SIMPLIFY, type SimplifyOptions, topologyFeatures } from './topology.ts';
import type { Boundaries, KabkotaTopology, MapNotes } from './types.ts';

let cachedDefault: Boundaries | undefined;

/** The committed open boundaries. */
export function loadDefaultBoundaries(): Boundaries {
  if (!cachedDefault) {
    const topology = defaultTopology as unknown as KabkotaTopology;
    cachedDefault = { topology, features: topologyFeatures(topology), notes: defaultNotes as unknown as MapNotes };
  }
  return cachedDefault;
}

/** The checked official features, simplified and quantized like the default, with their notes. */
export function officialBoundaries(official: OfficialBoundaries, kabkotaCount: number, simplify: SimplifyOptions = DEFAULT_SIMPLIFY): Boundaries {
  const topology = buildKabkotaTopology(official.features, { ...simplify });
  const notes: MapNotes = { source: official.source, counts: { kabkota: kabkotaCount, polygons: official.features.length } };
  return { topology, features: topologyFeatures(topology), notes };
}

/** The map of the public dataset: the official boundaries when `data/geo/` has them, else the default. */
export function publicMap(official: OfficialBoundaries | undefined, kabkotaCount: number): PublicMap {
  const { features, notes } = official ? officialBoundaries(official, kabkotaCount) : loadDefaultBoundaries();
  return publicMapSchema.parse({ notes, features });
}
