import { pruneAuditCache, type AuditCache } from './audit-cache.ts';
import { auditProtection, auditSession, fewestPossibleValues, type AuditResult, type AuditSession } from './audit.ts';
import { LAST_RESORT_COST, requiredSpan, unknownTo, type DisclosureConfig, type ProtectionProblem } from './problem.ts';
import { CHANGE, relationIndex } from './relation-index.ts';
import { chooseComplement, suppress, suppressMore } from './suppression.ts';

export interface ProtectionResult {
  primary: Set<number>;
  suppressed: Set<number>;
  audit: AuditResult;
  rounds: number;
}

/**
 * Rounds before the build gives up. A round costs ~1 s once the first is done, and the last rounds
 * often fix one cell each (a count of a small programme group that several hidden records pin:
 * the national 10-year set needs 12), so the limit leaves room: giving up stops the build.
 */
const MAX_ROUNDS = 30;
const MAX_SEARCH_DEPTH = 4;

/**
 * Suppression until the audit passes. After each audit, every cell still too narrowly bounded
 * gets one more complementary suppression in the nearest relation that still has a published
 * cell to give (its own relations first, then those reached through its hidden neighbours), and
 * the secondary pass runs again over the relations those cells touch (`suppressMore`). If the
 * audit still fails after MAX_ROUNDS, the failures are returned and the build must stop.
 */
export async function protectCells(
  problem: ProtectionProblem,
  config: DisclosureConfig,
  /** Cells to suppress from the start (those an earlier release suppressed, with the same value). */
  start: Iterable<number> = [],
  /** Components' results kept between builds (audit-cache.ts). */
  cache?: AuditCache,
): Promise<ProtectionResult> {
  const session = auditSession(problem, cache);
  const started = Date.now();
  try {
    return await protectInRounds(problem, config, start, session);
  } finally {
    await session.workers.close();
    if (cache) pruneAuditCache(cache, started);
  }
}

async function protectInRounds(problem: ProtectionProblem, config: DisclosureConfig, start: Iterable<number>, session: AuditSession): Promise<ProtectionResult> {
  let suppression = suppress(problem, config, start);
  // Suppressing more cells only removes what a reader knows, so ranges can only widen: a cell
  // that passed once passes for good, and later rounds audit only the cells that failed.
  const passed = new Map<number, AuditResult['ranges'][number]>();
  let linearPrograms = 0;
  let cachedComponents = 0;
  let components = 0;
  let largestComponent = 0;
  let failing: Set<number> | undefined;
  for (let round = 1; ; round++) {
    const { primary, suppressed } = suppression;
    const partial = await auditProtection(problem, suppressed, config, failing, session);
    linearPrograms += partial.linearPrograms;
    cachedComponents += partial.cachedComponents;
    if (round === 1) ({ components, largestComponent } = partial);
    const failed = new Set(partial.failures.map((failure) => failure.cell));
    for (const range of partial.ranges) if (!failed.has(range.cell)) passed.set(range.cell, range);
    if (failed.size === 0 || round >= MAX_ROUNDS) {
      const ranges = [...passed.values(), ...partial.failures].sort((a, b) => a.cell - b.cell);
      const audit: AuditResult = {
        ranges,
        failures: partial.failures,
        fewestPossibleValues: fewestPossibleValues(problem, ranges),
        components,
        largestComponent,
        linearPrograms,
        cachedComponents,
      };
      return { primary, suppressed, audit, rounds: round };
    }
    failing = failed;
    // Each failure's complement, the earlier ones of this round already counted as hidden.
    const complements = new Set<number>();
    const hidden = unknownTo(problem, suppressed);
    const unknown = (cell: number) => hidden(cell) || complements.has(cell);
    const nearestComplement = complementSearch(problem);
    for (const failure of partial.failures) {
      const candidate = nearestComplement(failure.cell, unknown, requiredSpan(config));
      if (candidate !== undefined) complements.add(candidate);
    }
    suppression = suppressMore(problem, config, suppression, complements);
  }
}

/**
 * The published cell to hide next for a cell still too narrowly bounded: in its own relations
 * first, then in those reached through its hidden neighbours (up to MAX_SEARCH_DEPTH). Cells of
 * last resort (`LAST_RESORT_COST`) only when a search of every depth without them found nothing.
 * The cells reached at a depth are listed once each, in the order first met (cell by cell of the
 * frontier, its relations in index order, their cells in order): `chooseComplement` breaks ties
 * by that order. One `complementSearch` serves all of a round's searches, with its marks in two
 * arrays made once: with sets and arrays made at every step, the ~830 searches of the bundled
 * build's rounds took ~0.9 s of the main thread.
 */
export function complementSearch(problem: ProtectionProblem) {
  // The sums and the order relations (a change is hidden with its sources, never chosen).
  const { kind, start: relationStart, cells, cellStart, relations } = relationIndex(problem);
  // `reachedMark[cell] === step`: listed at this step; `seenMark[cell] === pass`: in a frontier of this pass.
  const reachedMark = new Int32Array(problem.values.length);
  const seenMark = new Int32Array(problem.values.length);
  let step = 0;
  let pass = 0;
  return (from: number, unknown: (cell: number) => boolean, span: number): number | undefined => {
    for (const lastResort of [false, true]) {
      pass++;
      let frontier = [from];
      seenMark[from] = pass;
      for (let depth = 0; depth < MAX_SEARCH_DEPTH && frontier.length > 0; depth++) {
        step++;
        const reached: number[] = [];
        for (const cell of frontier) {
          for (let at = cellStart[cell]!; at < cellStart[cell + 1]!; at++) {
            const relation = relations[at]!;
            if (kind[relation] === CHANGE) continue;
            for (let k = relationStart[relation]!; k < relationStart[relation + 1]!; k++) {
              const member = cells[k]!;
              if (reachedMark[member] === step) continue;
              reachedMark[member] = step;
              reached.push(member);
            }
          }
        }
        const published = reached.filter((cell) => !unknown(cell) && (lastResort || problem.cost[cell]! < LAST_RESORT_COST));
        const candidate = chooseComplement(problem, published, span);
        if (candidate !== undefined) return candidate;
        frontier = reached.filter((cell) => unknown(cell) && seenMark[cell] !== pass);
        for (const cell of frontier) seenMark[cell] = pass;
      }
    }
    return undefined;
  };
}
