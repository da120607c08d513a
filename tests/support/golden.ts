/**
 * Golden files, as Observable Plot's test/output/: a rendered SVG is compared with the committed
 * tests/output/<name>.svg. Both sides are written one element per line, indented by depth, so a
 * mismatch fails with a line diff of the markup. `npx vitest run --project unit -u` (vitest's
 * snapshot update flag) rewrites the files after an intended change; review them with git diff.
 * A missing file is written on a local run and fails under CI (CI=true, as .ci/run sets).
 */
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run.ts';

export const GOLDEN_DIR = path.join(ROOT, 'tests', 'output');

/**
 * One element per line, indented two spaces per level. Only `><` boundaries are split, so the
 * original is this text with the line breaks and indents between tags removed.
 */
export function formatSvg(svg: string): string {
  let depth = 0;
  const lines = svg.split('><').map((part, i, parts) => `${i > 0 ? '<' : ''}${part}${i < parts.length - 1 ? '>' : ''}`);
  return `${lines
    .map((line) => {
      const closing = line.startsWith('</');
      if (closing) depth--;
      const indented = `${'  '.repeat(Math.max(depth, 0))}${line}`;
      if (!closing && !line.endsWith('/>') && !/<\/[^<>]+>$/.test(line)) depth++;
      return indented;
    })
    .join('\n')}\n`;
}

/** Compares `svg` with tests/output/<name>.svg (see above). */
export async function expectGolden(name: string, svg: string): Promise<void> {
  await expect(formatSvg(svg)).toMatchFileSnapshot(path.join(GOLDEN_DIR, `${name}.svg`), `tests/output/${name}.svg (after an intended change: vitest -u)`);
}
