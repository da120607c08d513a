import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyTree, readTreeFile, writeTree } from '../../src/pipeline/downloads/file-tree.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'file-tree-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('file trees', () => {
  it('writes nested files and copies them with the same bytes', () => {
    const source = fresh();
    const files = new Map([
      ['a.csv', new TextEncoder().encode('a\n1\n')],
      ['grafik/peta/x.svg', new TextEncoder().encode('<svg/>')],
      ['grafik/peta/y.svg', new Uint8Array([0, 1, 2])],
    ]);
    writeTree(source, files);
    const target = fresh();
    copyTree(source, target, [...files.keys()], (name) => new Error(name));
    for (const [name, bytes] of files) expect(new Uint8Array(readTreeFile(target, name))).toEqual(bytes);
  });

  it('refuses to overwrite a file already at the target, naming it', () => {
    const source = fresh();
    writeTree(source, new Map([['v1/index.json', new TextEncoder().encode('{}')]]));
    const target = fresh();
    mkdirSync(path.join(target, 'v1'));
    writeFileSync(path.join(target, 'v1', 'index.json'), 'site page');
    expect(() => copyTree(source, target, ['v1/index.json'], (name) => new Error(`taken: ${name}`))).toThrow('taken: v1/index.json');
    expect(readFileSync(path.join(target, 'v1', 'index.json'), 'utf8')).toBe('site page');
  });
});
