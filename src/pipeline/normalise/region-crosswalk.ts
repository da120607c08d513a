import type { RegionReference } from '../reference/region-reference.ts';

/** One retired code prefix and what replaced it (from `data/wilayah/kode-lama.csv`). */
export interface CrosswalkEntry {
  oldPrefix: string;
  newPrefix: string;
  /** Last day (ISO date) on which the old code was valid. */
  validUntil: string;
  note: string;
}

export type CodeResolution =
  | { ok: true; current: string; retiredPrefix?: string }
  | { ok: false; problem: 'code.unknown' }
  | { ok: false; problem: 'code.retired' | 'code.not-yet-valid'; replacement: string; until: string };

function startsWithPrefix(code: string, prefix: string): boolean {
  return code === prefix || (code.startsWith(prefix) && code[prefix.length] === '.');
}

function longestMatch(
  code: string,
  entries: readonly CrosswalkEntry[],
  prefixOf: (entry: CrosswalkEntry) => string,
): CrosswalkEntry | undefined {
  let best: CrosswalkEntry | undefined;
  for (const entry of entries) {
    const prefix = prefixOf(entry);
    if (startsWithPrefix(code, prefix) && (!best || prefix.length > prefixOf(best).length)) best = entry;
  }
  return best;
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
  reference: Pick<RegionReference, 'desaCodes'>,
  crosswalk: readonly CrosswalkEntry[],
): CodeResolution {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const retired = longestMatch(code, crosswalk, (entry) => entry.oldPrefix);
  if (retired) {
    const mapped = retired.newPrefix + code.slice(retired.oldPrefix.length);
    if (yearStart <= retired.validUntil) {
      return reference.desaCodes.has(mapped)
        ? { ok: true, current: mapped, retiredPrefix: retired.oldPrefix }
        : { ok: false, problem: 'code.unknown' };
    }
    if (!reference.desaCodes.has(code)) {
      return { ok: false, problem: 'code.retired', replacement: mapped, until: retired.validUntil };
    }
  }
  if (!reference.desaCodes.has(code)) return { ok: false, problem: 'code.unknown' };
  const introduced = longestMatch(code, crosswalk, (entry) => entry.newPrefix);
  if (introduced && yearEnd <= introduced.validUntil) {
    return {
      ok: false,
      problem: 'code.not-yet-valid',
      replacement: introduced.oldPrefix + code.slice(introduced.newPrefix.length),
      until: introduced.validUntil,
    };
  }
  return { ok: true, current: code };
}
