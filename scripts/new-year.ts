/**
 * `npm run new-year -- 2026`: makes `data/2026/` (or under DASHBOARD_DATA_DIR) with header-only
 * `kawasan.csv` and `program.csv` (src/commands/new-year.ts), then prints the next steps.
 * Never overwrites: exit 1 when the folder exists or the arguments are wrong.
 *
 * Options: --pemisah titik-koma|koma (alias --delimiter; default titik-koma, as Excel set to
 * Indonesian writes CSV), --help.
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { newYear, unknownOption } = await import('../src/commands/new-year.ts');
const { runCommand } = await import('../src/commands/run-command.ts');

await runCommand(async (config, output) => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        pemisah: { type: 'string' },
        delimiter: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return unknownOption(error instanceof Error ? error.message : String(error), output);
  }
  const { values, positionals } = parsed;
  return newYear(config, { positionals, delimiter: values.pemisah ?? values.delimiter, help: values.help ?? false }, output);
});
