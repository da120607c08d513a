import type { LinearConstraint } from './linear-ranges.ts';
import { certifyAll, type CertifyJob } from './lp-pool.ts';
import { needsProtection, requiredSpan, unknownTo, wholeValuesIn, type DisclosureConfig, type ProtectionProblem } from './problem.ts';

/** What a reader can learn about one protected cell from everything published. */
export interface CellRange {
  cell: number;
  label: string;
  value: number;
  min: number;
  max: number;
  /** True when min and max are the exact optimum; false when they are an inner bound wide enough. */
  exact: boolean;
}

export interface AuditResult {
  /** Ranges of every protected cell (small person counts, published or hidden). */
  ranges: CellRange[];
  /** Protected cells left with fewer possible values than configured. */
  failures: CellRange[];
  /** The fewest possible values of any protected cell (Infinity when none); a lower bound where not exact. */
  fewestPossibleValues: number;
  components: number;
  largestComponent: number;
  linearPrograms: number;
}

/**
 * For every protected cell, the exact range of values consistent with all published figures:
 * the published relations, the order relations, and non-negativity, solved as linear programs
 * over each connected group of unknown cells. A protected cell that is published, or whose range
 * holds fewer than `possibleValues` whole values, is a failure. The problem may hold the cells and
 * relations of earlier releases too (`release-history.ts`): then the ranges are those a reader
 * gets from every release together.
 */
export async function auditProtection(
  problem: ProtectionProblem,
  suppressed: ReadonlySet<number>,
  config: DisclosureConfig,
  /** Audit only these protected cells (the others are known to pass). */
  only?: ReadonlySet<number>,
): Promise<AuditResult> {
  const protect = needsProtection(problem, config).map((needed, cell) => needed && (!only || only.has(cell)));
  const unknown = unknownTo(problem, suppressed);
  const range = (cell: number, min: number, max: number, exact = true): CellRange => ({ cell, label: problem.labels[cell]!, value: problem.values[cell]!, min, max, exact });
  const failures: CellRange[] = [];
  const ranges: CellRange[] = [];
  for (let cell = 0; cell < protect.length; cell++) {
    if (protect[cell] && !unknown(cell)) failures.push(range(cell, problem.values[cell]!, problem.values[cell]!));
  }

  const jobs = certifyJobs(problem, unknown, protect, config);
  const solved = await certifyAll(jobs.map(({ job }) => job));
  let linearPrograms = 0;
  jobs.forEach(({ wanted }, jobIndex) => {
    const result = solved[jobIndex]!;
    linearPrograms += result.linearPrograms;
    wanted.forEach((cell, index) => {
      const { min, max, exact } = result.ranges[index]!;
      const cellRange = range(cell, min, max, exact);
      ranges.push(cellRange);
      if (wholeValuesIn(min, max) < config.possibleValues) failures.push(cellRange);
    });
  });
  const counts = ranges.map((r) => wholeValuesIn(r.min, r.max));
  return {
    ranges,
    failures,
    fewestPossibleValues: counts.length ? Math.min(...counts) : Infinity,
    components: jobs.length,
    largestComponent: Math.max(0, ...jobs.map(({ size }) => size)),
    linearPrograms,
  };
}

/**
 * The connected groups of unknown cells that hold a protected cell, each as a linear system over
 * its unknowns (published cells folded into the constants), with the true values as a known solution.
 */
function certifyJobs(problem: ProtectionProblem, unknown: (cell: number) => boolean, protect: readonly boolean[], config: DisclosureConfig) {
  const groups = connectedGroups(problem, unknown, protect);
  const jobs: { wanted: number[]; size: number; job: CertifyJob }[] = [];
  for (const group of groups) {
    const wanted = group.cells.filter((cell) => protect[cell]);
    if (wanted.length === 0) continue;
    const position = new Map(group.cells.map((cell, index) => [cell, index]));
    const constraints: LinearConstraint[] = group.relations.map((relation) => {
      let constant = 0;
      const terms: [number, number][] = [];
      for (const [cell, coefficient] of relation.terms) {
        if (unknown(cell)) terms.push([position.get(cell)!, coefficient]);
        else constant += coefficient * problem.values[cell]!;
      }
      return relation.kind === 'equal' ? { terms, lower: -constant, upper: -constant } : { terms, lower: -Infinity, upper: -constant };
    });
    jobs.push({
      wanted,
      size: group.cells.length,
      job: {
        system: { lower: group.cells.map((cell) => problem.lowerBound[cell]!), upper: group.cells.map(() => Infinity), constraints },
        wanted: wanted.map((cell) => position.get(cell)!),
        knownSolution: group.cells.map((cell) => problem.values[cell]!),
        requiredWidth: requiredSpan(config),
      },
    });
  }
  return jobs;
}

/** Unknown cells joined by the relations that bind them (union–find), with those relations. */
function connectedGroups(problem: ProtectionProblem, unknown: (cell: number) => boolean, protect: readonly boolean[]) {
  const relations = linearRelations(problem);
  const occurrences = new Map<number, number>();
  for (const relation of relations) for (const [cell] of relation.terms) occurrences.set(cell, (occurrences.get(cell) ?? 0) + 1);
  // A relation holding an unknown cell that is free in both directions and appears nowhere else
  // constrains nothing (the free cell absorbs any value): leave it out.
  const binding = relations.filter(
    (relation) =>
      relation.terms.some(([cell]) => unknown(cell)) &&
      !relation.terms.some(([cell]) => unknown(cell) && problem.lowerBound[cell] === -Infinity && occurrences.get(cell) === 1),
  );
  const parent = new Map<number, number>();
  const find = (cell: number): number => {
    let root = cell;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    parent.set(cell, root);
    return root;
  };
  for (const relation of binding) {
    const cells = relation.terms.map(([cell]) => cell).filter(unknown);
    for (const cell of cells) if (!parent.has(cell)) parent.set(cell, cell);
    for (const cell of cells.slice(1)) parent.set(find(cell), find(cells[0]!));
  }
  for (let cell = 0; cell < protect.length; cell++) if (protect[cell] && unknown(cell) && !parent.has(cell)) parent.set(cell, cell);

  const groups = new Map<number, { cells: number[]; relations: LinearRelation[] }>();
  for (const cell of parent.keys()) {
    const root = find(cell);
    const group = groups.get(root) ?? { cells: [], relations: [] };
    group.cells.push(cell);
    groups.set(root, group);
  }
  for (const relation of binding) {
    const first = relation.terms.find(([cell]) => unknown(cell))![0];
    groups.get(find(first))!.relations.push(relation);
  }
  return groups.values();
}

interface LinearRelation {
  kind: 'equal' | 'at-most';
  /** Σ coefficient·cell = 0 (equal) or ≤ 0 (at-most). */
  terms: [number, number][];
}

function linearRelations(problem: ProtectionProblem): LinearRelation[] {
  const relations: LinearRelation[] = [];
  for (const sum of problem.sums) {
    relations.push({ kind: 'equal', terms: [[sum.total, 1], ...sum.parts.map((part): [number, number] => [part, -1])] });
  }
  for (const { part, whole } of problem.atMost) relations.push({ kind: 'at-most', terms: [[part, 1], [whole, -1]] });
  for (const [change, [from, to]] of problem.derivedFrom as Map<number, [number, number]>) {
    // change = later − earlier, listed as [earlier, later]
    relations.push({ kind: 'equal', terms: [[change, 1], [to, -1], [from, 1]] });
  }
  return relations;
}
