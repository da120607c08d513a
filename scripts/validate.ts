/**
 * `npm run validate`: checks the input data folder against the contract and prints every problem
 * (src/commands/validate.ts). Exit 0 when valid, 1 when not. Writes nothing.
 *
 * Options: --lang id|en|both (default both), --max N (issues to print, default 50).
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { runCommand } = await import('../src/commands/run-command.ts');
const { validateData } = await import('../src/commands/validate.ts');
const { languagesOption } = await import('../src/i18n/lang.ts');

await runCommand((config, output) => {
  const { values } = parseArgs({
    options: { lang: { type: 'string', default: 'both' }, max: { type: 'string', default: '50' } },
  });
  return validateData(config, { languages: languagesOption(values.lang), maxIssues: Math.max(0, Number(values.max) || 50) }, output.log);
});
