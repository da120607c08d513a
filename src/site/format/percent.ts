import type { Lang } from '../routes.ts';
import { formatNumber } from './number.ts';
import { formatShort } from './short.ts';

/** "12,3%" / "12.3%" (no space, as in Indonesian style guides and British usage). */
export function formatPercent(lang: Lang, n: number, digits = 1): string {
  return `${formatNumber(lang, n, digits)}%`;
}

/** Axis tick of a percent scale: "50%" (a whole number without decimals). */
export function formatPercentTick(lang: Lang, n: number): string {
  return `${formatShort(lang, n)}%`;
}
