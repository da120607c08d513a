import { t, type Lang } from '../../i18n/index.ts';
import { formatNumber } from './number.ts';

const MAGNITUDES = [
  [1e12, 'number.rupiah.trillion'],
  [1e9, 'number.rupiah.billion'],
  [1e6, 'number.rupiah.million'],
] as const;

/** Rupiah, rounded to a readable magnitude: "Rp116,0 juta" / "IDR 116.0 million". */
export function formatRupiah(lang: Lang, n: number): string {
  const magnitude = MAGNITUDES.find(([div]) => Math.abs(n) >= div);
  if (!magnitude) return t(lang, 'number.rupiah', { n: formatNumber(lang, n) });
  return t(lang, magnitude[1], { n: formatNumber(lang, n / magnitude[0], 1) });
}
