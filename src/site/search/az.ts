/**
 * The A–Z index of the /cari/ page, its answer without JavaScript: every kab/kota under the
 * first letter of its name without the kind of region ("Kabupaten Bogor" and "Kota Bogor" under
 * B, "Kota Administrasi Jakarta Utara" under J), sorted by that name, then by the full name.
 */
import { compareNames } from '../rankings/order.ts';

const KIND_PREFIX = /^(kabupaten administrasi|kota administrasi|kabupaten|kota)\s+/i;

/** A kab/kota name without its kind: "Kabupaten Bogor" → "Bogor". */
export function coreName(name: string): string {
  return name.replace(KIND_PREFIX, '');
}

export interface AzGroup<T> {
  letter: string;
  items: T[];
}

/** Items grouped by the first letter (A–Z; anything else under "#") of their core name, each group sorted. */
export function azGroups<T>(items: readonly T[], nameOf: (item: T) => string): AzGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareNames(coreName(nameOf(a)), coreName(nameOf(b))) || compareNames(nameOf(a), nameOf(b)));
  const groups: AzGroup<T>[] = [];
  for (const item of sorted) {
    const first = coreName(nameOf(item)).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(first) ? first : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
