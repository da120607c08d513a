import { describe, expect, it } from 'vitest';
import { indexCrosswalk, resolveDesaCode, type CrosswalkEntry } from '../../src/pipeline/normalise/region-crosswalk.ts';
import { DesaIndex } from '../../src/pipeline/reference/desa-index.ts';

const reference = { desaCodes: new DesaIndex(['93.01.01.1002', '31.72.01.1001', '94.01.01.2001']) };
const crosswalk = indexCrosswalk([
  { oldPrefix: '91.01', newPrefix: '93.01', validUntil: '2022-12-31', note: 'Papua Selatan' },
  // An old code that is now used for something else: the year decides which one is meant.
  { oldPrefix: '94.01', newPrefix: '93.01', validUntil: '2019-06-30', note: 'collision' },
] satisfies CrosswalkEntry[]);

/** The code as read in `year`, against the reference and crosswalk above. */
const resolve = (code: string, year: number) => resolveDesaCode(code, year, reference, crosswalk);

describe('resolveDesaCode', () => {
  it('keeps a current code', () => {
    expect(resolve('31.72.01.1001', 2024)).toEqual({ ok: true, current: '31.72.01.1001', position: 1 });
  });
  it('maps a retired code to its replacement in the years it was valid', () => {
    expect(resolve('91.01.01.1002', 2021)).toEqual({ ok: true, current: '93.01.01.1002', position: 0, retiredPrefix: '91.01' });
  });
  it('refuses a retired code after it was retired, naming the replacement', () => {
    expect(resolve('91.01.01.1002', 2023)).toEqual({ ok: false, problem: 'code.retired', replacement: '93.01.01.1002', until: '2022-12-31' });
  });
  it('refuses a new code before it existed, naming the old one', () => {
    expect(resolve('93.01.01.1002', 2021)).toEqual({ ok: false, problem: 'code.not-yet-valid', replacement: '91.01.01.1002', until: '2022-12-31' });
  });
  it('reads a reused code by the year: old meaning until retired, current meaning after', () => {
    expect(resolve('94.01.01.1002', 2019)).toMatchObject({ ok: true, current: '93.01.01.1002' });
    expect(resolve('94.01.01.2001', 2024)).toEqual({ ok: true, current: '94.01.01.2001', position: 2 });
  });
  it('refuses codes in neither list, and matches prefixes only at code boundaries', () => {
    expect(resolve('31.72.01.9999', 2024)).toEqual({ ok: false, problem: 'code.unknown' });
    expect(resolve('91.011.01.100', 2021)).toEqual({ ok: false, problem: 'code.unknown' });
  });
});
