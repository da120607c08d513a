import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/run.ts';

it('astro check reports no errors, warnings or hints', () => {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 300_000,
  });
  const output = result.stdout + result.stderr;
  expect(output, output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(result.status).toBe(0);
}, 300_000);
