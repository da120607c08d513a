/**
 * The site reads only the public dataset: no page, component, layout, browser script or site
 * module imports the pipeline (its input contract, geometry builder, validators, …) or the raw
 * inputs. From src/pipeline/ it may import the public schema and the markers alone; everything
 * else it needs comes from the files the pipeline wrote (src/site/data/public-dataset.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_FOLDERS = ['src/site', 'src/components', 'src/pages', 'src/layouts', 'src/client'];
const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
/** The only pipeline modules the site may import. */
const ALLOWED = new Set(['src/pipeline/publish/public-schema.ts', 'src/pipeline/publish/markers.ts']);
/** Folders the site never imports from (besides ALLOWED). */
const FORBIDDEN = ['src/pipeline/', 'src/geo/', 'src/tools/', 'scripts/', 'data/'];

/** Every module specifier of a source text: static and dynamic imports, re-exports, side-effect imports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^;'"]*?\bfrom\s*(['"])([^'"]+)\1/g, /\bimport\s*(['"])([^'"]+)\1/g, /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[2]!);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** `file: specifier → target` for every import of a site file into a forbidden folder. */
function forbiddenImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return specifiers(text).flatMap((specifier) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return [];
    const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier.replace(/\?.*$/, ''))).split(path.sep).join('/');
    if (ALLOWED.has(target) || !FORBIDDEN.some((folder) => target.startsWith(folder))) return [];
    return [`${file}: ${specifier} → ${target}`];
  });
}

describe('the site imports from the pipeline only the public schema and the markers', () => {
  it('finds every kind of import', () => {
    const sample = [
      `import { a } from '../pipeline/x.ts';`,
      `import type {\n  B,\n  C,\n} from "../pipeline/y.ts";`,
      `export { d } from '../pipeline/z.ts';`,
      `export * from '../pipeline/w.ts';`,
      `import '../pipeline/side-effect.ts';`,
      `const m = await import('../pipeline/lazy.ts');`,
      `import data from '../geo/map.json' with { type: 'json' };`,
    ].join('\n');
    expect(specifiers(sample).sort()).toEqual(
      ['../geo/map.json', '../pipeline/lazy.ts', '../pipeline/side-effect.ts', '../pipeline/w.ts', '../pipeline/x.ts', '../pipeline/y.ts', '../pipeline/z.ts'].sort(),
    );
  });

  it.each(SITE_FOLDERS)('%s', (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(forbiddenImports)).toEqual([]);
  });
});
