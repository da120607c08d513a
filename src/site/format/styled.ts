import { t, type Lang } from '../../i18n/index.ts';
import { formatNumber } from './number.ts';
import { formatPercent } from './percent.ts';
import { formatRupiah } from './rupiah.ts';
import { formatSigned } from './signed.ts';

/**
 * How a figure is written: `int` a count, `dec1`/`score` one decimal, `percent` "12,3%",
 * `signed`/`signed1` a change ("+12", "−3,4"), `pp` a change in percentage points, `rupiah` a
 * budget, `plain` the value as published (up to two decimals, no unit: the changelog).
 */
export type CellStyle = 'int' | 'dec1' | 'percent' | 'signed' | 'signed1' | 'pp' | 'rupiah' | 'score' | 'plain';

/** A number as text in a given style (no mark handling). */
export function formatStyled(lang: Lang, n: number, style: CellStyle): string {
  switch (style) {
    case 'int':
      return formatNumber(lang, n);
    case 'dec1':
    case 'score':
      return formatNumber(lang, n, 1);
    case 'percent':
      return formatPercent(lang, n);
    case 'signed':
      return formatSigned(lang, n);
    case 'signed1':
      return formatSigned(lang, n, 1);
    case 'pp':
      return t(lang, 'number.pp', { n: formatSigned(lang, n, 1) });
    case 'rupiah':
      return formatRupiah(lang, n);
    case 'plain':
      return formatNumber(lang, n, { max: 2 });
  }
}
