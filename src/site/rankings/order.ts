/**
 * The order of a ranking, shared by the build (the static, sorted pages) and the browser (the
 * sort buttons, src/client/rankings.ts), so that both agree to the row. Imports types only.
 *
 * - Numbers first, in the chosen direction (`desc`: highest first, rank 1 = highest).
 * - Marks last, whatever the direction: `[c]` (suppressed), then `[x]`, then `[z]`; a mark is
 *   never treated as 0 and gets no rank.
 * - Ties (and marks among themselves) by name, so that the order is total and stable.
 * - Rank: standard competition ranking (1, 2, 2, 4): equal numbers share the better rank.
 */
import type { Marker } from '../../pipeline/publish/markers.ts';

export type SortValue = number | string | undefined;
export type Direction = 'asc' | 'desc';

/** Marks in the order they come after the numbers; anything else unknown comes last of all. */
const MARK_ORDER: readonly Marker[] = ['[c]', '[x]', '[z]'];

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Names compared as people read them (case and accents aside; "Kota 2" before "Kota 10"). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

function markIndex(value: SortValue): number {
  const i = MARK_ORDER.indexOf(value as Marker);
  return i < 0 ? MARK_ORDER.length : i;
}

/** Compares two values of a measure: numbers in `direction`, then the marks in their order. */
export function compareValues(a: SortValue, b: SortValue, direction: Direction): number {
  const aNum = typeof a === 'number' && Number.isFinite(a);
  const bNum = typeof b === 'number' && Number.isFinite(b);
  if (aNum && bNum) return direction === 'desc' ? (b as number) - (a as number) : (a as number) - (b as number);
  if (aNum !== bNum) return aNum ? -1 : 1;
  return markIndex(a) - markIndex(b);
}

export interface Ranked<T> {
  item: T;
  /** 1 = first in the direction; undefined for a mark. */
  rank: number | undefined;
}

/** Items sorted by `valueOf` in `direction` (ties by `nameOf`), each with its rank. */
export function rankBy<T>(items: readonly T[], valueOf: (item: T) => SortValue, nameOf: (item: T) => string, direction: Direction = 'desc'): Ranked<T>[] {
  const keyed = items.map((item) => ({ item, value: valueOf(item), name: nameOf(item) }));
  keyed.sort((a, b) => compareValues(a.value, b.value, direction) || compareNames(a.name, b.name));
  const out: Ranked<T>[] = [];
  keyed.forEach((entry, i) => {
    const numeric = typeof entry.value === 'number' && Number.isFinite(entry.value);
    const prev = keyed[i - 1];
    const tied = numeric && prev !== undefined && prev.value === entry.value;
    out.push({ item: entry.item, rank: !numeric ? undefined : tied ? out[i - 1]!.rank : i + 1 });
  });
  return out;
}

/** Items sorted by name (A–Z or Z–A), unranked: the name and province columns. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, direction: Direction = 'asc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * compareNames(nameOf(a), nameOf(b)));
}
