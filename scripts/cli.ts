/**
 * Runs a command-line entry point: its return value is the exit code; an unexpected failure is
 * reported in one line (no stack trace unless DEBUG is set) and exits 2.
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  try {
    const code = await main();
    process.exit(code);
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ Kesalahan internal / internal error: ${message}`);
    process.exit(2);
  }
}
