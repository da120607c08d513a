/**
 * A build whose data and code are those of an earlier build that passed replays its result
 * (pipeline-cache.ts): the same log lines, the same public dataset byte for byte, the same
 * never-publish values for the leak guard. Any changed byte of the data misses, and a build that
 * failed is never kept.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildPublicData } from '../../src/pipeline/build-pipeline.ts';
import { ROOT } from '../support/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'pipeline-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REPLAYED = 'taken from the cache, not worked out again';

/** The files of a folder and their bytes. */
function filesOf(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(names.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), 'latin1')]));
}

async function build(fixture: string, run: string) {
  const lines: string[] = [];
  const publicDataDir = path.join(scratch, fixture, run);
  const built = await buildPublicData({ dataDir: path.join(scratch, fixture, 'data'), publicDataDir, cacheDir: path.join(scratch, fixture, 'cache') }, (line) => lines.push(line));
  return { built, lines, publicDataDir };
}

it('replays a passed build with the same data and code, and misses once a byte of the data changes', async () => {
  cpSync(path.join(ROOT, 'tests/fixtures/valid-excel'), path.join(scratch, 'valid', 'data'), { recursive: true });
  const first = await build('valid', 'first');
  expect(first.built, first.lines.join('\n')).toBeDefined();
  expect(first.lines.join('\n')).not.toContain(REPLAYED);

  const second = await build('valid', 'second');
  expect(second.lines.at(-2)).toContain(REPLAYED);
  // The same lines as the build that worked it out (its validation and protection lines), then the public dataset's.
  expect(second.lines.filter((line) => !line.includes(REPLAYED)).map(withoutFolder)).toEqual(first.lines.map(withoutFolder));
  expect(filesOf(second.publicDataDir)).toEqual(filesOf(first.publicDataDir));
  expect(second.built!.privateValues).toEqual(first.built!.privateValues);
  expect(second.built!.hiddenValues).toEqual(first.built!.hiddenValues);
  expect(second.built!.dataset).toEqual(first.built!.dataset);

  appendFileSync(path.join(scratch, 'valid', 'data', '2023', 'kawasan.csv'), '\n');
  const changed = await build('valid', 'changed');
  expect(changed.built, changed.lines.join('\n')).toBeDefined();
  expect(changed.lines.join('\n')).not.toContain(REPLAYED);
});

it('misses for the same data in another folder (the replayed lines would name the other folder\'s files)', async () => {
  const cacheDir = path.join(scratch, 'moved', 'cache');
  const run = async (folder: string) => {
    const lines: string[] = [];
    const dataDir = path.join(scratch, 'moved', folder);
    cpSync(path.join(ROOT, 'tests/fixtures/valid-excel'), dataDir, { recursive: true });
    await buildPublicData({ dataDir, publicDataDir: path.join(scratch, 'moved', `${folder}-public`), cacheDir }, (line) => lines.push(line));
    return lines.join('\n');
  };
  expect(await run('a')).not.toContain(REPLAYED);
  expect(await run('b')).not.toContain(REPLAYED);
  expect(await run('a')).toContain(REPLAYED);
});

it('leaves its own cache folder out of the key when it lies inside the data folder', async () => {
  const data = path.join(scratch, 'inside', 'data');
  cpSync(path.join(ROOT, 'tests/fixtures/valid-excel'), data, { recursive: true });
  const run = async () => {
    const lines: string[] = [];
    const built = await buildPublicData({ dataDir: data, publicDataDir: path.join(scratch, 'inside', 'public'), cacheDir: path.join(data, '.cache') }, (line) => lines.push(line));
    return { built, text: lines.join('\n') };
  };
  const first = await run();
  expect(first.built, first.text).toBeDefined();
  expect(existsSync(path.join(data, '.cache', 'pipeline'))).toBe(true);
  expect((await run()).text).toContain(REPLAYED);
});

it('keeps nothing of a build that failed: the next build with the same data reports the same problems again', async () => {
  cpSync(path.join(ROOT, 'tests/fixtures/broken'), path.join(scratch, 'broken', 'data'), { recursive: true });
  const first = await build('broken', 'first');
  expect(first.built).toBeUndefined();
  const second = await build('broken', 'second');
  expect(second.built).toBeUndefined();
  expect(second.lines.join('\n')).not.toContain(REPLAYED);
  expect(second.lines.length).toBeGreaterThan(3);
  expect(existsSync(path.join(scratch, 'broken', 'cache', 'pipeline'))).toBe(false);
});

/** A log line without the public dataset's folder (each run writes its own) nor the validation's seconds. */
const withoutFolder = (line: string) => line.replace(/→ .*$/, '→').replace(/\(\d+(\.\d+)? s\)/, '(s)');
