import { z } from 'zod';
import { aggregateYears } from '../aggregate/aggregate.ts';
import { deriveKawasanRecord, deriveProgramRecord, programRateBases } from '../aggregate/derive.ts';
import { publicationRegions } from '../aggregate/regions.ts';
import type { DatasetMeta } from '../contract/dataset-meta.ts';
import type { HiddenValues } from '../protect/hidden-values.ts';
import type { DisclosureConfig } from '../protect/problem.ts';
import { protectPublicTables, type DisclosureReport, type EarlierReleaseTables, type ProgramInput } from '../protect/public-tables.ts';
import type { RegionReference } from '../reference/region-reference.ts';
import type { ValidatedInputs } from '../validate/inputs.ts';
import {
  JENIS_WITH_TOTAL,
  kawasanRecordSchema,
  programRecordSchema,
  PUBLIC_SCHEMA_VERSION,
  regionRecordSchema,
  type KawasanRecord,
  type ProgramRecord,
  type RegionRecord,
} from './public-schema.ts';
import { regionRecords } from './region-records.ts';

/** Everything the site and the downloads may read. */
export interface PublicDataset {
  schemaVersion: string;
  meta: DatasetMeta & { years: number[]; regionSource: string; disclosureThreshold: number };
  wilayah: RegionRecord[];
  kawasan: KawasanRecord[];
  program: ProgramRecord[];
}

/** The public records of every year before protection: true aggregates, not publishable as they are. */
export function unprotectedRecords(inputs: ValidatedInputs, reference: RegionReference) {
  const regions = publicationRegions(reference, inputs.crosswalk);
  const tallies = aggregateYears(inputs.years, regions);
  const kawasan: KawasanRecord[] = [];
  const programs: ProgramInput[] = [];
  for (const { year, kawasan: kawasanTallies, program: programTallies } of tallies) {
    for (const region of regions) {
      kawasan.push(deriveKawasanRecord(region, year, kawasanTallies.get(region.code)!));
      const byJenis = programTallies.get(region.code)!;
      for (const jenis of JENIS_WITH_TOTAL) {
        programs.push({ record: deriveProgramRecord(region, year, jenis, byJenis[jenis]), bases: programRateBases(byJenis[jenis]) });
      }
    }
  }
  return { regions, years: tallies.map((t) => t.year), kawasan, programs };
}

/** read → validate (done) → normalise codes (done) → aggregate → protect → the public dataset. */
export async function buildPublicDataset(
  inputs: ValidatedInputs,
  reference: RegionReference,
  config: DisclosureConfig,
  /** Every release published before (oldest first): suppression and audit cover them all. */
  earlier: readonly EarlierReleaseTables[] = [],
): Promise<{ dataset: PublicDataset; disclosure: DisclosureReport; hiddenValues: HiddenValues }> {
  const { regions, years, kawasan, programs } = unprotectedRecords(inputs, reference);
  const protectedTables = await protectPublicTables(regions, kawasan, programs, config, earlier);
  const dataset: PublicDataset = {
    schemaVersion: PUBLIC_SCHEMA_VERSION,
    meta: {
      ...inputs.meta,
      years,
      regionSource: reference.source,
      disclosureThreshold: config.threshold,
    },
    wilayah: z.array(regionRecordSchema).parse(regionRecords(regions)),
    kawasan: z.array(kawasanRecordSchema).parse(protectedTables.kawasan),
    program: z.array(programRecordSchema).parse(protectedTables.program),
  };
  return { dataset, disclosure: protectedTables.report, hiddenValues: protectedTables.hiddenValues };
}
