import { describe, expect, it } from 'vitest';
import { auditProtection } from '../../src/pipeline/protect/audit.ts';
import { addCell, emptyProblem, LAST_RESORT_COST, type ProtectionProblem } from '../../src/pipeline/protect/problem.ts';
import { protectCells } from '../../src/pipeline/protect/protect.ts';
import { chooseComplement, suppress } from '../../src/pipeline/protect/suppression.ts';

const config = { threshold: 10, possibleValues: 10 };

/** A table whose total is published: total = Σ parts, every cell a person count. */
function rowTotal(parts: number[]): { problem: ProtectionProblem; total: number; parts: number[] } {
  const problem = emptyProblem();
  const total = addCell(problem, { label: 'total', value: parts.reduce((a, b) => a + b, 0), sensitive: true, cost: 2 });
  const cells = parts.map((value, i) => addCell(problem, { label: `part${i}`, value, sensitive: true }));
  problem.sums.push({ total, parts: cells });
  return { problem, total, parts: cells };
}

describe('attack: a suppressed cell derived from its row total', () => {
  const { problem, parts } = rowTotal([3, 25, 40]);
  it('the audit catches primary suppression alone (3 = 68 − 25 − 40)', async () => {
    const audit = await auditProtection(problem, new Set([parts[0]!]), config);
    expect(audit.failures.map((f) => [f.label, f.min, f.max])).toEqual([['part0', 3, 3]]);
  });
  it('secondary suppression hides a second part large enough, and the audit passes', async () => {
    const result = await protectCells(problem, config);
    expect([...result.suppressed].sort()).toEqual([parts[0], parts[1]]);
    expect(result.audit.failures).toEqual([]);
    expect(result.audit.ranges).toMatchObject([{ cell: parts[0], label: 'part0', value: 3 }]);
    expect(result.audit.fewestPossibleValues).toBeGreaterThanOrEqual(10);
  });
  it('does not pick a complement too small to protect (3 + 2 < 10)', async () => {
    const { problem: p, parts: cells } = rowTotal([3, 12, 2, 40]);
    const result = await protectCells(p, config);
    // part2 = 2 is itself primary; 3 + 2 = 5 < 10, so a third, larger part must go too
    expect(result.suppressed.has(cells[0]!) && result.suppressed.has(cells[2]!)).toBe(true);
    expect(result.suppressed.has(cells[1]!)).toBe(true);
    expect(result.audit.fewestPossibleValues).toBeGreaterThanOrEqual(10);
  });
});

describe('attack: a suppressed kab/kota derived from the province total', () => {
  it('is caught by the audit and prevented by secondary suppression across the hierarchy', async () => {
    const problem = emptyProblem();
    const nation = addCell(problem, { label: 'ID', value: 0, sensitive: true, cost: 1000 });
    const provinces = [0, 1].map((p) => addCell(problem, { label: `prov${p}`, value: 0, sensitive: true, cost: 3 }));
    const kabs = [[4, 30, 50], [60, 70]].map((values, p) =>
      values.map((value, i) => addCell(problem, { label: `kab${p}.${i}`, value, sensitive: true })),
    );
    kabs.forEach((cells, p) => {
      problem.values[provinces[p]!] = cells.reduce((sum, c) => sum + problem.values[c]!, 0);
      problem.sums.push({ total: provinces[p]!, parts: cells });
    });
    problem.values[nation] = problem.values[provinces[0]!]! + problem.values[provinces[1]!]!;
    problem.sums.push({ total: nation, parts: provinces });
    const naive = await auditProtection(problem, new Set([kabs[0]![0]!]), config);
    expect(naive.failures).toHaveLength(1);
    const result = await protectCells(problem, config);
    expect(result.suppressed.has(kabs[0]![1]!)).toBe(true);
    expect(result.suppressed.has(nation)).toBe(false);
    expect(result.audit.failures).toEqual([]);
  });
});

describe('complements of last resort', () => {
  const problem = emptyProblem();
  const national = addCell(problem, { label: 'ID', value: 20, cost: LAST_RESORT_COST });
  const small = addCell(problem, { label: 'kab.small', value: 3 });
  const large = addCell(problem, { label: 'kab.large', value: 500, cost: 3 });
  it('are passed over for any other published cell, even one too small or costly', () => {
    expect(chooseComplement(problem, [national, large], 9)).toBe(large);
    expect(chooseComplement(problem, [national, small], 9)).toBe(small);
  });
  it('are chosen where nothing else is published', () => {
    expect(chooseComplement(problem, [national], 9)).toBe(national);
  });
});

describe('attack: men derived as participants − women', () => {
  it('protects the hidden small complement by suppressing the women count', async () => {
    const problem = emptyProblem();
    const peserta = addCell(problem, { label: 'peserta', value: 15, sensitive: true, cost: 2 });
    const perempuan = addCell(problem, { label: 'perempuan', value: 12, sensitive: true });
    const laki = addCell(problem, { label: 'laki-laki', value: 3, sensitive: true, hidden: true });
    problem.sums.push({ total: peserta, parts: [perempuan, laki] });
    const naive = await auditProtection(problem, new Set(), config);
    expect(naive.failures.map((f) => [f.label, f.min, f.max])).toEqual([['laki-laki', 3, 3]]);
    const result = await protectCells(problem, config);
    expect(result.suppressed.has(perempuan)).toBe(true);
    expect(result.audit.failures).toEqual([]);
    expect(result.audit.ranges).toMatchObject([{ cell: laki, label: 'laki-laki', value: 3 }]);
  });
});

describe('attack: a suppressed year derived from a published year-on-year change', () => {
  it('is caught by the audit, and the change is suppressed with its source', async () => {
    const problem = emptyProblem();
    const y2020 = addCell(problem, { label: '2020', value: 20, sensitive: true });
    const y2021 = addCell(problem, { label: '2021', value: 5, sensitive: true });
    const change = addCell(problem, { label: 'change', value: -15, lowerBound: -Infinity });
    problem.derivedFrom.set(change, [y2020, y2021]);
    const leaky = await auditProtection(problem, new Set([y2021]), config);
    expect(leaky.failures.map((f) => [f.label, f.min, f.max])).toEqual([['2021', 5, 5]]);
    const { suppressed } = suppress(problem, config);
    expect(suppressed.has(change)).toBe(true);
    const audit = await auditProtection(problem, suppressed, config);
    expect(audit.failures).toEqual([]);
  });
});

describe('audit', () => {
  it('flags a small count that was published', async () => {
    const { problem } = rowTotal([3, 25, 40]);
    const audit = await auditProtection(problem, new Set(), config);
    expect(audit.failures.map((f) => f.label)).toEqual(['part0']);
  });
  it('respects order relations (graduates ≤ participants) when bounding', async () => {
    const problem = emptyProblem();
    const peserta = addCell(problem, { label: 'peserta', value: 8, sensitive: true });
    const lulus = addCell(problem, { label: 'lulus', value: 6, sensitive: true });
    problem.atMost.push({ part: lulus, whole: peserta });
    const onlyGraduates = await auditProtection(problem, new Set([lulus, peserta]), config);
    expect(onlyGraduates.failures).toEqual([]);
    const graduatesHidden = await auditProtection(problem, new Set([lulus]), config);
    // peserta 8 is published (itself a failure) and bounds lulus to [0, 8]: narrower than 10
    expect(graduatesHidden.failures.map((f) => [f.label, f.min, f.max])).toEqual([['peserta', 8, 8], ['lulus', 0, 8]]);
  });
});
