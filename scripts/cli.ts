/**
 * Runs a command-line entry point: its return value is the exit code; an unexpected failure is
 * reported in one line (no stack trace unless DEBUG is set) and exits 2.
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  try {
    const code = await main();
    // For `npm run bench`: the peak memory of this whole process.
    if (process.env.BENCH_REPORT_RSS) console.error(`__maxrss_kb=${process.resourceUsage().maxRSS}`);
    process.exit(code);
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ Kesalahan internal / internal error: ${message}`);
    process.exit(2);
  }
}
