/**
 * `npm run validate`: checks the input data folder against the contract and prints every problem
 * with file, line, column, value, reason and fix. Exit code 0 when valid, 1 when not. Writes nothing.
 */
import type { Config } from '../config.ts';
import { loadRegionReference } from '../pipeline/reference/region-reference.ts';
import { validateInputs } from '../pipeline/validate/inputs.ts';
import { type ReportOptions, reportLines } from '../pipeline/validate/report.ts';
import type { Log } from './run-command.ts';

/** The languages of the report and how many problems it shows. */
export type ValidateOptions = Omit<ReportOptions, 'githubAnnotations'>;

export async function validateData(config: Config, options: ValidateOptions, log: Log): Promise<number> {
  const started = performance.now();
  const result = await validateInputs(config.dataDir, loadRegionReference(), { collectPrivateValues: false });
  const lines = reportLines(result, (performance.now() - started) / 1000, { ...options, githubAnnotations: config.githubAnnotations });
  for (const line of lines) log(line);
  return result.inputs ? 0 : 1;
}
