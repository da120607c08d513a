/**
 * The disclosure-control problem in the abstract: cells with true values, additive relations
 * between them (`total = Σ parts`), order relations (`part ≤ whole`), and which cells are
 * person counts. Everything in `protect/` works on this shape; `public-tables.ts` builds it
 * from the public tables.
 */
export interface ProtectionProblem {
  /** A readable name per cell, for reports and tests (`2024|31.72|program|semua|peserta`). */
  labels: string[];
  /** The Kemendagri code of the region each cell counts (kab/kota, province, `ID`); '' for none. */
  regions: string[];
  values: number[];
  /** Counts of persons: protected when 1 … k−1. */
  sensitive: boolean[];
  /** Protected whatever their value, zero included: the counts of a small programme group (config.ts, PROGRAMME_SPLIT_FIELDS). */
  protectAlways: boolean[];
  /** Never published (e.g. men = participants − women): always unknown to a reader. */
  hidden: boolean[];
  /**
   * Published in an earlier release with the value it has now (or a value of an earlier release
   * only): known to every reader whatever this build does, so hiding it now would protect nothing.
   */
  known: boolean[];
  /** Smallest possible value: 0 for counts, −∞ for year-on-year changes. */
  lowerBound: number[];
  /** How much suppressing the cell costs the reader (higher: avoid). */
  cost: number[];
  /** Cells that are published only when every cell they are computed from is (changes). */
  derivedFrom: Map<number, number[]>;
  sums: SumRelation[];
  atMost: { part: number; whole: number }[];
  /**
   * Cells suppressed together: when one is, all are (e.g. the person counts of one program
   * record, so that participants, women, graduates and entrepreneurs cannot bound each other).
   */
  groups: number[][];
}

/** A cost at or above which a cell is a complement of last resort: chosen only where no other published cell can be. */
export const LAST_RESORT_COST = 1e9;

export interface SumRelation {
  total: number;
  parts: number[];
}

export interface DisclosureConfig {
  /** Person counts 1 … threshold−1 are suppressed. */
  threshold: number;
  /**
   * Every protected cell must keep at least this many possible whole values, given everything
   * published (a range [min, max] holds ⌊max⌋ − ⌈min⌉ + 1 of them). With 10, a reader can never
   * narrow a hidden count down further than "one of ten values".
   */
  possibleValues: number;
}

/** The width a range needs to hold `possibleValues` whole values. */
export function requiredSpan(config: DisclosureConfig): number {
  return config.possibleValues - 1;
}

/** How many whole values lie in [min, max] (with a tolerance for solver round-off). */
export function wholeValuesIn(min: number, max: number): number {
  if (!Number.isFinite(max) || !Number.isFinite(min)) return Infinity;
  return Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) + 1;
}

export function emptyProblem(): ProtectionProblem {
  return {
    labels: [],
    regions: [],
    values: [],
    sensitive: [],
    protectAlways: [],
    hidden: [],
    known: [],
    lowerBound: [],
    cost: [],
    derivedFrom: new Map(),
    sums: [],
    atMost: [],
    groups: [],
  };
}

export interface CellSpec {
  label: string;
  region?: string;
  value: number;
  sensitive?: boolean;
  protectAlways?: boolean;
  hidden?: boolean;
  known?: boolean;
  lowerBound?: number;
  cost?: number;
}

/** Adds a cell and returns its index. */
export function addCell(problem: ProtectionProblem, spec: CellSpec): number {
  problem.labels.push(spec.label);
  problem.regions.push(spec.region ?? '');
  problem.values.push(spec.value);
  problem.sensitive.push(spec.sensitive ?? false);
  problem.protectAlways.push(spec.protectAlways ?? false);
  problem.hidden.push(spec.hidden ?? false);
  problem.known.push(spec.known ?? false);
  problem.lowerBound.push(spec.lowerBound ?? 0);
  problem.cost.push(spec.cost ?? 1);
  return problem.values.length - 1;
}

/**
 * Cells that must be protected: person counts from 1 to threshold − 1, in this build or in any
 * earlier release, every person count whose value nobody recorded (NaN: a `[c]` of an earlier
 * release without its private record), since it may be small, and every count of a small
 * programme group.
 */
export function needsProtection(problem: ProtectionProblem, config: DisclosureConfig): readonly boolean[] {
  // Asked by the suppression and the audit of every round: worked out once per problem and threshold (again if cells were added).
  const size = problemSize(problem);
  const cached = protectedCache.get(problem);
  if (cached?.size === size && cached.threshold === config.threshold) return cached.protect;
  const protect = problem.values.map(
    (value, index) =>
      problem.protectAlways[index] === true || (problem.sensitive[index] === true && ((value >= 1 && value < config.threshold) || Number.isNaN(value))),
  );
  protectedCache.set(problem, { size, threshold: config.threshold, protect });
  return protect;
}
const protectedCache = new WeakMap<ProtectionProblem, { size: string; threshold: number; protect: readonly boolean[] }>();

/**
 * What a reader cannot read off any release: never published, or suppressed now and never
 * published before. `suppressed` as a set of cells, or as a mask over them (1: suppressed), which
 * the suppression reads for every cell of every relation.
 */
export function unknownTo(problem: ProtectionProblem, suppressed: ReadonlySet<number> | Uint8Array): (cell: number) => boolean {
  const { hidden, known } = problem;
  if (suppressed instanceof Uint8Array) return (cell) => (hidden[cell] === true || suppressed[cell] === 1) && known[cell] !== true;
  return (cell) => (hidden[cell] === true || suppressed.has(cell)) && known[cell] !== true;
}

/** How many cells and relations the problem has: what caches of its relations are checked against. */
export function problemSize(problem: ProtectionProblem): string {
  return [problem.values.length, problem.sums.length, problem.atMost.length, problem.derivedFrom.size, problem.groups.length].join();
}
