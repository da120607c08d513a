import type { Lang } from '../routes.ts';
import { formatNumber } from './number.ts';

/** A whole number as such, any other with one decimal ("12", "12,3"; legends, map labels). */
export function formatShort(lang: Lang, n: number): string {
  return formatNumber(lang, n, Number.isInteger(n) ? 0 : 1);
}
