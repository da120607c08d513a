/**
 * Runs a command-line entry point (scripts/*.ts): the config is resolved once from the
 * environment and handed to `main`, whose return value is the exit code. An unexpected failure
 * is reported in one line (no stack trace unless DEBUG is set) and exits 2.
 */
import { type Config, loadConfig } from '../config.ts';
import { tBoth } from '../i18n/index.ts';

/** Where a command writes a line. */
export type Log = (line: string) => void;

/** Standard output and standard error. */
export interface Output {
  log: Log;
  error: Log;
}

export async function runCommand(main: (config: Config, output: Output) => Promise<number>): Promise<never> {
  const config = loadConfig();
  try {
    const code = await main(config, { log: console.log, error: console.error });
    // For `npm run bench`: the peak memory of this whole process.
    if (config.reportPeakMemory) console.error(`__maxrss_kb=${process.resourceUsage().maxRSS}`);
    process.exit(code);
  } catch (error) {
    if (config.debug) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ ${tBoth('cli.internalError')}: ${message}`);
    process.exit(2);
  }
}
