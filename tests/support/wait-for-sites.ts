/**
 * Setup file of the `site` and `serial` projects: before a test file runs, waits until the
 * builds its project's global setup started are done (tests/support/built-site.ts), and fails
 * the file with the build's output when one failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { SiteBuildsOutcome } from './built-site.ts';

const WAIT_MS = 30 * 60_000;
const file = inject('siteBuilds');
if (file) {
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the site builds did not end within ${WAIT_MS / 60_000} minutes (${file})`);
    await sleep(250);
  }
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as SiteBuildsOutcome;
  if (!outcome.ok) throw new Error(outcome.error);
}
