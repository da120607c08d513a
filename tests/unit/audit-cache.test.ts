import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { auditCache, canonicalBytes, pruneAuditCache, readResult, writeResult } from '../../src/pipeline/protect/audit-cache.ts';
import { moduleClosure } from '../../src/build-cache.ts';
import { addCell, emptyProblem, type ProtectionProblem } from '../../src/pipeline/protect/problem.ts';
import { protectCells, type ProtectionResult } from '../../src/pipeline/protect/protect.ts';

const config = { threshold: 10, possibleValues: 10 };
const scratch = mkdtempSync(path.join(tmpdir(), 'audit-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Independent two-level tables (a nation of provinces of kab/kota, each a published sum), with
 * small counts here and there: one component each, the last two large enough (≥ 200 hidden cells)
 * to be solved on worker threads. The first table's first kab/kota holds 3 + `bump`, a count always hidden.
 */
function tables(bump = 0): ProtectionProblem {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const problem = emptyProblem();
  [[3, 4], [5, 3, 6], [4, 4, 4, 4], [130, 120], [110, 140]].forEach((shape, table) => {
    const small = table >= 3 ? 0.85 : 0.3;
    const provinces = shape.map((kabs, p) => {
      const cells = Array.from({ length: kabs }, (_, k) => {
        const random = next() < small ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 90);
        const value = table === 0 && p === 0 && k === 0 ? 3 + bump : random;
        return addCell(problem, { label: `t${table}.p${p}.k${k}`, value, sensitive: true });
      });
      const total = addCell(problem, { label: `t${table}.p${p}`, value: cells.reduce((sum, cell) => sum + problem.values[cell]!, 0), sensitive: true, cost: 3 });
      problem.sums.push({ total, parts: cells });
      return total;
    });
    const nation = addCell(problem, { label: `t${table}`, value: provinces.reduce((sum, cell) => sum + problem.values[cell]!, 0), sensitive: true, cost: 1000 });
    problem.sums.push({ total: nation, parts: provinces });
  });
  return problem;
}

/** A protection's outcome without the cache's own count. */
const outcome = ({ audit: { cachedComponents: _cached, ...audit }, ...rest }: ProtectionResult) => ({ ...rest, audit });

const entries = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));

