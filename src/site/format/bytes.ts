import type { Lang } from '../routes.ts';
import { formatNumber } from './number.ts';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** `2 118 382` bytes → `2,1 MB` / `2.1 MB` (decimal units, as file managers show them). */
export function formatBytes(lang: Lang, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumber(lang, value, unit === 0 || value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}
