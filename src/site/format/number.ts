import type { Lang } from '../routes.ts';
import { type Digits, MINUS, numberFormat } from './locale.ts';

/**
 * A number in the page's language with the true minus sign: a fixed number of decimals (default
 * 0: counts), or `{ max }` for up to that many without trailing zeros (values as published).
 */
export function formatNumber(lang: Lang, n: number, digits: Digits = 0): string {
  return numberFormat(lang, digits).format(n).replace('-', MINUS);
}
