/**
 * `npm run bench`: the pipeline at national scale against DuckDB, the full site on 5 and 10
 * years, Lighthouse scores of each page kind (src/commands/bench.ts).
 *
 * Options: --runs N (default 3), --skip-site.
 */
import { parseArgs } from 'node:util';
import { useCompileCache } from '../src/commands/compile-cache.ts';

await useCompileCache();
const { bench } = await import('../src/commands/bench.ts');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-site': { type: 'boolean', default: false } } });
await bench({ runs: Math.max(1, Number(values.runs) || 3), skipSite: values['skip-site'] }, console.log);
