/**
 * `npm run build-data`: the data pipeline only (validate → … → public dataset in
 * build/public-data), without the site (src/commands/build-data.ts).
 */
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { buildData } = await import('../src/commands/build-data.ts');
const { runCommand } = await import('../src/commands/run-command.ts');

await runCommand((config, output) => buildData(config, output.log));
