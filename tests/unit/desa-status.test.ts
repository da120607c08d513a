import { describe, expect, it } from 'vitest';
import { KATEGORI } from '../../src/pipeline/contract/kawasan.ts';
import { bersinarOf, categoryRank, DesaStatuses, desaStatusOf } from '../../src/pipeline/aggregate/desa-status.ts';
import { DesaIndex } from '../../src/pipeline/reference/desa-index.ts';

const codes = ['31.72.01.1001', '31.72.01.1002', '32.01.01.2001', '93.01.01.1002'];

describe('the desa index', () => {
  it('keeps the reference’s order, gives each code its position and -1 for others', () => {
    const index = new DesaIndex([...codes, codes[1]!]);
    expect(index.size).toBe(4);
    expect([...index]).toEqual(codes);
    expect(codes.map((code) => index.indexOf(code))).toEqual([0, 1, 2, 3]);
    expect(index.indexOf('31.72.01.9999')).toBe(-1);
    expect(index.has(codes[2]!)).toBe(true);
    expect(index.has('31.72.01')).toBe(false);
    expect(index.codeAt(3)).toBe(codes[3]);
  });
});

describe('desa statuses by position', () => {
  it('tells an assessed desa whose status is 0 (bahaya, no Bersinar answer) from one not assessed', () => {
    const statuses = new DesaStatuses(new DesaIndex(codes));
    const bahaya = desaStatusOf({ kategori: 'bahaya', bersinar: undefined });
    expect(bahaya).toBe(0);
    statuses.set(codes[2]!, bahaya);
    expect(statuses.get(codes[2]!)).toBe(0);
    expect(statuses.get(codes[0]!)).toBeUndefined();
    expect(statuses.get('00.00.00.0000')).toBeUndefined();
  });

  it('gives back every category and Bersinar answer, in the reference’s order, also from bytes copied to another index of the same codes', () => {
    const statuses = new DesaStatuses(new DesaIndex(codes));
    const written: [string, number][] = [];
    KATEGORI.forEach((kategori, rank) => {
      const bersinar = [undefined, true, false, true][rank];
      const status = desaStatusOf({ kategori, bersinar });
      statuses.set(codes[3 - rank]!, status);
      written.push([codes[3 - rank]!, status]);
      expect(categoryRank(status)).toBe(rank);
      expect(bersinarOf(status)).toBe(bersinar);
    });
    const copy = new DesaStatuses(new DesaIndex(codes), structuredClone(statuses.bytes));
    expect([...copy]).toEqual(written.toReversed());
    for (const [code, status] of written) expect(copy.get(code)).toBe(status);
  });

  it('refuses a code outside the reference and bytes of another length', () => {
    const index = new DesaIndex(codes);
    expect(() => new DesaStatuses(index).set('31.72.01.9999', 1)).toThrow(/not in the reference/);
    expect(() => new DesaStatuses(index, new Uint8Array(3))).toThrow(/3 bytes for 4 desa/);
  });
});
