/**
 * `npm run new-year -- 2026`: makes `<data>/2026/` with header-only `kawasan.csv` and
 * `program.csv` in contract column order (src/tools/staff/new-year.ts), then prints the next
 * steps, every message in both languages. Never overwrites: exit code 1 when the folder exists
 * or the arguments are wrong.
 */
import type { Config } from '../config.ts';
import type { Lang } from '../i18n/index.ts';
import { nextSteps, parseDelimiter, parseYearArgument, scaffoldYear, USAGE } from '../tools/staff/new-year.ts';
import type { Output } from './run-command.ts';
import { bilingual, tBoth } from '../i18n/index.ts';

export interface NewYearArguments {
  positionals: string[];
  /** `--pemisah` / `--delimiter` as given. */
  delimiter: string | undefined;
  help: boolean;
}

/** A message as staff read it: Indonesian, then the English on an indented line. */
const both = (message: Record<Lang, string>, mark = '') => `${mark}${message.id}\n  [EN] ${message.en}`;
const usage = (lang: Lang) => ({ usage: USAGE[lang] });

export async function newYear(config: Config, args: NewYearArguments, output: Output): Promise<number> {
  if (args.help) {
    output.log(both(bilingual('cli.newYear.help', usage)));
    return 0;
  }
  const year = parseYearArgument(args.positionals, new Date().getFullYear());
  if (!year.ok) {
    output.error(both(year.problem, '✗ '));
    return 1;
  }
  const delimiter = parseDelimiter(args.delimiter);
  if (!delimiter) {
    output.error(both(bilingual('cli.newYear.unknownDelimiter', { value: String(args.delimiter) }), '✗ '));
    return 1;
  }
  const result = await scaffoldYear(config.dataDir, year.year, delimiter);
  if (!result.ok) {
    output.error(both(result.problem, '✗ '));
    return 1;
  }
  output.log(`✓ ${tBoth('cli.newYear.created', { year: year.year, folder: result.folder })}`);
  for (const file of result.files) output.log(`    ${file.path}  (${tBoth('cli.newYear.headerOnly', { columns: file.columns })})`);
  for (const note of result.notes) output.log(both(note, '! '));
  output.log(`\n${tBoth('cli.newYear.nextSteps')}:`);
  for (const step of nextSteps(result.folder, year.year)) output.log(`  ${step.id}\n    [EN] ${step.en}`);
  return 0;
}

/** The options could not be read (`detail`: why): says so with the usage; exit code 1. */
export function unknownOption(detail: string, output: Output): number {
  output.error(both(bilingual('cli.newYear.unknownOption', (lang) => ({ detail, ...usage(lang) })), '✗ '));
  return 1;
}
