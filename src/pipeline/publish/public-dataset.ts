import { z } from 'zod';
import { aggregateYears } from '../aggregate/aggregate.ts';
import { deriveKawasanRecord, deriveProgramRecord, programRateBases } from '../aggregate/derive.ts';
import { deriveOutcomeRecord, deriveReachRecord, deriveTransitionRecord } from '../aggregate/derive-follow-up.ts';
import { publicationRegions } from '../aggregate/regions.ts';
import type { DatasetMeta } from '../contract/dataset-meta.ts';
import type { HiddenValues } from '../protect/hidden-values.ts';
import type { DisclosureConfig } from '../protect/problem.ts';
import type { AuditCache } from '../protect/audit-cache.ts';
import { protectPublicTables, type DisclosureReport, type EarlierReleaseTables, type FollowUpInputs, type ProgramInput } from '../protect/public-tables.ts';
import type { RegionReference } from '../reference/region-reference.ts';
import type { ValidatedInputs } from '../validate/inputs.ts';
import {
  JENIS_WITH_TOTAL,
  kawasanRecordSchema,
  outcomeRecordSchema,
  PROGRAM_SPLITS,
  programRecordSchema,
  PUBLIC_SCHEMA_VERSION,
  reachRecordSchema,
  regionRecordSchema,
  transitionRecordSchema,
  type KawasanRecord,
  type OutcomeRecord,
  type ProgramRecord,
  type ReachRecord,
  type RegionRecord,
  type TransitionRecord,
} from './public-schema.ts';
import { regionRecords } from './region-records.ts';

/** Everything the site and the downloads may read. */
export interface PublicDataset {
  schemaVersion: string;
  meta: DatasetMeta & { years: number[]; regionSource: string; disclosureThreshold: number };
  wilayah: RegionRecord[];
  kawasan: KawasanRecord[];
  program: ProgramRecord[];
  /** Where the activities went: rawan desa vs the rest vs not assessed. */
  jangkauan: ReachRecord[];
  /** What follows in the desa assessed in consecutive years, with and without a programme. */
  peralihan: TransitionRecord[];
  /** Participants' outcomes: women's share, entrepreneurs among graduates, income before and after. */
  hasil: OutcomeRecord[];
}

/** The public records of every year before protection: true aggregates, not publishable as they are. */
export function unprotectedRecords(inputs: ValidatedInputs, reference: RegionReference) {
  const regions = publicationRegions(reference, inputs.crosswalk);
  const tallies = aggregateYears(inputs.years, regions);
  const kawasan: KawasanRecord[] = [];
  const programs: ProgramInput[] = [];
  const followUp: FollowUpInputs = { reach: [], outcomes: [], transitions: [] };
  for (const { year, kawasan: kawasanTallies, program: programTallies, reach, transitions: moved } of tallies) {
    for (const region of regions) {
      const kawasanTally = kawasanTallies.get(region.code)!;
      kawasan.push(deriveKawasanRecord(region, year, kawasanTally));
      const byJenis = programTallies.get(region.code)!;
      const reachByJenis = reach.get(region.code)!;
      for (const jenis of JENIS_WITH_TOTAL) {
        programs.push({ record: deriveProgramRecord(region, year, jenis, byJenis[jenis]), bases: programRateBases(byJenis[jenis]) });
        followUp.reach.push(deriveReachRecord(region, year, jenis, reachByJenis[jenis], kawasanTally));
        followUp.outcomes.push(deriveOutcomeRecord(region, year, jenis, byJenis[jenis]));
      }
      const splits = moved?.get(region.code);
      if (splits) for (const split of PROGRAM_SPLITS) followUp.transitions.push(deriveTransitionRecord(region, year, split, splits[split]));
    }
  }
  return { regions, years: tallies.map((t) => t.year), kawasan, programs, followUp };
}

/** read → validate (done) → normalise codes (done) → aggregate → protect → the public dataset. */
export async function buildPublicDataset(
  inputs: ValidatedInputs,
  reference: RegionReference,
  config: DisclosureConfig,
  /** Every release published before (oldest first): suppression and audit cover them all. */
  earlier: readonly EarlierReleaseTables[] = [],
  /** Components' audit results kept between builds (protect/audit-cache.ts). */
  cache?: AuditCache,
): Promise<{ dataset: PublicDataset; disclosure: DisclosureReport; hiddenValues: HiddenValues }> {
  const { regions, years, kawasan, programs, followUp } = unprotectedRecords(inputs, reference);
  const protectedTables = await protectPublicTables(regions, kawasan, programs, config, earlier, followUp, cache);
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
    jangkauan: z.array(reachRecordSchema).parse(protectedTables.jangkauan),
    peralihan: z.array(transitionRecordSchema).parse(protectedTables.peralihan),
    hasil: z.array(outcomeRecordSchema).parse(protectedTables.hasil),
  };
  return { dataset, disclosure: protectedTables.report, hiddenValues: protectedTables.hiddenValues };
}
