/**
 * Additive tallies: plain records of numbers that add up from desa to kab/kota, province and
 * nation. Rates and means are derived from them only at the end, so every level is exact.
 */
export type Tally<K extends string> = Record<K, number>;

/** Keys of measures that rows may leave unreported: each key, then its `…Reported` count. */
export function withReported<const K extends string>(...keys: K[]): (K | `${K}Reported`)[] {
  return keys.flatMap((key) => [key, `${key}Reported` as const]);
}

export function emptyTally<K extends string>(keys: readonly K[]): Tally<K> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Tally<K>;
}

export function addInto<K extends string>(target: Tally<K>, source: Tally<K>, keys: readonly K[]): void {
  for (const key of keys) target[key] += source[key];
}

/** Adds a reported optional value: its sum and how many rows reported it. */
export function addReported<K extends string>(tally: Tally<K>, sumKey: K, reportedKey: K, value: number | undefined): void {
  if (value === undefined) return;
  tally[sumKey] += value;
  tally[reportedKey] += 1;
}

/** Adds a reported ya/tidak flag: how many said ya and how many answered. */
export function addFlag<K extends string>(tally: Tally<K>, yesKey: K, reportedKey: K, value: boolean | undefined): void {
  if (value === undefined) return;
  if (value) tally[yesKey] += 1;
  tally[reportedKey] += 1;
}
