import { defineConfig } from 'vitest/config';

/**
 * Four projects; `npm test` runs them all (check and unit side by side while the site project's
 * builds start, then the site's files, then serial); `vitest run --project <name>` runs one.
 * - unit (tests/unit/): no built site; files in parallel, in worker processes that each run
 *   several files (`isolate: false`: no test file changes the environment, the config or a
 *   module's state for the next, and importing the modules again for each of ~60 files cost
 *   ~15 s of ~64). `npm run test:unit`.
 * - check (tests/check/): `astro check` of the whole project (~30 s in a process of its own);
 *   beside unit, so that the quick loop of `npm run test:unit` stays under a minute.
 * - site (tests/site/, tests/browser/): the built sites. Its setup starts the builds of the
 *   bundled and the canary site, once for the whole run, while `unit` runs; its files wait for
 *   them (tests/support/built-site.ts). Files in parallel.
 * - serial (tests/serial/): Lighthouse, determinism and anything else that measures the machine
 *   or would distort such a measure: one file at a time, after the others.
 */
const sites = { setupFiles: ['tests/support/wait-for-sites.ts'] };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: '100%', isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'check', include: ['tests/check/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/site/setup.ts'], ...sites, maxWorkers: '100%', sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'serial', include: ['tests/serial/**/*.test.ts'], globalSetup: ['tests/serial/setup.ts'], ...sites, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
