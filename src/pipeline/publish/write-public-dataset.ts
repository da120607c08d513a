import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DisclosureReport } from '../protect/public-tables.ts';
import type { PublicDataset } from './public-dataset.ts';
import { PUBLIC_MAP_FILE, type PublicMap } from './public-map.ts';
import { PUBLIC_TABLES, type PublicTableName } from './public-schema.ts';
import { tableSchema } from './table-schema.ts';

/** What the public may know about disclosure control: counts only, never values or ranges. */
export function publicDisclosureSummary(report: DisclosureReport) {
  return {
    threshold: report.threshold,
    possibleValues: report.possibleValues,
    suppressedCells: report.primary + report.secondary + report.derived,
    /** The earlier releases the audit covered, with this build. */
    releasesAudited: [...report.releases.releases],
  };
}

/**
 * Writes the public dataset as JSON files (one per table, plus its Table Schema and an index)
 * and the map the site draws (`peta.json`). Output is deterministic: same dataset, same bytes.
 */
export async function writePublicDataset(dir: string, dataset: PublicDataset, report: DisclosureReport, map: PublicMap): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'schema'), { recursive: true });
  const written: string[] = [];
  const write = async (name: string, value: unknown) => {
    await writeFile(path.join(dir, name), `${JSON.stringify(value)}\n`);
    written.push(name);
  };
  const tables = Object.keys(PUBLIC_TABLES) as PublicTableName[];
  await write('index.json', {
    schemaVersion: dataset.schemaVersion,
    meta: dataset.meta,
    disclosure: publicDisclosureSummary(report),
    tables: Object.fromEntries(tables.map((table) => [table, { path: `${table}.json`, schema: `schema/${table}.json`, rows: dataset[table].length }])),
  });
  for (const table of tables) {
    await write(`${table}.json`, dataset[table]);
    await write(`schema/${table}.json`, tableSchema(table));
  }
  await write(PUBLIC_MAP_FILE, map);
  return written;
}
