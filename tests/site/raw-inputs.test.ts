/**
 * The raw-input guard (src/pipeline/leak-guard/raw-inputs.ts) on the built site of the bundled
 * data: no input file of data/ ended up in it (the guard itself: tests/unit/staff-raw-inputs.test.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { guardRawInputs } from '../../src/pipeline/leak-guard/raw-inputs.ts';
import { ROOT } from '../support/run.ts';
import { siteDir } from '../support/site.ts';

it('the built site holds no raw input file', async () => {
  // The built site's aggregate downloads are called kawasan.csv and program.csv on purpose:
  // there, raw inputs are recognised by a kode_desa header or identical bytes (as in the build).
  expect(existsSync(path.join(siteDir(), 'index.html')), `a built site in ${siteDir()}`).toBe(true);
  const built = await guardRawInputs({ roots: [siteDir()], dataDir: path.join(ROOT, 'data'), byName: false });
  expect(built.findings, built.messages.join('\n')).toEqual([]);
});
