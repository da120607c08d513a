/**
 * `npm run build`: validate → pipeline → public dataset → site in a staging folder → leak guard
 * → `dist/` (src/commands/build-site.ts). No options; the environment configures it (README).
 */
import { buildSite } from '../src/commands/build-site.ts';
import { runCommand } from '../src/commands/run-command.ts';

await runCommand((config, output) => buildSite(config, output.log));
