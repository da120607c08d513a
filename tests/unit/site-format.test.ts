/**
 * Numbers and dates as the pages write them (src/site/format/). Where two pages had their own
 * rules before (the downloads pages used `toLocaleString`), the shared helper gives the same
 * text for every value those pages show: checked here against the old expressions.
 */
import { describe, expect, it } from 'vitest';
import {
  cellText,
  formatBytes,
  formatDate,
  formatNumber,
  formatPercent,
  formatPercentTick,
  formatRupiah,
  formatShort,
  formatSigned,
  formatStyled,
  LOCALES,
  num,
} from '../../src/site/format/index.ts';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups thousands and writes decimals in the page language', () => {
    expect(formatNumber('id', 1234567)).toBe('1.234.567');
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('id', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5, 2)).toBe('1,234.50');
  });
  it('writes the true minus sign', () => {
    expect(formatNumber('id', -3.25, 1)).toBe(`${MINUS}3,3`);
    expect(formatNumber('en', -1200)).toBe(`${MINUS}1,200`);
  });
  it('with { max }, writes up to that many decimals and no trailing zeros', () => {
    expect(formatNumber('id', 12, { max: 2 })).toBe('12');
    expect(formatNumber('id', 12.5, { max: 2 })).toBe('12,5');
    expect(formatNumber('en', 12.345, { max: 2 })).toBe('12.35');
    expect(formatNumber('en', -0.5, { max: 2 })).toBe(`${MINUS}0.5`);
  });
  it('gives the text of the downloads pages’ former rules for the values they show', () => {
    for (const lang of ['id', 'en'] as const) {
      // counts (rows, files, changed cells): toLocaleString with no options
      for (const n of [0, 7, 1000, 83762, 1234567]) expect(formatNumber(lang, n)).toBe(n.toLocaleString(LOCALES[lang]));
      // changelog values: up to two decimals, true minus
      for (const n of [0, 12, 12.5, 12.34, -6.25, 116000000, 0.01]) {
        expect(formatNumber(lang, n, { max: 2 })).toBe(n.toLocaleString(LOCALES[lang], { maximumFractionDigits: 2 }).replace('-', MINUS));
      }
    }
  });
});

describe('formatShort, formatPercent, formatPercentTick', () => {
  it('writes whole numbers without decimals, others with one', () => {
    expect(formatShort('id', 41)).toBe('41');
    expect(formatShort('id', 41.25)).toBe('41,3');
    expect(formatShort('en', 1000.5)).toBe('1,000.5');
  });
  it('writes percent without a space, one decimal by default', () => {
    expect(formatPercent('id', 12.345)).toBe('12,3%');
    expect(formatPercent('en', 12.345)).toBe('12.3%');
    expect(formatPercent('en', 50, 0)).toBe('50%');
    expect(formatPercentTick('id', 50)).toBe('50%');
    expect(formatPercentTick('id', 12.5)).toBe('12,5%');
  });
});

describe('formatSigned', () => {
  it('writes + or − and no sign on what rounds to zero', () => {
    expect(formatSigned('id', 12)).toBe('+12');
    expect(formatSigned('id', -3.44, 1)).toBe(`${MINUS}3,4`);
    expect(formatSigned('en', 0)).toBe('0');
    expect(formatSigned('en', -0.04, 1)).toBe('0.0');
    expect(formatSigned('en', 1234)).toBe('+1,234');
  });
});

describe('formatRupiah', () => {
  it('rounds to a readable magnitude', () => {
    expect([116_000_000, 2_500_000_000, 950_000].map((n) => formatRupiah('id', n))).toEqual(['Rp116,0 juta', 'Rp2,5 miliar', 'Rp950.000']);
    expect([116_000_000, 1.2e12].map((n) => formatRupiah('en', n))).toEqual(['IDR 116.0 million', 'IDR 1.2 trillion']);
  });
});

describe('formatBytes', () => {
  it.each([
    ['id', 999, '999 B'],
    ['id', 2_118_382, '2,1 MB'],
    ['en', 2_118_382, '2.1 MB'],
    ['en', 150_000, '150 KB'],
    ['en', 28_500_000_000, '28.5 GB'],
    ['id', 1e13, '10.000 GB'],
  ] as const)('uses decimal units, one decimal below 100 (%s: %d → %s)', (lang, n, text) => {
    expect(formatBytes(lang, n)).toBe(text);
  });
  it('gives the text of the former downloads rule', () => {
    const old = (bytes: number, locale: string): string => {
      const units = ['B', 'KB', 'MB', 'GB'];
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
      }
      const digits = unit === 0 || value >= 100 ? 0 : 1;
      return `${value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${units[unit]}`;
    };
    for (const lang of ['id', 'en'] as const) {
      for (const n of [0, 1, 999, 1000, 1049, 99_949, 99_950, 123_456, 2_118_382, 7e9, 3e12]) expect(formatBytes(lang, n)).toBe(old(n, LOCALES[lang]));
    }
  });
});

describe('formatDate', () => {
  it('writes an ISO date long, in the page language', () => {
    expect(formatDate('id', '2025-06-30')).toBe('30 Juni 2025');
    expect(formatDate('en', '2026-11-03')).toBe('3 November 2026');
  });
});

describe('formatStyled and cellText', () => {
  it('formats a number in each style', () => {
    expect(formatStyled('id', 1234, 'int')).toBe('1.234');
    expect(formatStyled('id', 3.14159, 'score')).toBe('3,1');
    expect(formatStyled('en', 3.14159, 'dec1')).toBe('3.1');
    expect(formatStyled('en', 45.67, 'percent')).toBe('45.7%');
    expect(formatStyled('en', -5, 'signed')).toBe(`${MINUS}5`);
    expect(formatStyled('id', 2.35, 'signed1')).toBe('+2,4');
    expect(formatStyled('id', 2.3, 'pp')).toBe('+2,3 poin');
    expect(formatStyled('en', -2.3, 'pp')).toBe(`${MINUS}2.3 pp`);
    expect(formatStyled('en', 116e6, 'rupiah')).toBe('IDR 116.0 million');
    expect(formatStyled('id', 1234.5, 'plain')).toBe('1.234,5');
    expect(formatStyled('id', 1234, 'plain')).toBe('1.234');
  });
  it('writes a mark as itself and a missing cell as [x]', () => {
    expect(cellText('id', 1234)).toBe('1.234');
    expect(cellText('en', 12.34, 'percent')).toBe('12.3%');
    expect(cellText('id', '[c]')).toBe('[c]');
    expect(cellText('id', '[z]', 'percent')).toBe('[z]');
    expect(cellText('en', undefined)).toBe('[x]');
  });
  it('num gives the number of a cell, never 0 for a mark', () => {
    expect(num(0)).toBe(0);
    expect(num(12.5)).toBe(12.5);
    expect(num('[c]')).toBeUndefined();
    expect(num(undefined)).toBeUndefined();
    expect(num(Number.NaN)).toBeUndefined();
  });
});
