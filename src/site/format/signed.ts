import type { Lang } from '../routes.ts';
import { MINUS } from './locale.ts';
import { formatNumber } from './number.ts';

/** A change with its sign: "+12", "−3,4", "0" (no sign on what rounds to zero). */
export function formatSigned(lang: Lang, n: number, digits = 0): string {
  const s = formatNumber(lang, Math.abs(n), digits);
  if (Number(s.replace(/[^0-9]/g, '')) === 0) return s;
  return n > 0 ? `+${s}` : `${MINUS}${s}`;
}
