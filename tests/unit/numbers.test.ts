import { describe, expect, it } from 'vitest';
import { readDecimal, readWholeNumber } from '../../src/pipeline/contract/numbers.ts';

describe('readWholeNumber', () => {
  it.each([
    ['0', ',', 0],
    ['1234', '.', 1234],
    ['12,0', ',', 12],
    ['12.0', '.', 12],
  ] as const)('reads %s (decimal %s) as %d', (raw, separator, value) => {
    expect(readWholeNumber(raw, separator)).toEqual({ ok: true, value });
  });

  it.each([
    ['-2', '.', 'number.negative'],
    ['1.5', '.', 'number.fraction'],
    ['1,5', ',', 'number.fraction'],
    ['1.234', '.', 'number.ambiguous-separator'],
    ['1.234', ',', 'number.ambiguous-separator'],
    ['1,234', '.', 'number.ambiguous-separator'],
    ['15.000.000', ',', 'number.ambiguous-separator'],
    ['Rp 100', '.', 'number.invalid'],
    ['12 orang', '.', 'number.invalid'],
    ['1e3', '.', 'number.invalid'],
    ['-', ',', 'number.dash'],
    ['\u2013', '.', 'number.dash'],
    ['\u2014', ',', 'number.dash'],
    ['--', ',', 'number.dash'],
  ] as const)('refuses %s (decimal %s): %s', (raw, separator, problem) => {
    expect(readWholeNumber(raw, separator)).toEqual({ ok: false, problem });
  });
});

describe('readDecimal', () => {
  it('reads the file’s own decimal separator', () => {
    expect(readDecimal('78,4', ',')).toEqual({ ok: true, value: 78.4 });
    expect(readDecimal('78.4', '.')).toEqual({ ok: true, value: 78.4 });
    expect(readDecimal('-6,123456', ',')).toEqual({ ok: true, value: -6.123456 });
  });
  it('accepts a point in a semicolon file only where it cannot group thousands', () => {
    expect(readDecimal('45.5', ',')).toEqual({ ok: true, value: 45.5 });
    expect(readDecimal('45.500', ',')).toEqual({ ok: false, problem: 'number.ambiguous-separator' });
  });
  it('calls a dash a dash (the fix: leave the cell empty)', () => {
    expect(readDecimal('\u2014', ',')).toEqual({ ok: false, problem: 'number.dash' });
  });
  it('never reads a comma in a comma-delimited file', () => {
    expect(readDecimal('45,5', '.')).toEqual({ ok: false, problem: 'number.ambiguous-separator' });
  });
});
