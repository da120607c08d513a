/**
 * Rebuilds the committed map geometry (src/geo/) from a git clone of the MIT-licensed
 * https://github.com/cahyadsn/wilayah_boundaries (src/commands/build-map.ts).
 * Usage: node scripts/build-map.ts <folder of the clone>
 */
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { buildMap } = await import('../src/commands/build-map.ts');

process.exitCode = await buildMap(process.argv.slice(2), { log: console.log, error: console.error });
