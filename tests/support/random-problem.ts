/**
 * Random protection problems shaped like the real one (for tests that compare two ways of doing
 * the same thing): tables of rows × columns with their totals under a grand total, small counts,
 * groups of cells suppressed together, year-on-year changes, cells known from an earlier release,
 * cells of last resort. Deterministic in `seed`.
 */
import { addCell, emptyProblem, type ProtectionProblem } from '../../src/pipeline/protect/problem.ts';

export function randomProblem(seed: number): ProtectionProblem {
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const problem = emptyProblem();
  const value = () => (random() < 0.3 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 40));
  const cell = (label: string, v = value()) => addCell(problem, { label, value: v, sensitive: true, known: random() < 0.03, cost: random() < 0.1 ? 1000 : 1 + Math.floor(random() * 3) });
  const sumOf = (cells: number[]) => cells.reduce((sum, c) => sum + problem.values[c]!, 0);
  // Tables of rows × columns with row, column and grand totals (each inner cell in two relations).
  const grands: number[] = [];
  for (let t = 0; t < 4; t++) {
    const [rows, cols] = [2 + Math.floor(random() * 4), 2 + Math.floor(random() * 4)];
    const inner = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(`t${t}r${r}c${c}`)));
    const rowTotals = inner.map((row, r) => cell(`t${t}r${r}`, sumOf(row)));
    const colTotals = inner[0]!.map((_, c) => cell(`t${t}c${c}`, sumOf(inner.map((row) => row[c]!))));
    inner.forEach((row, r) => problem.sums.push({ total: rowTotals[r]!, parts: row }));
    colTotals.forEach((total, c) => problem.sums.push({ total, parts: inner.map((row) => row[c]!) }));
    const grand = cell(`t${t}`, sumOf(rowTotals));
    problem.sums.push({ total: grand, parts: rowTotals }, { total: grand, parts: colTotals });
    if (random() < 0.5) problem.groups.push([inner[0]![0]!, inner[1]![1]!]);
    if (t > 0 && random() < 0.5) {
      const change = addCell(problem, { label: `d${t}`, value: problem.values[grand]! - problem.values[grands[t - 1]!]!, lowerBound: -Infinity });
      problem.derivedFrom.set(change, [grands[t - 1]!, grand]);
    }
    grands.push(grand);
  }
  problem.sums.push({ total: cell('all', sumOf(grands)), parts: grands });
  return problem;
}
