/**
 * `npm run validate`: checks the input data folder against the contract and prints every problem
 * with file, line, column, value, reason and fix. Exit 0 when valid, 1 when not. Writes nothing.
 *
 * Options: --lang id|en|both (default both), --max N (issues to print, default 50).
 */
import { parseArgs } from 'node:util';
import { dataDirectory } from '../src/pipeline/config.ts';
import { loadRegionReference } from '../src/pipeline/reference/region-reference.ts';
import { validateInputs } from '../src/pipeline/validate/inputs.ts';
import type { Language } from '../src/pipeline/validate/messages.ts';
import { reportLines } from '../src/pipeline/validate/report.ts';
import { runCli } from './cli.ts';

await runCli(async () => {
  const { values } = parseArgs({
    options: { lang: { type: 'string', default: 'both' }, max: { type: 'string', default: '50' } },
  });
  const languages: Language[] = values.lang === 'en' ? ['en'] : values.lang === 'id' ? ['id'] : ['id', 'en'];
  const started = performance.now();
  const result = await validateInputs(dataDirectory(), await loadRegionReference(), { collectPrivateValues: false });
  const lines = reportLines(result, (performance.now() - started) / 1000, {
    languages,
    maxIssues: Math.max(0, Number(values.max) || 50),
    githubAnnotations: process.env.GITHUB_ACTIONS === 'true',
  });
  for (const line of lines) console.log(line);
  return result.inputs ? 0 : 1;
});