describe('the audit cache', () => {
  const dir = path.join(scratch, 'cache');
  const cache = auditCache(dir);

  it('replays every component of a repeat protection, with exactly the outcome of solving it', async () => {
    const first = await protectCells(tables(), config, [], cache);
    expect(first.audit.cachedComponents).toBe(0);
    expect(first.audit.failures).toEqual([]);
    // Two components go to the LP workers (lp-pool.ts: from 200 hidden cells, when there are two).
    const { labels } = tables();
    for (const table of ['t3.', 't4.']) expect([...first.suppressed].filter((cell) => labels[cell]!.startsWith(table)).length).toBeGreaterThanOrEqual(200);
    const stored = entries(cache.dir).length;
    expect(stored).toBeGreaterThanOrEqual(first.audit.components);

    const again = await protectCells(tables(), config, [], cache);
    expect(again.audit.cachedComponents).toBe(stored);
    expect(outcome(again)).toEqual(outcome(first));
    expect(outcome(await protectCells(tables(), config))).toEqual(outcome(first));
  });

  it('solves again the components whose values changed, and replays the others', async () => {
    const changed = await protectCells(tables(1), config, [], cache);
    expect(changed.audit.cachedComponents).toBeGreaterThan(0);
    expect(outcome(changed)).toEqual(outcome(await protectCells(tables(1), config)));
    const again = await protectCells(tables(1), config, [], cache);
    expect(changed.audit.cachedComponents).toBeLessThan(again.audit.cachedComponents);
  });

  it('solves again a component whose entry is cut short, and stores it whole', async () => {
    const solved = await protectCells(tables(), config, [], cache);
    for (const file of entries(cache.dir)) writeFileSync(file, Buffer.from([0xff, 0x0f, 0x6f]));
    const redone = await protectCells(tables(), config, [], cache);
    expect(redone.audit.cachedComponents).toBe(0);
    expect(outcome(redone)).toEqual(outcome(solved));
    expect((await protectCells(tables(), config, [], cache)).audit.cachedComponents).toBe(solved.audit.cachedComponents);
  });

  it('keeps results of different code apart: the code identity covers the modules the LPs run', () => {
    const closure = moduleClosure(fileURLToPath(new URL('../../src/pipeline/protect/lp-pool.ts', import.meta.url))).map((file) => path.basename(file));
    expect(closure).toEqual(expect.arrayContaining(['lp-pool.ts', 'linear-ranges.ts', 'fixed-outside.ts']));
    expect(auditCache(path.join(scratch, 'other')).code).toBe(cache.code);

    const modules = path.join(scratch, 'modules');
    mkdirSync(path.join(modules, 'sub'), { recursive: true });
    writeFileSync(path.join(modules, 'a.ts'), "import {\n  b,\n} from './sub/b.ts';\nexport { c } from \"./c.ts\";\nimport x from 'node:os';\n");
    writeFileSync(path.join(modules, 'sub', 'b.ts'), "import type { C } from '../c.ts';\nexport const b = 1;\n");
    writeFileSync(path.join(modules, 'c.ts'), "export const c = 2;\nimport type { D } from './d.ts';\nexport type { E } from './e.ts';\n");
    // Reached only by type-only imports, erased when the modules run: not code they depend on.
    writeFileSync(path.join(modules, 'd.ts'), 'export type D = number;\n');
    writeFileSync(path.join(modules, 'e.ts'), 'export type E = string;\n');
    expect(moduleClosure(path.join(modules, 'a.ts')).map((file) => path.relative(modules, file))).toEqual(['a.ts', 'c.ts', path.join('sub', 'b.ts')]);
  });

  it('names a job by its content only: key order and how an array is stored do not matter, every value does', () => {
    const job = { start: { colStatus: new Int32Array(new Int32Array([9, 3, 4, 9]).buffer, 4, 2) }, wanted: [1, 2.5], system: { terms: [[0, 1], [1, -1]] } };
    const same = canonicalBytes({ system: { terms: [[0, 1], [1, -1]] }, wanted: [1, 2.5], start: { colStatus: [3, 4] } });
    expect(canonicalBytes(job)).toEqual(same);
    const others = [
      { ...job, wanted: [1, 2.4] },
      { ...job, wanted: [1, [2.5]] },
      { ...job, wanted: [1, '2.5'] },
      { ...job, wanted: [1, 2.5, undefined] },
      { ...job, start: { colStatus: [3, 5] } },
      { ...job, system: { terms: [[0, 1], [1, -1]], lower: 0 } },
    ];
    for (const other of others) expect(canonicalBytes(other)).not.toEqual(same);
    expect(canonicalBytes([NaN, Infinity])).toEqual(canonicalBytes([-NaN, Infinity]));
    expect(canonicalBytes([NaN])).not.toEqual(canonicalBytes([Infinity]));
    expect(() => canonicalBytes({ cells: new Map() })).toThrow(/cannot name a job holding \[object Map\]/);
  });

  it('lets the least recently used entries go over its budget, never one used since the protection started', () => {
    const small = auditCache(path.join(scratch, 'prune'));
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const keys = ['a', 'b', 'c', 'd', 'e'].map((letter) => letter.repeat(64));
    keys.forEach((key, i) => {
      writeResult(small, key, { ranges: Array.from({ length: 50 }, () => ({ min: 0, max: 10, bound: 'exact' as const })), linearPrograms: i });
      const when = new Date(now - (10 - i) * day);
      utimesSync(path.join(small.dir, key.slice(0, 2), `${key}.bin`), when, when);
    });
    const size = statSync(path.join(small.dir, 'aa', `${keys[0]}.bin`)).size;
    // Reading an entry makes it the most recently used.
    expect(readResult(small, keys[0]!)?.linearPrograms).toBe(0);
    expect(pruneAuditCache(small, now - 7.5 * day, 2 * size)).toBe(2);
    expect(keys.map((key) => readResult(small, key)?.linearPrograms)).toEqual([0, undefined, undefined, 3, 4]);
    // Every entry has been used since then: none goes, whatever the budget.
    expect(pruneAuditCache(small, now - day, 0)).toBe(0);
    expect(entries(small.dir)).toHaveLength(3);
  });
});
