/**
 * No test skips itself: a test that cannot run (no built site, no browser, source changed) must
 * fail and say why, never pass as skipped. So no test file uses vitest's skip, conditional
 * (skipIf/runIf), todo or only modifiers, nor calls the test context's skip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/run.ts';

const TESTS = path.join(ROOT, 'tests');
const modifier = ['skip', 'skipIf', 'runIf', 'todo', 'only'].join('|');
const SKIPPING = new RegExp(`\\b(?:it|test|describe|suite|bench)(?:\\.\\w+)*\\.(?:${modifier})\\b|\\.skip\\(`);

it('no test file skips, conditionally runs, defers or singles out a test', () => {
  const files = readdirSync(TESTS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(TESTS, file).startsWith('fixtures'));
  expect(files.length).toBeGreaterThan(40);
  const hits = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (SKIPPING.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(hits).toEqual([]);
});
