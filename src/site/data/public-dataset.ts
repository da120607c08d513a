/**
 * The site's only data source: the public dataset written by the pipeline (never raw rows).
 * Read once per build from the config's public data folder (PUBLIC_DATA_DIR, default
 * build/public-data; src/config.ts), checked against the public schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { currentConfig } from '../../config.ts';
import {
  kawasanRecordSchema,
  outcomeRecordSchema,
  programRecordSchema,
  reachRecordSchema,
  transitionRecordSchema,
  PUBLIC_MAP_FILE,
  PUBLIC_TABLES,
  publicMapSchema,
  regionRecordSchema,
  tableSchemaSchema,
  type KawasanRecord,
  type OutcomeRecord,
  type ProgramRecord,
  type ReachRecord,
  type TransitionRecord,
  type PublicMap,
  type PublicTableName,
  type RegionRecord,
  type TableSchema,
} from '../../pipeline/publish/public-schema.ts';

const indexSchema = z.object({
  schemaVersion: z.string(),
  meta: z.object({
    title: z.string(),
    publisher: z.string(),
    license: z.string(),
    contact: z.string(),
    synthetic: z.boolean(),
    years: z.array(z.number().int()),
    regionSource: z.string(),
    disclosureThreshold: z.number().int(),
  }),
  disclosure: z.object({ threshold: z.number(), possibleValues: z.number(), suppressedCells: z.number(), releasesAudited: z.array(z.string()) }),
  tables: z.record(z.string(), z.object({ path: z.string(), schema: z.string(), rows: z.number() })),
});

export type PublicIndex = z.infer<typeof indexSchema>;

export interface SiteData {
  index: PublicIndex;
  regions: RegionRecord[];
  kawasan: KawasanRecord[];
  program: ProgramRecord[];
  /** Years with data, ascending, and the latest one. */
  years: number[];
  latestYear: number;
  regionByCode: Map<string, RegionRecord>;
  /** Kawasan records per region code, ascending by year. */
  kawasanByRegion: Map<string, KawasanRecord[]>;
  /** Program records per region code, all kinds, ascending by year. */
  programByRegion: Map<string, ProgramRecord[]>;
  /** Reach (all kinds together), transitions and outcomes per region code. */
  reachByRegion: Map<string, ReachRecord[]>;
  transitionsByRegion: Map<string, TransitionRecord[]>;
  outcomesByRegion: Map<string, OutcomeRecord[]>;
  /** The Table Schema of every table (`schema/<table>.json`): types, titles, units, allowed values. */
  tableSchemas: Record<PublicTableName, TableSchema>;
  /** The kab/kota map: simplified geometry and its notes (`peta.json`). */
  map: PublicMap;
}

export function publicDataDir(): string {
  return currentConfig().publicDataDir;
}

let cached: SiteData | undefined;

export function loadSiteData(dir = publicDataDir()): SiteData {
  if (cached) return cached;
  const read = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`public dataset not found in ${dir}: run \`npm run build\` (${(error as Error).message})`);
    }
  };
  const index = indexSchema.parse(read('index.json'));
  const regions = z.array(regionRecordSchema).parse(read('wilayah.json'));
  const kawasan = z.array(kawasanRecordSchema).parse(read('kawasan.json'));
  const program = z.array(programRecordSchema).parse(read('program.json'));
  const reach = z.array(reachRecordSchema).parse(read('jangkauan.json'));
  const transitions = z.array(transitionRecordSchema).parse(read('peralihan.json'));
  const outcomes = z.array(outcomeRecordSchema).parse(read('hasil.json'));
  const tables = Object.keys(PUBLIC_TABLES) as PublicTableName[];
  const tableSchemas = Object.fromEntries(tables.map((table) => [table, tableSchemaSchema.parse(read(`schema/${table}.json`))])) as SiteData['tableSchemas'];
  const group = <R extends { kode: string }>(records: R[]) => {
    const map = new Map<string, R[]>();
    for (const record of records) map.set(record.kode, [...(map.get(record.kode) ?? []), record]);
    return map;
  };
  const years = [...index.meta.years].sort((a, b) => a - b);
  cached = {
    index,
    regions,
    kawasan,
    program,
    years,
    latestYear: years.at(-1) ?? new Date().getFullYear(),
    regionByCode: new Map(regions.map((region) => [region.kode, region])),
    kawasanByRegion: group(kawasan),
    programByRegion: group(program),
    reachByRegion: group(reach),
    transitionsByRegion: group(transitions),
    outcomesByRegion: group(outcomes),
    tableSchemas,
    map: publicMapSchema.parse(read(PUBLIC_MAP_FILE)),
  };
  return cached;
}
