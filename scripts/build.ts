/**
 * `npm run build`: validate → pipeline → public dataset → site in a staging folder → leak guard
 * → `dist/` (src/commands/build-site.ts). No options; the environment configures it (README).
 */
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { buildSite } = await import('../src/commands/build-site.ts');
const { runCommand } = await import('../src/commands/run-command.ts');

await runCommand((config, output) => buildSite(config, output.log));
