import { describe, expect, it } from 'vitest';
import { addCell, emptyProblem } from '../../src/pipeline/protect/problem.ts';
import { AT_MOST, CHANGE, cellsOf, relationIndex, relationsOfCell, SUM } from '../../src/pipeline/protect/relation-index.ts';

describe('relationIndex', () => {
  it('numbers the sums, then the order relations, then the changes, and lists each cell’s relations in that order', () => {
    const problem = emptyProblem();
    const [total, a, b, lulus, y1, y2, change] = ['total', 'a', 'b', 'lulus', 'y1', 'y2', 'change'].map((label) => addCell(problem, { label, value: 1 })) as [number, number, number, number, number, number, number];
    problem.sums.push({ total, parts: [a, b] }, { total: y2, parts: [a] });
    problem.atMost.push({ part: lulus, whole: a });
    problem.derivedFrom.set(change, [y1, y2]);
    const index = relationIndex(problem);
    expect(index.count).toBe(4);
    expect([...index.kind]).toEqual([SUM, SUM, AT_MOST, CHANGE]);
    expect([0, 1, 2, 3].map((relation) => [...cellsOf(index, relation)])).toEqual([[total, a, b], [y2, a], [lulus, a], [change, y1, y2]]);
    expect([...relationsOfCell(index, a)]).toEqual([0, 1, 2]);
    expect([...relationsOfCell(index, y2)]).toEqual([1, 3]);
    expect([...relationsOfCell(index, total)]).toEqual([0]);
  });

  it('is built again when the problem grows', () => {
    const problem = emptyProblem();
    const [x, y] = [addCell(problem, { label: 'x', value: 1 }), addCell(problem, { label: 'y', value: 1 })];
    problem.sums.push({ total: x, parts: [y] });
    expect(relationIndex(problem).count).toBe(1);
    const z = addCell(problem, { label: 'z', value: 0 });
    problem.sums.push({ total: x, parts: [z] });
    expect([...relationsOfCell(relationIndex(problem), x)]).toEqual([0, 1]);
  });
});
