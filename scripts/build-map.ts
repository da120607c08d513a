/**
 * Rebuilds the committed map geometry (src/geo/) from GADM 4.1 level 2 (src/commands/build-map.ts).
 * Usage: node scripts/build-map.ts
 */
import { buildMap } from '../src/commands/build-map.ts';

process.exitCode = await buildMap({ log: console.log, error: console.error });
