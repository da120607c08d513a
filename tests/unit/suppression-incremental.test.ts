/**
 * `suppressMore` (the rounds of protection add a few complements to a finished suppression) must
 * give exactly what `suppress` gives from scratch with those cells added to its start: the same
 * suppressed cells and the same relations left unresolved. Checked on random problems shaped
 * like the real one: tables of rows × columns with their totals under a grand total, small
 * counts, groups of cells suppressed together, year-on-year changes, cells known from an earlier
 * release. The order in which relations are looked at matters on these: a suppressMore that looks
 * at a touched relation later than a run from scratch would fails this test.
 */
import { describe, expect, it } from 'vitest';
import { suppress, suppressMore } from '../../src/pipeline/protect/suppression.ts';
import { randomProblem } from '../support/random-problem.ts';

const config = { threshold: 10, possibleValues: 10 };

describe('suppressMore', () => {
  it('gives what suppress from scratch gives, on 500 random problems and additions', () => {
    let compared = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const problem = randomProblem(seed);
      const first = suppress(problem, config);
      const published = problem.values.map((_, cell) => cell).filter((cell) => !first.suppressed.has(cell) && !problem.known[cell]);
      if (published.length === 0) continue;
      const more = [published[seed % published.length]!, published[(seed * 7) % published.length]!];
      const scratch = suppress(problem, config, [...first.suppressed, ...more]);
      const incremental = suppressMore(problem, config, first, more);
      expect([...incremental.suppressed].sort((a, b) => a - b)).toEqual([...scratch.suppressed].sort((a, b) => a - b));
      expect([...incremental.unresolved].sort((a, b) => a - b)).toEqual([...scratch.unresolved].sort((a, b) => a - b));
      if (scratch.suppressed.size > first.suppressed.size + more.length) compared++;
    }
    // Enough of the additions set complements off (a test of the order relations are looked at in).
    expect(compared).toBeGreaterThan(50);
  });
});
