/**
 * Per-region views of the public dataset, computed once per build (the dataset is loaded once by
 * `loadSiteData()`; everything here is cached in module scope) so that ~1,100 pages stay cheap.
 */
import type { KawasanRecord, OutcomeRecord, ProgramRecord, ReachRecord, RegionRecord, TransitionRecord } from '../pipeline/publish/public-schema.ts';
import { loadSiteData, type SiteData } from './data/public-dataset.ts';
import { regionSlug } from './routes.ts';

export type { KawasanRecord, OutcomeRecord, ProgramRecord, ReachRecord, RegionRecord, TransitionRecord };

export interface RegionView {
  region: RegionRecord;
  /** Kawasan records, ascending by year. */
  kawasan: KawasanRecord[];
  /** The latest year's record (undefined when the region has none). */
  latest: KawasanRecord | undefined;
  /** Program totals (`jenis === 'semua'`), ascending by year. */
  programTotals: ProgramRecord[];
  /** The latest year's program records by kind (without `semua`). */
  programKinds: ProgramRecord[];
  latestProgram: ProgramRecord | undefined;
  /** The latest year's reach and outcomes (all kinds together), and every year's transitions. */
  latestReach: ReachRecord | undefined;
  latestOutcome: OutcomeRecord | undefined;
  transitions: TransitionRecord[];
  /** Parent province (kab/kota) or undefined. */
  province: RegionRecord | undefined;
  /** Rank by latest `rawan_persen` among its siblings (1 = highest), and how many were ranked. */
  rank: { rank: number; of: number } | undefined;
}

export interface SiteModel {
  data: SiteData;
  latestYear: number;
  years: number[];
  nation: RegionRecord;
  provinces: RegionRecord[];
  kabkota: RegionRecord[];
  kabkotaByProvince: Map<string, RegionRecord[]>;
  view: (code: string) => RegionView;
}

let model: SiteModel | undefined;

function compareCode(a: { kode: string }, b: { kode: string }): number {
  return a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0;
}

/** Ranks (1 = highest) by latest rawan_persen; ties share a rank; marks are not ranked. */
function ranks(codes: readonly string[], latestOf: (code: string) => KawasanRecord | undefined): Map<string, { rank: number; of: number }> {
  const valued = codes.flatMap((code) => {
    const v = latestOf(code)?.rawan_persen;
    return typeof v === 'number' ? [{ code, v }] : [];
  });
  valued.sort((a, b) => b.v - a.v);
  const out = new Map<string, { rank: number; of: number }>();
  valued.forEach((entry, i) => {
    const prev = valued[i - 1];
    const rank = prev && prev.v === entry.v ? out.get(prev.code)!.rank : i + 1;
    out.set(entry.code, { rank, of: valued.length });
  });
  return out;
}

export function site(): SiteModel {
  if (model) return model;
  const data = loadSiteData();
  const latestYear = data.latestYear;
  const regions = [...data.regions].sort(compareCode);
  const nation = regions.find((r) => r.tingkat === 'nasional');
  if (!nation) throw new Error('public dataset has no national region (kode ID)');
  const provinces = regions.filter((r) => r.tingkat === 'provinsi');
  const kabkota = regions.filter((r) => r.tingkat === 'kabkota');
  const kabkotaByProvince = new Map<string, RegionRecord[]>(provinces.map((p) => [p.kode, []]));
  for (const k of kabkota) kabkotaByProvince.get(k.kode_induk)?.push(k);

  const latestOf = (code: string): KawasanRecord | undefined =>
    data.kawasanByRegion.get(code)?.find((r) => r.tahun === latestYear);
  const rankMap = new Map<string, { rank: number; of: number }>();
  for (const [code, r] of ranks(provinces.map((p) => p.kode), latestOf)) rankMap.set(code, r);
  for (const list of kabkotaByProvince.values()) {
    for (const [code, r] of ranks(list.map((k) => k.kode), latestOf)) rankMap.set(code, r);
  }

  const views = new Map<string, RegionView>();
  const view = (code: string): RegionView => {
    let v = views.get(code);
    if (v) return v;
    const region = data.regionByCode.get(code);
    if (!region) throw new Error(`unknown region ${code}`);
    const kawasan = [...(data.kawasanByRegion.get(code) ?? [])].sort((a, b) => a.tahun - b.tahun);
    const programs = data.programByRegion.get(code) ?? [];
    const programTotals = programs.filter((p) => p.jenis === 'semua').sort((a, b) => a.tahun - b.tahun);
    v = {
      region,
      kawasan,
      latest: kawasan.find((r) => r.tahun === latestYear),
      programTotals,
      programKinds: programs.filter((p) => p.jenis !== 'semua' && p.tahun === latestYear),
      latestProgram: programTotals.find((p) => p.tahun === latestYear),
      latestReach: data.reachByRegion.get(code)?.find((r) => r.tahun === latestYear && r.jenis === 'semua'),
      latestOutcome: data.outcomesByRegion.get(code)?.find((r) => r.tahun === latestYear && r.jenis === 'semua'),
      transitions: [...(data.transitionsByRegion.get(code) ?? [])].sort((a, b) => a.tahun - b.tahun),
      province: region.tingkat === 'kabkota' ? data.regionByCode.get(region.kode_induk) : undefined,
      rank: rankMap.get(code),
    };
    views.set(code, v);
    return v;
  };

  model = { data, latestYear, years: data.years, nation, provinces, kabkota, kabkotaByProvince, view };
  return model;
}

/** The static paths of the province or kab/kota pages (`getStaticPaths`): one per region, at its slug. */
export function regionPaths(level: 'provinces' | 'kabkota'): { params: { slug: string }; props: { region: RegionRecord } }[] {
  return site()[level].map((region) => ({ params: { slug: regionSlug(region) }, props: { region } }));
}
