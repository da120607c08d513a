/**
 * The LP workers' warm-up (lp-warm-up.ts) and the pool that runs it: the made-up component takes
 * the paths a year's programme cells take (large enough for the presolved first LP, searched in
 * blocks, and cells only the whole component can move), and workers that ran it, solving every
 * component as a large problem's audit has them, give what the calling thread gives.
 */
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_CONFIG } from '../../src/pipeline/protect/config.ts';
import { certifyRanges, PRESOLVED_FIRST_FROM } from '../../src/pipeline/protect/linear-ranges.ts';
import { certifyAll, certifyJob, lpWorkers, WARM_UP, type CertifyJob } from '../../src/pipeline/protect/lp-pool.ts';
import { warmUpComponent, warmUpSolver } from '../../src/pipeline/protect/lp-warm-up.ts';
import { requiredSpan } from '../../src/pipeline/protect/problem.ts';

describe('the LP warm-up component', () => {
  it('takes the presolved first LP, the blocks and LPs over the whole component', async () => {
    const { system, known, wanted, blocks, pairs } = warmUpComponent();
    expect(system.lower.length).toBeGreaterThanOrEqual(PRESOLVED_FIRST_FROM);
    const { ranges, linearPrograms } = await certifyRanges(system, wanted, known, requiredSpan(DISCLOSURE_CONFIG), undefined, undefined, blocks);
    expect(linearPrograms).toBeGreaterThan(blocks.length);
    // A pair's cells lie in blocks apart: a cell of a pair that moved off its true value moved in an LP of the whole table.
    const movedByTheWhole = pairs.filter((pair) => pair.every((cell) => ranges[cell]!.bound === 'inner' && ranges[cell]!.max - ranges[cell]!.min >= 9));
    expect(movedByTheWhole.length).toBeGreaterThanOrEqual(3);
    // Every cell outside the pairs lies in a block and is wide there.
    const paired = new Set(pairs.flat());
    expect(ranges.filter((range, cell) => !paired.has(cell) && range.max - range.min < 9)).toEqual([]);
    expect(await warmUpSolver()).toBe(linearPrograms);
  });
});

describe('certifyAll on warmed workers', () => {
  it('solves every component, small ones too, as the calling thread does', async () => {
    const { system, known, wanted, blocks } = warmUpComponent();
    const big: CertifyJob = { system, wanted, knownSolution: known, requiredWidth: 9, blocks };
    // A small component: two cells under a published sum of 5 (too narrow) and a third free.
    const small: CertifyJob = {
      system: { lower: new Float64Array(3), upper: new Float64Array(3).fill(Infinity), rowLower: Float64Array.of(5), rowUpper: Float64Array.of(5), starts: Int32Array.of(0, 2), indices: Int32Array.of(0, 1), values: Float64Array.of(1, 1) },
      wanted: [0, 1, 2],
      knownSolution: Float64Array.of(2, 3, 4),
      requiredWidth: 9,
    };
    const workers = lpWorkers(2);
    workers.start();
    workers.share(WARM_UP);
    try {
      const solved = await certifyAll([small, big, small], 2, workers, undefined, { cached: 0 }, true);
      const inline = await Promise.all([small, big, small].map(certifyJob));
      expect(solved.map((result) => result.ranges)).toEqual(inline.map((result) => result.ranges));
      expect(solved[0]!.ranges.map((range) => range.bound)).toEqual(['outer', 'outer', 'inner']);
      // One component alone goes to the warm workers too.
      expect((await certifyAll([small], 2, workers, undefined, { cached: 0 }, true))[0]!.ranges).toEqual(inline[0]!.ranges);
    } finally {
      await workers.close();
    }
  });
});
