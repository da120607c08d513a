/**
 * One timed process of `npm run bench`: DuckDB computes the pipeline's counts and sums in SQL
 * (src/tools/bench/duckdb-query.ts) and prints the row counts and its peak memory.
 * Usage: node scripts/bench/duckdb-query.ts <data-dir>
 */
import path from 'node:path';
import { useCompileCache } from '../../src/commands/compile-cache.ts';

await useCompileCache();
const { duckdbQuery } = await import('../../src/tools/bench/duckdb-query.ts');

await duckdbQuery(path.resolve(process.argv[2] ?? 'bench-data'), { log: console.log, error: console.error });
