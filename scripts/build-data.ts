/**
 * `npm run build-data`: the data pipeline only (validate → … → public dataset in
 * build/public-data), without the site (src/commands/build-data.ts).
 */
import { buildData } from '../src/commands/build-data.ts';
import { runCommand } from '../src/commands/run-command.ts';

await runCommand((config, output) => buildData(config, output.log));
