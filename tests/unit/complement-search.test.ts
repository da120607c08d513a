/**
 * `complementSearch` (the published cell each failing cell of an audit round gets as its next
 * complement) walks the relation index with marks kept between searches. It must choose what a
 * plain breadth-first search with sets chooses (below: the search as it was written before),
 * including the ties `chooseComplement` breaks by the order cells are met, for every start cell
 * of 100 random problems (with the configured span, and with one no cell makes up), one search
 * function reused for all of a problem's starts.
 */
import { describe, expect, it } from 'vitest';
import { LAST_RESORT_COST, requiredSpan, unknownTo, type ProtectionProblem } from '../../src/pipeline/protect/problem.ts';
import { complementSearch } from '../../src/pipeline/protect/protect.ts';
import { CHANGE, cellsOf, relationIndex, relationsOfCell } from '../../src/pipeline/protect/relation-index.ts';
import { chooseComplement, suppress } from '../../src/pipeline/protect/suppression.ts';
import { randomProblem } from '../support/random-problem.ts';

const config = { threshold: 10, possibleValues: 10 };
const DEPTH = 4;

function referenceSearch(problem: ProtectionProblem, start: number, unknown: (cell: number) => boolean, span: number): number | undefined {
  const index = relationIndex(problem);
  const neighbours = (cell: number) => Array.from(relationsOfCell(index, cell)).filter((relation) => index.kind[relation] !== CHANGE);
  for (const lastResort of [false, true]) {
    let frontier = [start];
    const seen = new Set(frontier);
    for (let depth = 0; depth < DEPTH && frontier.length > 0; depth++) {
      const reached = [...new Set(frontier.flatMap((cell) => neighbours(cell).flatMap((relation) => [...cellsOf(index, relation)])))];
      const published = reached.filter((cell) => !unknown(cell) && (lastResort || problem.cost[cell]! < LAST_RESORT_COST));
      const candidate = chooseComplement(problem, published, span);
      if (candidate !== undefined) return candidate;
      frontier = reached.filter((cell) => unknown(cell) && !seen.has(cell));
      for (const cell of frontier) seen.add(cell);
    }
  }
  return undefined;
}

describe('complementSearch', () => {
  it('chooses what a breadth-first search with sets chooses, on 100 random problems', () => {
    let searches = 0;
    let found = 0;
    let deep = 0;
    let lastResort = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const problem = randomProblem(seed);
      // Some cells of last resort, chosen only when a search without them found nothing.
      for (let cell = seed % 7; cell < problem.values.length; cell += 7) if (Number.isFinite(problem.cost[cell]!)) problem.cost[cell] = LAST_RESORT_COST;
      const { suppressed } = suppress(problem, config);
      const hidden = unknownTo(problem, suppressed);
      // As in a round: cells chosen earlier count as hidden for the later searches.
      const chosen = new Set<number>();
      const unknown = (cell: number) => hidden(cell) || chosen.has(cell);
      const search = complementSearch(problem);
      for (let cell = 0; cell < problem.values.length; cell++) {
        // A span larger than every value: no cell makes up the deficit, the largest is chosen,
        // the first met among equals.
        const wide = referenceSearch(problem, cell, unknown, 100);
        expect(search(cell, unknown, 100)).toBe(wide);
        const expected = referenceSearch(problem, cell, unknown, requiredSpan(config));
        expect(search(cell, unknown, requiredSpan(config))).toBe(expected);
        searches++;
        if (expected === undefined) continue;
        found++;
        if (!relationsOfCell(relationIndex(problem), cell).some((relation) => cellsOf(relationIndex(problem), relation).includes(expected))) deep++;
        if (problem.cost[expected] === LAST_RESORT_COST) lastResort++;
        if (seed % 3 === 0) chosen.add(expected);
      }
    }
    // The searches found complements, some of them beyond the start's own relations, some of last resort.
    expect(searches).toBeGreaterThan(5_000);
    expect(found).toBeGreaterThan(searches / 4);
    expect(deep).toBeGreaterThan(300);
    expect(lastResort).toBeGreaterThan(50);
  });
});
