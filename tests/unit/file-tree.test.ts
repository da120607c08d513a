import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyTree, moveTree, readTreeFile, writeTree } from '../../src/pipeline/downloads/file-tree.ts';

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

  it('moves a tree to a new folder in one step, the source then gone', () => {
    const source = path.join(fresh(), 'data');
    const files = new Map([
      ['a.csv', new TextEncoder().encode('a\n1\n')],
      ['grafik/peta/x.svg', new TextEncoder().encode('<svg/>')],
    ]);
    writeTree(source, files);
    const target = path.join(fresh(), 'site', 'data');
    expect(moveTree(source, target, [...files.keys()], (name) => new Error(name))).toBe('moved');
    expect(existsSync(source)).toBe(false);
    for (const [name, bytes] of files) expect(new Uint8Array(readTreeFile(target, name))).toEqual(bytes);
  });

  it('copies into a folder that exists already, and still refuses to overwrite a file there', () => {
    const source = fresh();
    writeTree(source, new Map([['v1/index.json', new TextEncoder().encode('{}')], ['b.csv', new TextEncoder().encode('b')]]));
    const target = fresh();
    writeFileSync(path.join(target, 'page.html'), 'site page');
    expect(moveTree(source, target, ['b.csv', 'v1/index.json'], (name) => new Error(`taken: ${name}`))).toBe('copied');
    expect(readFileSync(path.join(target, 'b.csv'), 'utf8')).toBe('b');
    expect(readFileSync(path.join(target, 'page.html'), 'utf8')).toBe('site page');
    expect(existsSync(path.join(source, 'b.csv'))).toBe(true);
    const taken = fresh();
    mkdirSync(path.join(taken, 'v1'));
    writeFileSync(path.join(taken, 'v1', 'index.json'), 'site page');
    expect(() => moveTree(source, taken, ['v1/index.json'], (name) => new Error(`taken: ${name}`))).toThrow('taken: v1/index.json');
    expect(readFileSync(path.join(taken, 'v1', 'index.json'), 'utf8')).toBe('site page');
  });
});
