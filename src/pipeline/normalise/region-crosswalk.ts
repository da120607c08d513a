import type { DesaIndex } from '../reference/desa-index.ts';

/** One retired code prefix and what replaced it (from `data/wilayah/kode-lama.csv`). */
export interface CrosswalkEntry {
  oldPrefix: string;
  newPrefix: string;
  /** Last day (ISO date) on which the old code was valid. */
  validUntil: string;
  note: string;
}

export type CodeResolution =
  /** `position`: today's code's position in the reference (`DesaIndex`). */
  | { ok: true; current: string; position: number; retiredPrefix?: string }
  | { ok: false; problem: 'code.unknown' }
  | { ok: false; problem: 'code.retired' | 'code.not-yet-valid'; replacement: string; until: string };

/** The crosswalk indexed by old and by new prefix, for lookups at code boundaries. */
export interface CrosswalkIndex {
  byOld: ReadonlyMap<string, CrosswalkEntry>;
  byNew: ReadonlyMap<string, CrosswalkEntry>;
  /** Province prefixes (2 digits) that any entry starts with: other codes skip the lookups. */
  provinces: ReadonlySet<string>;
}

export function indexCrosswalk(entries: readonly CrosswalkEntry[]): CrosswalkIndex {
  return {
    byOld: new Map(entries.map((entry) => [entry.oldPrefix, entry])),
    byNew: new Map(entries.toReversed().map((entry) => [entry.newPrefix, entry])),
    provinces: new Set(entries.flatMap((entry) => [entry.oldPrefix.slice(0, 2), entry.newPrefix.slice(0, 2)])),
  };
}

/** Prefix lengths of desa (13), kecamatan (8) and kab/kota (5) codes, longest first. */
const PREFIX_LENGTHS = [13, 8, 5] as const;

function longestMatch(code: string, byPrefix: ReadonlyMap<string, CrosswalkEntry>): CrosswalkEntry | undefined {
  if (byPrefix.size === 0) return undefined;
  for (const length of PREFIX_LENGTHS) {
    const entry = byPrefix.get(code.slice(0, length));
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Maps a desa/kelurahan code as written in a given year's file to today's code. A retired code
 * is accepted for the years up to its `validUntil` and mapped to its replacement; after that it
 * is refused with the replacement as the fix. A code that only exists since a change is refused
 * for the years before it, with the old code as the fix.
 */
export function resolveDesaCode(
  code: string,
  year: number,
  reference: { desaCodes: Pick<DesaIndex, 'indexOf'> },
  crosswalk: CrosswalkIndex,
): CodeResolution {
  const { desaCodes } = reference;
  if (!crosswalk.provinces.has(code.slice(0, 2))) {
    const position = desaCodes.indexOf(code);
    return position !== -1 ? { ok: true, current: code, position } : { ok: false, problem: 'code.unknown' };
  }
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const retired = longestMatch(code, crosswalk.byOld);
  if (retired) {
    const mapped = retired.newPrefix + code.slice(retired.oldPrefix.length);
    if (yearStart <= retired.validUntil) {
      const position = desaCodes.indexOf(mapped);
      return position !== -1 ? { ok: true, current: mapped, position, retiredPrefix: retired.oldPrefix } : { ok: false, problem: 'code.unknown' };
    }
    if (desaCodes.indexOf(code) === -1) {
      return { ok: false, problem: 'code.retired', replacement: mapped, until: retired.validUntil };
    }
  }
  const position = desaCodes.indexOf(code);
  if (position === -1) return { ok: false, problem: 'code.unknown' };
  const introduced = longestMatch(code, crosswalk.byNew);
  if (introduced && yearEnd <= introduced.validUntil) {
    return {
      ok: false,
      problem: 'code.not-yet-valid',
      replacement: introduced.oldPrefix + code.slice(introduced.newPrefix.length),
      until: introduced.validUntil,
    };
  }
  return { ok: true, current: code, position };
}
